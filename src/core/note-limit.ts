import { html, nothing, type TemplateResult } from 'lit';
import { NOTE_MAX, NOTE_WARN } from '../model/limits.js';
import type { Messages } from './i18n/catalog.js';

/** Below this many characters of room left in the LMS, a note says how much more the LMS can store. */
const LMS_WARN = 2000;

/**
 * What a note's field says near its limits, before they bite: from 90 % of NOTE_MAX, how many characters are left
 * (the field's `maxlength` is NOTE_MAX); when the store (an LMS) has little room left, about how much more it holds.
 * The words change only at a few steps, so the live region speaks rarely; the exact count is shown, not spoken.
 * Give the field `aria-describedby` this paragraph's `id`.
 */
export function noteLimit(id: string, text: string, room: number | null, c: Messages['core']): TemplateResult | typeof nothing {
  const used = text.length;
  const near = used >= NOTE_MAX * NOTE_WARN;
  const lms = room !== null && room < LMS_WARN;
  if (!near && !lms) return html`<p class="limit" id=${id} aria-live="polite"></p>`;
  const left = NOTE_MAX - used;
  const words = [
    near ? (left > 0 ? c.noteLeft(left > NOTE_MAX / 20 ? 2000 : left > NOTE_MAX / 100 ? 1000 : 200, NOTE_MAX) : c.noteFull(NOTE_MAX)) : '',
    lms ? (room > 0 ? c.lmsRoom(Math.floor(room / 100) * 100) : c.lmsNoRoom) : '',
  ].filter(Boolean);
  return html`<p class="limit" id=${id} aria-live="polite">
    ${near ? html`<span class="count" aria-hidden="true">${c.noteCount(used, NOTE_MAX)}</span> ` : nothing}${words.join(' ')}
  </p>`;
}
