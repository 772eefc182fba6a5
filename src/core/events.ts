/**
 * Typed `cg-*` events. All bubble and are composed (they cross shadow roots), and widgets fire them on a
 * user's action only, never when a host page sets a property.
 */
export interface CgChangeDetail<R = unknown> {
  /** The widget's `result` after the change. */
  result: R;
}
export interface CgScoreDetail {
  /** This attempt's score so far. */
  raw: number;
  max: number;
  /** The attempt it belongs to, from 1 (scored modes; see src/model/attempts.ts). */
  attempt?: number;
}
export interface CgCompleteDetail<R = unknown> {
  result: R;
  /** The attempt just completed, from 1 (scored modes). */
  attempt?: number;
}

export interface CgEventMap {
  'cg-change': CustomEvent<CgChangeDetail>;
  'cg-score': CustomEvent<CgScoreDetail>;
  'cg-complete': CustomEvent<CgCompleteDetail>;
}

declare global {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface GlobalEventHandlersEventMap extends CgEventMap {}
}

type DetailOf<K extends keyof CgEventMap> = CgEventMap[K] extends CustomEvent<infer D> ? D : never;

/** Observes every `cg-*` event `emit` fires (the LMS layer turns them into xAPI statements). */
export type EmitListener = (target: EventTarget, name: keyof CgEventMap, detail: unknown) => void;
const listeners = new Set<EmitListener>();
let warned = false;

/** Calls `listener` after each emitted `cg-*` event; returns a function that stops it. */
export function onEmit(listener: EmitListener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Dispatches a typed, bubbling, composed `cg-*` event from `target`. */
export function emit<K extends keyof CgEventMap>(target: EventTarget, name: K, detail: DetailOf<K>): boolean {
  const result = target.dispatchEvent(new CustomEvent(name, { detail, bubbles: true, composed: true, cancelable: false }));
  // A one-widget file carries no xAPI: say so once to a page that expects statements to be sent.
  if (!listeners.size && !warned && target instanceof Element && target.closest('[lrs-endpoint]')) {
    warned = true;
    console.warn('[collabgov] lrs-endpoint is set, but this script sends no xAPI statements: load collabgov.js (or collabgov.iife.js) instead of a one-widget file.');
  }
  for (const listener of listeners) {
    try {
      listener(target, name, detail);
    } catch (error) {
      console.warn('[collabgov] an emit listener failed:', error);
    }
  }
  return result;
}
