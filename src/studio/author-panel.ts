/**
 * Authoring in forms: choose what to edit (cases, sort statements, tensions, ...), then an item from its list
 * (add, move, remove), and edit it; every change is checked and its problems shown at the field.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { ContentPack } from '../model/types.js';
import { defaultPack } from '../model/packs/en.js';
import { issuesAt, issuesIn, prefixOf, type Checked } from './checking.js';
import { idFrom, isDefault, mergedList, moveItem, ownIndex, putItem, removeItem, type Collection } from './content.js';
import { setIn } from './draft.js';
import { ADDABLE, blank, EDITORS, nameOf } from './editors.js';
import { cited, type Ctx, type Sub } from './fields.js';
import { s } from './strings.js';

export interface AuthorHost {
  pack: Record<string, unknown>;
  merged: ContentPack;
  checked: Checked;
  collection: Collection | 'readings';
  selected: string;
  setPack(next: Record<string, unknown>, key: string): void;
  choose(collection: Collection | 'readings', id: string, focus?: boolean): void;
  announce(message: string): void;
}

const ORDER: Collection[] = ['cases', 'statements', 'tensions', 'factors', 'forms', 'concepts', 'responses', 'eras', 'references'];

/** The tension sliders' reading texts: one object, not a list (a partial pack's readings merge text by text). */
const READINGS = ['managed', 'leaning', 'partlyManaged', 'unmanaged', 'oneResolved', 'manyResolved', 'tensionOpen', 'tensionSettled', 'tensionPhase'] as const;

function readingsPanel(h: AuthorHost): TemplateResult {
  const ctx: Ctx = {
    item: h.merged.readings as unknown as Record<string, unknown>,
    key: 'readings',
    merged: h.merged,
    update: (sub: Sub, value: unknown) => {
      const [k, ...rest] = sub as [string, ...Sub];
      const own = (h.pack.readings as Record<string, unknown> | undefined)?.[k] ?? (h.merged.readings as unknown as Record<string, unknown>)[k];
      h.setPack(setIn(h.pack, ['readings', k], setIn(own, rest, value)), `readings/${sub.join('.')}`);
    },
    issues: (sub: Sub) => issuesAt(h.checked, ['readings'], sub),
  };
  return html`<p class="hint">${s.readingsHint}</p>${READINGS.map((k) => cited(ctx, [k], s.readings[k]))}`;
}

export function authorPanel(h: AuthorHost): TemplateResult {
  if (h.collection === 'readings') return html`${collectionChoice(h)}${readingsPanel(h)}`;
  const col = h.collection;
  const list = mergedList(h.merged, col);
  const item = list.find((i) => i.id === h.selected);
  const add = () => {
    const id = idFrom(s.newId[col], (x) => list.some((i) => i.id === x));
    const fresh = blank(col, id, { era: h.merged.eras.at(-1)!.id, logic: h.merged.comparison.logics[0].id, row: h.merged.comparison.rows[0]!.id });
    h.setPack(putItem(h.pack, col, fresh), `add-${col}`);
    h.choose(col, id, true);
    h.announce(s.added(s.collectionOne[col]));
  };
  return html`
    ${collectionChoice(h)}
    <p class="hint">${s.collectionHints[col]}</p>
    <ul class="items" aria-label=${s.collections[col]}>
      ${list.map((it, i) => {
        const problems = issuesIn(h.checked, prefixOf(h.pack, col, it.id)).length;
        const mine = ownIndex(h.pack, col, it.id) >= 0;
        const label = nameOf(col, it);
        return html`<li class=${it.id === h.selected ? 'current' : ''}>
          <button type="button" class="item" aria-current=${it.id === h.selected ? 'true' : 'false'} @click=${() => h.choose(col, it.id, true)}>
            <span class="item-name">${label.length > 70 ? `${label.slice(0, 69)}…` : label}</span>
            <span class="tags">${mine ? (isDefault(col, it.id) ? s.tagChanged : s.tagNew) : s.tagDefault}${problems ? html` · <span class="bad">${s.problems(problems)}</span>` : nothing}</span>
          </button>
          <span class="item-actions">
            <button type="button" class="small" ?disabled=${i === 0} aria-label=${s.moveUp(label)} @click=${() => { h.setPack(moveItem(h.pack, col, it.id, -1), ''); h.announce(s.moved(label, i)); }}>↑</button>
            <button type="button" class="small" ?disabled=${i === list.length - 1} aria-label=${s.moveDown(label)} @click=${() => { h.setPack(moveItem(h.pack, col, it.id, 1), ''); h.announce(s.moved(label, i + 2)); }}>↓</button>
            ${ADDABLE.includes(col) ? html`<button type="button" class="small" aria-label=${s.removeItem(label)} @click=${() => { h.setPack(removeItem(h.pack, col, it.id), ''); if (h.selected === it.id) h.choose(col, ''); h.announce(s.removed(label)); }}>${s.remove}</button>` : nothing}
            ${mine && isDefault(col, it.id) ? html`<button type="button" class="small" aria-label=${s.revert(label)} @click=${() => { h.setPack(removeItem(h.pack, col, it.id), ''); h.announce(s.reverted(label)); }}>${s.revertShort}</button>` : nothing}
          </span>
        </li>`;
      })}
    </ul>
    ${ADDABLE.includes(col) ? html`<button type="button" class="primary" @click=${add}>${s.add(s.collectionOne[col])}</button>` : html`<p class="hint">${s.cannotAdd}</p>`}
    ${item ? editor(h, col, item) : nothing}`;
}

function collectionChoice(h: AuthorHost): TemplateResult {
  return html`<div class="field"><label for="collection">${s.whatToEdit}</label>
    <select id="collection" @change=${(e: Event) => h.choose((e.target as HTMLSelectElement).value as Collection | 'readings', '')}>
      ${ORDER.map((c) => html`<option value=${c} ?selected=${c === h.collection}>${s.collections[c]}</option>`)}
      <option value="readings" ?selected=${h.collection === 'readings'}>${s.readingsTitle}</option>
    </select></div>`;
}

function editor(h: AuthorHost, col: Collection, item: Record<string, unknown> & { id: string }): TemplateResult {
  const prefix = prefixOf(h.pack, col, item.id);
  const ctx: Ctx = {
    item,
    key: `${col}-${item.id}`,
    merged: h.merged,
    update: (sub: Sub, value: unknown) => {
      let next = setIn(item, sub, value) as typeof item;
      // A new item's id follows its name until the lecturer writes an id of their own.
      const taken = (x: string) => x !== item.id && mergedList(h.merged, col).some((i) => i.id === x);
      const label = col === 'concepts' ? 'term' : col === 'statements' ? 'text' : col === 'references' ? 'authors' : 'name';
      if (sub.length === 1 && sub[0] === label && !isDefault(col, item.id) && typeof value === 'string' && value.trim()) {
        const before = String(item[label] ?? '');
        if (/^new-[a-z]+(-\d+)?$/.test(item.id) || item.id === idFrom(before, taken)) next = { ...next, id: idFrom(value, taken) };
      }
      h.setPack(putItem(h.pack, col, next, item.id), `${col}/${sub.join('.')}`);
      if (next.id !== item.id) h.choose(col, next.id);
    },
    issues: (sub: Sub) => issuesAt(h.checked, prefix, sub),
  };
  const fromDefault = isDefault(col, item.id);
  const own = issuesIn(h.checked, prefix);
  return html`<section class="editor" aria-labelledby="editor-title">
    <h3 id="editor-title" tabindex="-1">${s.editing(s.collectionOne[col], nameOf(col, item))}</h3>
    ${fromDefault && ownIndex(h.pack, col, item.id) < 0 ? html`<p class="hint">${s.fromDefault}</p>` : nothing}
    ${own.length ? html`<p class="field-error">${s.itemProblems(own.length)}</p>` : nothing}
    ${EDITORS[col](ctx, { isDefault: fromDefault })}
  </section>`;
}

/** Which collection and item an issue is in, so its link can open the item's form. */
export function locate(pathSteps: (string | number)[], pack: Record<string, unknown>): [Collection | 'readings', string] | null {
  if (pathSteps[0] === 'readings') return ['readings', ''];
  const cols: [Collection, string[]][] = [['statements', ['comparison', 'statements']], ...ORDER.filter((c) => c !== 'statements').map((c) => [c, [c]] as [Collection, string[]])];
  for (const [c, path] of cols) {
    if (!path.every((p, i) => pathSteps[i] === p)) continue;
    const at = pathSteps[path.length];
    if (typeof at === 'string' && at.startsWith('#')) return [c, at.slice(1)];
    if (typeof at === 'number') {
      const own = (path.reduce<unknown>((v, k) => (v as Record<string, unknown>)?.[k], pack) as { id?: string }[] | undefined)?.[at];
      if (own?.id) return [c, own.id];
    }
  }
  return null;
}

export const defaultCount = (col: Collection) => mergedList(defaultPack, col).length;
