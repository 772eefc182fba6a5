import { fixture, html, nextFrame } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import '../../../src/widgets/table-comparator/index.js';
import type { CgTableComparator } from '../../../src/widgets/table-comparator/index.js';
import { defaultPack } from '../../../src/model/packs/en.js';

export type El = CgTableComparator;
export const pack = defaultPack;
export const [A, B] = pack.comparison.logics;

export const $ = <T extends Element = HTMLElement>(el: El, sel: string) => el.shadowRoot!.querySelector<T & Element>(sel) as T | null;
export const $$ = <T extends Element = HTMLElement>(el: El, sel: string) => [...el.shadowRoot!.querySelectorAll<T & Element>(sel)] as T[];
export const text = (el: El, sel: string) => ($(el, sel)?.textContent ?? '').replace(/\s+/g, ' ').trim();

let mounted = 0;
/** Mounts the widget inside a box of the given width (px); under its own state-key unless `key` names one. */
export async function mount(attrs: string, width = 900, key = `t${++mounted}`): Promise<El> {
  const wrap = await fixture<HTMLDivElement>(html`<div style="width:${width}px"></div>`);
  wrap.innerHTML = `<cg-table-comparator state-key="${key}" ${attrs}></cg-table-comparator>`;
  const el = wrap.firstElementChild as El;
  await el.updateComplete;
  await nextFrame();
  await el.updateComplete;
  return el;
}

/** Clicks an element in the shadow root and waits for the render. */
export async function click(el: El, target: HTMLElement | null): Promise<void> {
  if (!target) throw new Error('nothing to click');
  target.click();
  await el.updateComplete;
}

/** Records the cg-* events an element fires. */
export function record(el: El): CustomEvent[] {
  const seen: CustomEvent[] = [];
  for (const name of ['cg-change', 'cg-score', 'cg-complete']) el.addEventListener(name, (e) => seen.push(e as CustomEvent));
  return seen;
}

// Axe must not see a button mid-transition; the widgets stop transitions under reduced motion.
before(() => emulateMedia({ reducedMotion: 'reduce' }));
