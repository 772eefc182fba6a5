/**
 * The message an embedded collabgov page (dist/embed.html) posts to its parent whenever its content height
 * changes: `{ type: 'collabgov:resize', version: 1, height }`, height in CSS pixels. It carries no secret, so
 * it is posted to any origin. The host's resizer may ask for it again with `{ type: 'collabgov:resize-request' }`.
 */
export const RESIZE = 'collabgov:resize';
export const RESIZE_REQUEST = 'collabgov:resize-request';
export const MIN_HEIGHT = 80;
export const MAX_HEIGHT = 20000;

export interface ResizeMessage {
  type: typeof RESIZE;
  version: 1;
  height: number;
}

/** The height a message asks for, clamped to [MIN_HEIGHT, MAX_HEIGHT], or null when it is not a resize message. */
export function readResize(data: unknown): number | null {
  if (typeof data !== 'object' || data === null) return null;
  const m = data as Partial<ResizeMessage>;
  if (m.type !== RESIZE || m.version !== 1 || typeof m.height !== 'number' || !Number.isFinite(m.height)) return null;
  return Math.min(MAX_HEIGHT, Math.max(MIN_HEIGHT, Math.ceil(m.height)));
}
