import type { StoryObj } from '@storybook/web-components-vite';
import { encodeState, type StateCodec } from '../src/model/state.js';

type Args = Record<string, unknown>;

/**
 * Renders a widget from its args: every arg named like an attribute is set as that attribute (empty and false
 * args are left out, so the widget's default shows), and every `cg-*` event arg (Storybook's action) listens.
 */
export function attributeRender(tag: string) {
  return (args: Args): HTMLElement => {
    const el = document.createElement(tag);
    for (const [name, value] of Object.entries(args)) {
      if (typeof value === 'function' && name.startsWith('cg-')) el.addEventListener(name, value as EventListener);
      else if (/^[a-z][a-z-]*$/.test(name) && value !== '' && value !== undefined && value !== null && value !== false)
        el.setAttribute(name, value === true ? '' : String(value));
    }
    return el;
  };
}

/** Saves learner state under a story's state-key before it renders (the preview clears collabgov:* first). */
export const seed =
  <S>(tag: string, codec: StateCodec<S>, key: string, state: Partial<S>) =>
  () => {
    localStorage.setItem(`collabgov:${tag}:${key}`, encodeState(codec, { ...codec.initial(), ...state }));
  };

/** The same story on a host page whose color-scheme is dark. */
export const dark = <T extends StoryObj<Args>>(story: T): T => ({ ...story, globals: { ...story.globals, scheme: 'dark' } });

/** A content pack that never arrives: the widget stays on "Loading…" (fetch is held for this story only). */
export const NEVER = 'never-arrives.json';
export function holdFetch(): () => void {
  const real = window.fetch;
  window.fetch = (input, init) => (String(input instanceof Request ? input.url : input).includes(NEVER) ? new Promise(() => {}) : real(input, init));
  return () => {
    window.fetch = real;
  };
}

/** A content pack with mistakes, for the error panel. */
export const BROKEN_PACK = { title: 42, cases: [{ id: 'Bad id' }] };
