/**
 * The activity a lecturer configures: widget, mode, case and the widget's other attributes; which cases suit a
 * mode; and the state key, derived from all of that and the content, so two activities never share saved work.
 * Pure (no DOM).
 */
import type { Case, ContentPack } from '../model/types.js';
import { WIDGETS, type WidgetName } from '../lms/widgets.js';

export interface Activity {
  widget: WidgetName;
  mode: string;
  /** A case id, or '' for none. */
  case: string;
  /** Every other attribute by name (`theme`, `lang`, `feedback`, `sort-by`, `tensions`, ...); '' means unset. */
  attrs: Record<string, string>;
}

export const defaultActivity = (): Activity => ({ widget: 'form-picker', mode: 'explore', case: '', attrs: {} });

/** What a case must have for a mode, and whether the mode cannot go without a case. */
const NEEDS: Record<string, { fits: (c: Case) => boolean; required: boolean }> = {
  'form-picker/explore': { fits: (c) => Object.keys(c.factors ?? {}).length > 0, required: false },
  'form-picker/quiz': { fits: (c) => !!c.governance, required: false },
  'table-comparator/case': { fits: (c) => Object.keys(c.comparison ?? {}).length > 0, required: false },
  'tension-sliders/reflect': { fits: (c) => Object.keys(c.tensions ?? {}).length > 0, required: false },
  'tension-sliders/compare': { fits: (c) => Object.keys(c.tensions ?? {}).length > 0, required: true },
};

/** The modes in which a case means something, and for which the case list is offered. */
export const usesCase = (widget: string, mode: string) => `${widget}/${mode}` in NEEDS;
export const needsCase = (widget: string, mode: string) => !!NEEDS[`${widget}/${mode}`]?.required;

/** The cases that suit a widget's mode (those with the factors, quiz answer or positions it uses). */
export function casesFor(pack: ContentPack, widget: string, mode: string): Case[] {
  const need = NEEDS[`${widget}/${mode}`];
  return need ? pack.cases.filter(need.fits) : [];
}

/** Makes an activity consistent with the pack: a known mode, a case that suits it (one when the mode needs it). */
export function settle(a: Activity, pack: ContentPack): Activity {
  const modes = WIDGETS[a.widget].modes as readonly string[];
  const mode = modes.includes(a.mode) ? a.mode : modes[0]!;
  const fit = casesFor(pack, a.widget, mode);
  let kase = fit.some((c) => c.id === a.case) ? a.case : '';
  if (!kase && needsCase(a.widget, mode)) kase = fit[0]?.id ?? '';
  return { ...a, mode, case: kase };
}

/** cyrb53: a fast 53-bit string hash (public domain), as 10 base-36 digits. */
export function hash(text: string): string {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ ch, 2654435761);
    h2 = Math.imul(h2 ^ ch, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(36).padStart(10, '0');
}

/** The attributes that change what a student works on (and so belong in the state key). */
const SHAPING = ['tensions', 'sort-by', 'feedback', 'lang'];

/**
 * The state key: `<widget>-<mode>[-<case>]-<hash>`, where the hash covers the content pack and the attributes
 * that shape the work, so a change of case or content gives a new key. A key the lecturer typed wins.
 */
export function stateKeyOf(a: Activity, pack: unknown): string {
  if (a.attrs['state-key']) return a.attrs['state-key'];
  const shaping = SHAPING.map((k) => `${k}=${a.attrs[k] ?? ''}`).join('&');
  const base = [a.widget, a.mode, a.case].filter(Boolean).join('-');
  return `${base}-${hash(JSON.stringify(pack ?? {}) + '|' + shaping).slice(0, 8)}`;
}

/** The attributes to write on the widget (set ones only, the state key included), without widget, mode and case. */
export function attributesOf(a: Activity, pack: unknown, allowed: readonly string[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(a.attrs)) if (v && allowed.includes(k) && k !== 'state-key') out[k] = v;
  out['state-key'] = stateKeyOf(a, pack);
  return out;
}

/** Whether the content pack is empty (the default content), so nothing need be carried. */
export const isEmptyPack = (pack: unknown) => !pack || (typeof pack === 'object' && Object.keys(pack as object).length === 0);
