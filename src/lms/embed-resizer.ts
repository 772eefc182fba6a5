/**
 * dist/embed-resizer.js: include once on a page that holds collabgov iframes (dist/embed.html). It sets each
 * such iframe's height from the `collabgov:resize` messages it posts, and touches no other frame on the page:
 * - the frame must load collabgov's iframe page: an `src` (no `srcdoc`) whose path ends in `/embed.html`;
 * - the message must come from that frame's own window (`event.source`), with exactly the resize shape, and from
 *   the origin of the frame's address (a frame sandboxed without `allow-same-origin` posts as `null`);
 * - the height is clamped to 80–20000 px.
 * A video, a forum post's frame, a `srcdoc` frame or another site's page is never resized, whatever it posts.
 */
import { RESIZE_REQUEST, readResize } from './resize-message.js';

/** The origin an iframe that loads collabgov's embed page posts from, or null when it is not such a frame. */
function embedOrigin(frame: HTMLIFrameElement): string | null {
  if (frame.hasAttribute('srcdoc') || !frame.getAttribute('src')) return null;
  try {
    const url = new URL(frame.getAttribute('src')!, document.baseURI);
    if (!/^https?:$/.test(url.protocol) || !/(^|\/)embed\.html$/.test(url.pathname)) return null;
    const opaque = frame.hasAttribute('sandbox') && !frame.sandbox.contains('allow-same-origin');
    return opaque ? 'null' : url.origin;
  } catch {
    return null;
  }
}

function frameFor(source: MessageEventSource | null, origin: string): HTMLIFrameElement | null {
  if (!source) return null;
  for (const frame of document.querySelectorAll('iframe')) {
    if (frame.contentWindow === source) return embedOrigin(frame) === origin ? frame : null;
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
  // Frames that loaded before this script ran have posted already: ask collabgov's frames (only) again.
  for (const frame of document.querySelectorAll('iframe')) {
    const origin = embedOrigin(frame);
    if (origin) frame.contentWindow?.postMessage({ type: RESIZE_REQUEST }, origin === 'null' ? '*' : origin);
  }
  return (w.__collabgovResizer = () => {
    removeEventListener('message', onMessage);
    delete w.__collabgovResizer;
  });
}
