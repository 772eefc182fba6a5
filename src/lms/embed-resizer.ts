/**
 * dist/embed-resizer.js: include once on a page that holds collabgov iframes (dist/embed.html). It sets each
 * such iframe's height from the `collabgov:resize` messages it posts. A message counts only when it has
 * exactly that shape, comes from the contentWindow of an iframe on this page, and (for a frame whose address
 * is known) from that frame's origin; the height is clamped to 80–20000 px.
 */
import { RESIZE_REQUEST, readResize } from './resize-message.js';

function frameFor(source: MessageEventSource | null, origin: string): HTMLIFrameElement | null {
  if (!source) return null;
  for (const frame of document.querySelectorAll('iframe')) {
    if (frame.contentWindow !== source) continue;
    let expected = origin;
    try {
      if (frame.src && !frame.hasAttribute('sandbox')) expected = new URL(frame.src, document.baseURI).origin;
    } catch {
      /* keep the sender's origin */
    }
    return expected === origin || expected === 'null' ? frame : null;
  }
  return null;
}

/** Starts listening (once per page); returns a function that stops. */
export function installResizer(): () => void {
  const w = window as Window & { __collabgovResizer?: () => void };
  if (w.__collabgovResizer) return w.__collabgovResizer;
  const onMessage = (e: MessageEvent) => {
    const height = readResize(e.data);
    if (height === null) return;
    const frame = frameFor(e.source, e.origin);
    if (frame) frame.style.height = `${height}px`;
  };
  addEventListener('message', onMessage);
  // Frames that loaded before this script ran have posted already: ask them again.
  for (const frame of document.querySelectorAll('iframe')) frame.contentWindow?.postMessage({ type: RESIZE_REQUEST }, '*');
  return (w.__collabgovResizer = () => {
    removeEventListener('message', onMessage);
    delete w.__collabgovResizer;
  });
}
