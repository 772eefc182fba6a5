// The modes of the three widgets the language tests render, and what they check at a narrow width.
import { fixture } from '@open-wc/testing';
import { defaultPack } from '../../src/model/index.js';

export type Widget = HTMLElement & { content?: unknown; updateComplete: Promise<unknown> };
const kase = (defaultPack.cases as { id: string; tensions?: unknown }[]).find((c) => c.tensions)!.id;

export const MODES: [string, Record<string, string>][] = [
  ['cg-form-picker', {}],
  ['cg-form-picker', { case: defaultPack.cases[0]!.id }],
  ['cg-form-picker', { mode: 'quiz' }],
  ['cg-table-comparator', {}],
  ['cg-table-comparator', { mode: 'sort' }],
  ['cg-table-comparator', { mode: 'sort', feedback: 'check', 'ask-row': '' }],
  ['cg-table-comparator', { mode: 'case', case: defaultPack.cases[0]!.id }],
  ['cg-tension-sliders', {}],
  ['cg-tension-sliders', { mode: 'compare', case: kase }],
];

export async function make(tag: string, attrs: Record<string, string>, lang: string, content?: unknown): Promise<Widget> {
  const el = document.createElement(tag) as Widget;
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
  el.setAttribute('lang', lang);
  el.setAttribute('state-key', `pseudo-${tag}-${Object.values(attrs).join('-')}-${lang}`);
  if (content) el.content = content;
  const wrap = await fixture<HTMLElement>(document.createElement('div'));
  wrap.append(el);
  await el.updateComplete;
  for (let i = 0; i < 3; i++) await new Promise((r) => requestAnimationFrame(r));
  await el.updateComplete;
  return el;
}

/** What does not fit at this width: elements wider than the widget, and text cut off by an element that hides overflow. */
export function misfits(el: Widget): string[] {
  const frame = el.getBoundingClientRect();
  const out: string[] = [];
  for (const x of el.shadowRoot!.querySelectorAll<HTMLElement>('*')) {
    if (!x.getClientRects().length || x.closest('.visually-hidden')) continue;
    const name = `${x.localName}${x.className && typeof x.className === 'string' ? '.' + x.className.trim().split(/\s+/).join('.') : ''}`;
    if (x.getBoundingClientRect().right > frame.right + 1) out.push(`wider: ${name}`);
    const style = getComputedStyle(x);
    const clips = style.overflowX !== 'visible' || style.textOverflow === 'ellipsis';
    if (clips && x.scrollWidth > x.clientWidth + 1 && x.textContent?.trim()) out.push(`clipped: ${name} (${x.scrollWidth} > ${x.clientWidth})`);
  }
  // Text that runs out of a box that lets it show (overflow visible) goes past the widget's edge.
  const walk = document.createTreeWalker(el.shadowRoot!, NodeFilter.SHOW_TEXT);
  const range = document.createRange();
  for (let t = walk.nextNode(); t; t = walk.nextNode()) {
    if (!t.textContent?.trim() || t.parentElement?.closest('.visually-hidden')) continue;
    range.selectNodeContents(t);
    const r = range.getBoundingClientRect();
    if (r.width && r.right > frame.right + 1) out.push(`text past the edge: ${t.parentElement?.localName} "${t.textContent.trim().slice(0, 30)}"`);
  }
  if (document.documentElement.scrollWidth > innerWidth) out.push(`page scrolls sideways: ${document.documentElement.scrollWidth}`);
  return out;
}

