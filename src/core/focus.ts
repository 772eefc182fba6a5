import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * Keeps keyboard focus inside a widget when a render takes away the focused control (WCAG 2.4.3). A render can
 * replace the control (a template swapped, a table turned into cards on a resize), remove it (a notice dismissed) or
 * disable or hide it; the browser then drops focus to the page's `<body>` and a keyboard or screen-reader user is
 * thrown back to the top of the page. After each render this controller finds the control again, by what it is
 * rather than by its node: its id, or its kind and place inside the nearest row or card; failing that, the control
 * that followed it, then the one before it; failing everything, the widget's frame.
 *
 * Focus that the student moves out of the widget is left alone: the controller acts only when the control that had
 * focus before the render is gone, disabled or hidden after it.
 */

/** Ancestors that name a repeated thing (a row, a card, a zone, a quiz case); a control is found again inside one. */
const ANCHOR = '[id], [data-row], [data-id], [data-case], [data-zone]';
const ANCHOR_ATTRS = ['data-row', 'data-id', 'data-case', 'data-zone'];
/** Attributes that tell apart controls of one kind inside an anchor. */
const OWN_ATTRS = ['name', 'value', 'type', 'data-logic', 'data-action'];
const FOCUSABLE =
  'button, input, select, textarea, summary, a[href], [tabindex]:not([tabindex="-1"]), [contenteditable=""], [contenteditable="true"]';

/**
 * How to find a control again: selectors from the most to the least exact, inside an optional anchor, with the
 * control's place among each selector's matches, how many matched, and its text.
 */
interface Key {
  anchor: string | null;
  selectors: string[];
  index: number[];
  count: number[];
  text: string;
}

type Host = ReactiveControllerHost & HTMLElement & { renderRoot: HTMLElement | DocumentFragment };

const attrSel = (el: Element, names: string[]) =>
  names
    .filter((n) => el.hasAttribute(n))
    .map((n) => `[${n}="${CSS.escape(el.getAttribute(n)!)}"]`)
    .join('');

function anchorSelector(a: Element): string {
  // By what it names, not its tag: a table row and its card are the same row.
  const named = attrSel(a, ANCHOR_ATTRS);
  return named || `#${CSS.escape(a.id)}`;
}

const textOf = (el: Element) => (el.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 80);

function keyOf(el: Element, root: ParentNode): Key {
  const text = textOf(el);
  if (el.id) return { anchor: null, selectors: [`#${CSS.escape(el.id)}`], index: [0], count: [1], text };
  const found = el.parentElement?.closest(ANCHOR);
  const anchor = found && (root as Node).contains(found) ? found : null;
  const tag = el.localName + attrSel(el, OWN_ATTRS);
  const classes = [...el.classList].map((c) => `.${CSS.escape(c)}`).join('');
  const selectors = [...new Set([tag + classes, tag])];
  const scope: ParentNode = anchor ?? root;
  const matches = selectors.map((sel) => [...scope.querySelectorAll(sel)]);
  return { anchor: anchor && anchorSelector(anchor), selectors, index: matches.map((m) => m.indexOf(el)), count: matches.map((m) => m.length), text };
}

/** Whether a control can take focus now: enabled, rendered (not in a closed `<details>`), not inert. */
const usable = (el: Element | null | undefined): el is HTMLElement =>
  !!el &&
  (el as HTMLElement).focus !== undefined &&
  !(el as HTMLButtonElement).disabled &&
  (el.checkVisibility ? el.checkVisibility({ visibilityProperty: true } as CheckVisibilityOptions) : el.getClientRects().length > 0) &&
  !el.closest('[inert]');

function find(root: ParentNode, key: Key): HTMLElement | null {
  const scope = key.anchor ? root.querySelector(key.anchor) : root;
  if (!scope) return null;
  // The most exact selector that still matches decides: a looser one would find some other control.
  for (const [i, sel] of key.selectors.entries()) {
    const all = [...scope.querySelectorAll(sel)];
    if (!all.length) continue;
    const at = all[key.index[i]];
    // The same place with the same text; else the one with the same text; else the same place if nothing was added
    // or taken away. Anything else may be another control of the same kind.
    const same = all.filter((x) => textOf(x) === key.text);
    const pick = at && textOf(at) === key.text ? at : same.length ? same[0] : all.length === key.count[i] ? at : undefined;
    return usable(pick) ? pick : null;
  }
  return null;
}

/** The controls that can take focus, in document order (closed `<details>` content and disabled ones left out). */
export function focusables(root: ParentNode): HTMLElement[] {
  return [...root.querySelectorAll<HTMLElement>(FOCUSABLE)].filter(usable);
}

export class FocusKeeper implements ReactiveController {
  /** The focused control before the render, and the keys to find it (or a neighbour) after it. */
  private saved?: { el: Element; keys: Key[] };
  private timer?: ReturnType<typeof setTimeout>;

  constructor(private host: Host) {
    host.addController(this);
  }

  private get root(): ShadowRoot | null {
    const r = this.host.renderRoot;
    return r instanceof ShadowRoot ? r : null;
  }

  hostUpdate(): void {
    const root = this.root;
    const el = root?.activeElement;
    if (!root || !el) {
      this.saved = undefined;
      return;
    }
    const list = focusables(root);
    const i = list.indexOf(el as HTMLElement);
    const after = i < 0 ? [] : list.slice(i + 1, i + 4);
    const before = i < 0 ? [] : list.slice(Math.max(0, i - 3), i).reverse();
    this.saved = { el, keys: [el, ...after, ...before].map((x) => keyOf(x, root)) };
  }

  hostUpdated(): void {
    const saved = this.saved;
    this.saved = undefined;
    const root = this.root;
    if (!saved || !root) return;
    if (root.activeElement !== saved.el) {
      if (!root.activeElement && !saved.el.isConnected) this.restore(saved.keys);
      return;
    }
    // Still focused, but a disabled or hidden control loses focus only when the browser next renders: look again then.
    if (usable(saved.el)) return;
    clearTimeout(this.timer);
    requestAnimationFrame(() => {
      this.timer = setTimeout(() => {
        if (!root.activeElement && (document.activeElement === document.body || !document.activeElement)) this.restore(saved.keys);
      });
    });
  }

  hostDisconnected(): void {
    clearTimeout(this.timer);
  }

  private restore(keys: Key[]): void {
    const root = this.root!;
    for (const key of keys) {
      const el = find(root, key);
      if (el) return el.focus();
    }
    const frame = root.querySelector<HTMLElement>(".wrap, [part~='base']");
    if (frame) {
      frame.tabIndex = -1;
      frame.focus();
    }
  }
}
