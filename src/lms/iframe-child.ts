import { RESIZE, RESIZE_REQUEST, type ResizeMessage } from './resize-message.js';

/**
 * Inside an iframe: posts `content`'s height to the parent now and on every change (ResizeObserver), and again
 * when the parent asks. Returns a function that stops. Does nothing outside a frame.
 */
export function reportHeight(content: HTMLElement, target: Window = window.parent): () => void {
  if (target === window) return () => {};
  let last = -1;
  const post = (force = false) => {
    const height = Math.ceil(content.getBoundingClientRect().height);
    if (height === last && !force) return;
    last = height;
    const message: ResizeMessage = { type: RESIZE, version: 1, height };
    target.postMessage(message, '*');
  };
  const observer = new ResizeObserver(() => post());
  observer.observe(content);
  const onMessage = (e: MessageEvent) => {
    if (e.source === target && (e.data as { type?: unknown } | null)?.type === RESIZE_REQUEST) post(true);
  };
  addEventListener('message', onMessage);
  post();
  return () => {
    observer.disconnect();
    removeEventListener('message', onMessage);
  };
}
