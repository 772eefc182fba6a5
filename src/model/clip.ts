/** At most this many characters of any value are quoted in an error panel or a console warning. */
export const QUOTE_MAX = 200;

/**
 * `value` cut to `max` characters with an ellipsis, so that an error names a bad value without quoting a huge one
 * whole (a 10 MB id would block the page while it is laid out).
 */
export function clip(value: unknown, max = QUOTE_MAX): string {
  const text = String(value);
  return text.length <= max ? text : `${text.slice(0, max)}…`;
}
