/**
 * The form controls of the studio's editors: labelled native controls, each with its problems shown under it
 * (`aria-invalid`, `aria-describedby`). An editor gives a `Ctx` for one item: its value, how to change a field,
 * and the problems at a field.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import type { ContentPack, PackIssue } from '../model/types.js';
import { s } from './strings.js';

export type Sub = (string | number)[];

export interface Ctx {
  /** The item being edited (merged: the lecturer's or the default content's). */
  item: Record<string, unknown>;
  /** A prefix unique to the item, for element ids. */
  key: string;
  merged: ContentPack;
  update(sub: Sub, value: unknown): void;
  issues(sub: Sub): PackIssue[];
}

const idOf = (ctx: Ctx, sub: Sub) => `${ctx.key}-${sub.join('-')}`.replace(/[^\w-]/g, '_');
export const valueAt = (ctx: Ctx, sub: Sub): unknown => sub.reduce<unknown>((v, k) => (v && typeof v === 'object' ? (v as Record<string | number, unknown>)[k] : undefined), ctx.item);

/** The problems under a field (and whether there are any), linked to it by id. */
function problems(ctx: Ctx, sub: Sub): [TemplateResult | typeof nothing, boolean, string | undefined] {
  const found = ctx.issues(sub);
  if (!found.length) return [nothing, false, undefined];
  const id = `${idOf(ctx, sub)}-err`;
  return [html`<ul class="field-error" id=${id}>${found.map((i) => html`<li>${i.message}</li>`)}</ul>`, true, id];
}

export interface FieldOptions {
  hint?: string;
  optional?: boolean;
  readonly?: boolean;
}

const hintId = (ctx: Ctx, sub: Sub) => `${idOf(ctx, sub)}-hint`;
const described = (ctx: Ctx, sub: Sub, o: FieldOptions, err?: string) =>
  [o.hint ? hintId(ctx, sub) : '', err ?? ''].filter(Boolean).join(' ') || nothing;
const labelOf = (label: string, o: FieldOptions) => html`${label}${o.optional ? html` <span class="opt">${s.optional}</span>` : nothing}`;
const hint = (ctx: Ctx, sub: Sub, o: FieldOptions) => (o.hint ? html`<p class="hint" id=${hintId(ctx, sub)}>${o.hint}</p>` : nothing);

/** One line of text; an optional field left empty is removed. */
export function text(ctx: Ctx, sub: Sub, label: string, o: FieldOptions = {}): TemplateResult {
  const id = idOf(ctx, sub);
  const [err, bad, errId] = problems(ctx, sub);
  const v = valueAt(ctx, sub);
  return html`<div class="field">
    <label for=${id}>${labelOf(label, o)}</label>${hint(ctx, sub, o)}
    <input id=${id} type="text" .value=${live(v === undefined ? '' : String(v))} ?readonly=${o.readonly}
      aria-invalid=${bad ? 'true' : 'false'} aria-describedby=${described(ctx, sub, o, errId)}
      @input=${(e: Event) => {
        const value = (e.target as HTMLInputElement).value;
        ctx.update(sub, value === '' && o.optional ? undefined : value);
      }} />
    ${err}
  </div>`;
}

/** Several lines of text. */
export function area(ctx: Ctx, sub: Sub, label: string, o: FieldOptions = {}): TemplateResult {
  const id = idOf(ctx, sub);
  const [err, bad, errId] = problems(ctx, sub);
  const v = valueAt(ctx, sub);
  return html`<div class="field">
    <label for=${id}>${labelOf(label, o)}</label>${hint(ctx, sub, o)}
    <textarea id=${id} rows="3" .value=${live(v === undefined ? '' : String(v))}
      aria-invalid=${bad ? 'true' : 'false'} aria-describedby=${described(ctx, sub, o, errId)}
      @input=${(e: Event) => {
        const value = (e.target as HTMLTextAreaElement).value;
        ctx.update(sub, value === '' && o.optional ? undefined : value);
      }}></textarea>
    ${err}
  </div>`;
}

/** A whole number (a year). */
export function int(ctx: Ctx, sub: Sub, label: string, o: FieldOptions = {}): TemplateResult {
  const id = idOf(ctx, sub);
  const [err, bad, errId] = problems(ctx, sub);
  const v = valueAt(ctx, sub);
  return html`<div class="field short">
    <label for=${id}>${labelOf(label, o)}</label>${hint(ctx, sub, o)}
    <input id=${id} type="text" inputmode="numeric" .value=${live(v === undefined ? '' : String(v))}
      aria-invalid=${bad ? 'true' : 'false'} aria-describedby=${described(ctx, sub, o, errId)}
      @input=${(e: Event) => {
        const raw = (e.target as HTMLInputElement).value.trim();
        ctx.update(sub, raw === '' ? (o.optional ? undefined : raw) : /^-?\d+$/.test(raw) ? Number(raw) : raw);
      }} />
    ${err}
  </div>`;
}

/** A choice among values; `empty` labels the choice of none (the field is then removed). */
export function select(ctx: Ctx, sub: Sub, label: string, options: [string, string][], o: FieldOptions & { empty?: string } = {}): TemplateResult {
  const id = idOf(ctx, sub);
  const [err, bad, errId] = problems(ctx, sub);
  const raw = valueAt(ctx, sub);
  const v = raw === undefined ? '' : String(raw);
  const all = v && !options.some(([x]) => x === v) ? [...options, [v, s.unknownValue(v)] as [string, string]] : options;
  return html`<div class="field">
    <label for=${id}>${labelOf(label, o)}</label>${hint(ctx, sub, o)}
    <select id=${id} aria-invalid=${bad ? 'true' : 'false'} aria-describedby=${described(ctx, sub, o, errId)}
      @change=${(e: Event) => {
        const value = (e.target as HTMLSelectElement).value;
        const asNumber = typeof raw === 'number' || (options.length && options.every(([x]) => x === '' || /^-?\d+$/.test(x)));
        ctx.update(sub, value === '' ? undefined : asNumber ? Number(value) : value);
      }}>
      ${o.empty !== undefined ? html`<option value="" ?selected=${v === ''}>${o.empty}</option>` : nothing}
      ${all.map(([x, l]) => html`<option value=${x} ?selected=${x === v}>${l}</option>`)}
    </select>
    ${err}
  </div>`;
}

/** A list of short texts, one per line. */
export function lines(ctx: Ctx, sub: Sub, label: string, o: FieldOptions = {}): TemplateResult {
  const id = idOf(ctx, sub);
  const [err, bad, errId] = problems(ctx, sub);
  const v = valueAt(ctx, sub);
  const list = Array.isArray(v) ? (v as string[]) : [];
  // Any problem with one of the lines is shown under the field.
  const lineErrors = list.flatMap((_, i) => ctx.issues([...sub, i]).map((x) => ({ ...x, message: s.lineProblem(i + 1, x.message) })));
  return html`<div class="field">
    <label for=${id}>${labelOf(label, o)}</label><p class="hint" id=${`${id}-hint`}>${o.hint ?? s.onePerLine}</p>
    <textarea id=${id} rows="3" .value=${live(list.join('\n'))} aria-invalid=${bad || lineErrors.length ? 'true' : 'false'}
      aria-describedby=${[`${id}-hint`, errId ?? '', lineErrors.length ? `${id}-lerr` : ''].filter(Boolean).join(' ')}
      @input=${(e: Event) => ctx.update(sub, (e.target as HTMLTextAreaElement).value.split('\n').map((x) => x.trim()).filter(Boolean))}></textarea>
    ${err}${lineErrors.length ? html`<ul class="field-error" id=${`${id}-lerr`}>${lineErrors.map((i) => html`<li>${i.message}</li>`)}</ul>` : nothing}
  </div>`;
}

/** The sources a text cites: each reference with a Remove button, and a choice of one to add. */
export function sources(ctx: Ctx, sub: Sub, label = s.sources, o: FieldOptions = {}): TemplateResult {
  const id = idOf(ctx, sub);
  const [err, bad, errId] = problems(ctx, sub);
  const v = valueAt(ctx, sub);
  const cite = Array.isArray(v) ? (v as string[]) : [];
  const refs = ctx.merged.references;
  const name = (rid: string) => {
    const r = refs.find((x) => x.id === rid);
    return r ? `${r.label ?? `${r.authors.split(',')[0]} ${r.year}`}` : s.unknownValue(rid);
  };
  const itemErrors = cite.flatMap((_, i) => ctx.issues([...sub, i]));
  return html`<fieldset class="field sources" aria-invalid=${bad || itemErrors.length ? 'true' : 'false'}>
    <legend>${labelOf(label, o)}</legend>
    ${cite.length
      ? html`<ul class="chips">
          ${cite.map(
            (rid, i) => html`<li>${name(rid)}
              <button type="button" class="small" aria-label=${s.removeSource(name(rid))}
                @click=${() => {
                  const next = cite.filter((_, j) => j !== i);
                  ctx.update(sub, next.length || !o.optional ? next : undefined);
                }}>${s.remove}</button></li>`,
          )}
        </ul>`
      : html`<p class="hint">${s.noSources}</p>`}
    <label class="inline" for=${`${id}-add`}>${s.addSource}</label>
    <select id=${`${id}-add`} aria-describedby=${errId ?? nothing}
      @change=${(e: Event) => {
        const sel = e.target as HTMLSelectElement;
        if (sel.value && !cite.includes(sel.value)) ctx.update(sub, [...cite, sel.value]);
        sel.value = '';
      }}>
      <option value="">${s.chooseSource}</option>
      ${refs.filter((r) => !cite.includes(r.id)).map((r) => html`<option value=${r.id}>${r.label ?? `${r.authors} (${r.year})`}: ${r.title.slice(0, 60)}</option>`)}
    </select>
    ${err}${itemErrors.length ? html`<ul class="field-error">${itemErrors.map((i) => html`<li>${i.message}</li>`)}</ul>` : nothing}
  </fieldset>`;
}

/** A teaching text with its sources (`{ text, cite }`); an optional one can be added and removed. */
export function cited(ctx: Ctx, sub: Sub, label: string, o: FieldOptions = {}): TemplateResult {
  const v = valueAt(ctx, sub);
  if (o.optional && v === undefined) {
    return html`<div class="field"><button type="button" @click=${() => ctx.update(sub, { text: '', cite: [] })}>${s.addText(label)}</button></div>`;
  }
  return html`<fieldset class="field cited">
    <legend>${labelOf(label, o)}</legend>
    ${area(ctx, [...sub, 'text'], s.text, { hint: o.hint })}
    ${sources(ctx, [...sub, 'cite'])}
    ${problems(ctx, sub)[0]}
    ${o.optional ? html`<button type="button" class="small" @click=${() => ctx.update(sub, undefined)}>${s.removeText(label)}</button>` : nothing}
  </fieldset>`;
}

/** A list of cited texts (strengths, weaknesses), each removable, with Add. */
export function citedList(ctx: Ctx, sub: Sub, label: string, itemLabel: (n: number) => string): TemplateResult {
  const list = (valueAt(ctx, sub) as unknown[] | undefined) ?? [];
  return html`<fieldset class="field">
    <legend>${label}</legend>
    ${list.map(
      (_, i) => html`${cited(ctx, [...sub, i], itemLabel(i + 1))}
        <button type="button" class="small" @click=${() => ctx.update(sub, list.filter((_, j) => j !== i))}>${s.removeText(itemLabel(i + 1))}</button>`,
    )}
    ${problems(ctx, sub)[0]}
    <button type="button" @click=${() => ctx.update(sub, [...list, { text: '', cite: [] }])}>${s.addText(itemLabel(list.length + 1))}</button>
  </fieldset>`;
}

/** Positions on a bipolar scale, in steps of 10, named by the poles. */
export function positions(a: string, b: string): [string, string][] {
  const out: [string, string][] = [];
  for (let p = -100; p <= 100; p += 10) {
    const m = Math.abs(p);
    const words = p === 0 ? s.between(a, b) : `${m >= 70 ? s.strongly : m >= 40 ? s.mostly : s.slightly} ${p < 0 ? a : b}`;
    out.push([String(p), `${words} (${p})`]);
  }
  return out;
}
