/**
 * Limits the widgets show before they bite. A note's textarea takes at most `NOTE_MAX` characters (`maxlength`,
 * with a counter near the end), and the saved-work check of the tension sliders accepts notes of that length and no
 * more, so nothing a student can type makes their saved work unreadable.
 */
export const NOTE_MAX = 20000;
/** From this share of NOTE_MAX on, a note shows how many characters are left. */
export const NOTE_WARN = 0.9;
