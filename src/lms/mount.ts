/**
 * The mount point that survives editors: `<div data-collabgov="form-picker" data-mode="quiz" data-state-key="w3">`.
 * Rich-text editors (Moodle's TinyMCE) drop unknown tags such as `<cg-form-picker>` but keep a `div` with `data-*`
 * attributes, so every script that defines a widget also upgrades these.
 *
 * How the widget sits in the element: the custom element (`<cg-form-picker>`) is created as the element's only
 * child, given each `data-*` attribute that names one of the widget's own attributes, without its prefix
 * (`data-state-key` -> `state-key`; anything else, such as `data-onclick`, is ignored, since hosts like WordPress
 * let any author write `data-*`). So it saves under the same key, fires the same bubbling events (`cg-change`,
 * `cg-score`, ...) and has the same `result` as the custom element written there by hand; the mount point answers
 * `result` too. An inline pack (`<script type="application/json">` inside the mount point) moves into the widget;
 * anything else inside (a fallback text, an editor's `&nbsp;`) is replaced. The attributes are read when the
 * widget is created: later, set the widget's own attributes.
 *
 * A value that names no widget shows an alert inside the mount point naming it and the allowed ones, as does a
 * widget no script on the page defines, once the page has loaded. Safe when several collabgov scripts run on one
 * page: each mounts only what is not mounted yet.
 */

/** The widgets a mount point may name (as in widgets.ts; kept apart so each file carries only the names). */
const NAMES = ['form-picker', 'table-comparator', 'tension-sliders'];
/** The xAPI settings every widget reads from itself or an ancestor (see CgElement). */
const XAPI = ['activity-id', 'lrs-endpoint', 'lrs-auth', 'actor-mbox'];
const SELECTOR = '[data-collabgov]';

/** A mount point once upgraded: `result` is its widget's. */
export type MountPoint = HTMLElement & { readonly result?: unknown };

const packsIn = (host: Element) => host.querySelectorAll(':scope>script[type="application/json"]');

/** Shows, inside a mount point that cannot start, an alert naming its value (inline styles: the page's are unknown). */
function alertIn(host: HTMLElement, name: string, known: boolean): void {
  const panel = document.createElement('p');
  panel.setAttribute('role', 'alert');
  panel.style.cssText = 'padding:1em;border:2px solid #a4262c;background:#fbe3e4;color:#1b1f24';
  panel.textContent = `This activity could not start: data-collabgov is "${name.length > 200 ? `${name.slice(0, 200)}…` : name}", ${
    known ? `but no script on this page defines it: load collabgov.js or ${name}.js` : `which is not a widget. Use one of ${NAMES.join(', ')}`
  }.`;
  // An inline pack stays, for when the value is fixed.
  host.replaceChildren(panel, ...packsIn(host));
  console.warn('[collabgov] ' + panel.textContent);
}

/** Upgrades one mount point now (or once its widget is defined). Returns the widget, or null. */
export function mount(host: HTMLElement): HTMLElement | null {
  const name = (host.dataset.collabgov ?? '').trim();
  const tag = 'cg-' + name;
  const ctor = customElements.get(tag) as (CustomElementConstructor & { observedAttributes?: string[] }) | undefined;
  if (!NAMES.includes(name)) alertIn(host, name, false);
  else if (!ctor) {
    void customElements.whenDefined(tag).then(() => mount(host));
    // Once every script of the page has run, say so if none defined it.
    const check = () => setTimeout(() => customElements.get(tag) || alertIn(host, name, true));
    if (document.readyState === 'complete') check();
    else addEventListener('load', check, { once: true });
  } else {
    const current = host.querySelector<HTMLElement>(':scope>' + tag);
    if (current) return current;
    const el = document.createElement(tag);
    const own = [...(ctor.observedAttributes ?? []), ...XAPI];
    for (const { name: attr, value } of Array.from(host.attributes)) {
      if (attr.startsWith('data-') && own.includes(attr.slice(5))) el.setAttribute(attr.slice(5), value);
    }
    el.append(...packsIn(host));
    host.replaceChildren(el);
    Object.defineProperty(host, 'result', { configurable: true, get: () => (el as MountPoint).result });
    return el;
  }
  return null;
}

/** Upgrades every mount point in `root`, itself included. */
export function mountAll(root: ParentNode = document): void {
  if (root instanceof HTMLElement && root.matches(SELECTOR)) mount(root);
  root.querySelectorAll<HTMLElement>(SELECTOR).forEach(mount);
}

let started = false;

/**
 * Upgrades the mount points on the page once it is parsed (so an inline pack inside one has arrived), and those
 * added later. Each script calls it; calling it again does nothing more.
 */
export function startMounting(): void {
  if (started || typeof document === 'undefined') return;
  started = true;
  const start = () => {
    mountAll();
    new MutationObserver((records) =>
      records.forEach((r) => r.addedNodes.forEach((node) => node instanceof HTMLElement && mountAll(node))),
    ).observe(document, { childList: true, subtree: true });
  };
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start, { once: true });
  else start();
}
