import { expect } from '@open-wc/testing';
import { defaultPack, validatePack } from '../../src/model/index.js';
import { casesFor, settle, stateKeyOf, defaultActivity } from '../../src/studio/activity.js';
import { idFrom, mergedOf, moveItem, putItem, removeItem } from '../../src/studio/content.js';
import { Draft, setIn } from '../../src/studio/draft.js';

const ids = (pack: Record<string, unknown>, key = 'cases') => (mergedOf(pack) as unknown as Record<string, { id: string }[]>)[key]!.map((c) => c.id);

describe('the studio\'s editing of a pack', () => {
  it('puts a changed default item into the pack whole, and removing or moving a default item lists it in replace', () => {
    const first = defaultPack.cases[0]!;
    const changed = putItem({}, 'cases', { ...first, name: 'Renamed' } as never);
    expect((changed.cases as { name: string }[])[0]!.name).to.equal('Renamed');
    expect(ids(changed)).to.deep.equal(defaultPack.cases.map((c) => c.id));
    const removed = removeItem({}, 'cases', first.id);
    expect(removed.replace).to.deep.equal(['cases']);
    expect(ids(removed)).to.deep.equal(defaultPack.cases.slice(1).map((c) => c.id));
    const moved = moveItem({}, 'cases', first.id, 1);
    expect(ids(moved).slice(0, 2)).to.deep.equal([defaultPack.cases[1]!.id, first.id]);
    for (const p of [changed, removed, moved]) expect(validatePack(p).ok).to.equal(true);
  });

  it('removes a new item from the lecturer\'s own list only, and moves a statement of the table', () => {
    const mine = putItem({}, 'cases', { ...defaultPack.cases[0]!, id: 'mine' } as never);
    const gone = removeItem(mine, 'cases', 'mine');
    expect(gone.cases).to.equal(undefined);
    expect(gone.replace).to.equal(undefined);
    const s0 = defaultPack.comparison.statements[0]!.id;
    const moved = moveItem({}, 'statements', s0, 1);
    expect(moved.replace).to.deep.equal(['statements']);
    expect(mergedOf(moved).comparison.statements[1]!.id).to.equal(s0);
  });

  it('makes ids from names, unique in the list', () => {
    expect(idFrom('Leeds health partnership', () => false)).to.equal('leeds-health-partnership');
    expect(idFrom('Café Société', (x) => x === 'cafe-societe')).to.equal('cafe-societe-2');
  });
});

describe('the studio\'s activity', () => {
  it('offers only the cases that suit a mode, and gives compare a case', () => {
    expect(casesFor(defaultPack, 'form-picker', 'quiz').every((c) => c.governance)).to.equal(true);
    expect(casesFor(defaultPack, 'table-comparator', 'table')).to.deep.equal([]);
    const a = settle({ ...defaultActivity(), widget: 'tension-sliders', mode: 'compare' }, defaultPack);
    expect(a.case).to.equal(casesFor(defaultPack, 'tension-sliders', 'compare')[0]!.id);
    expect(settle({ ...a, widget: 'form-picker', mode: 'nope' }, defaultPack).mode).to.equal('explore');
  });

  it('derives a state key from widget, mode, case and content, so two activities never share one', () => {
    const a = { ...defaultActivity(), widget: 'tension-sliders' as const, mode: 'compare', case: 'lsp' };
    const k = stateKeyOf(a, {});
    expect(k).to.match(/^tension-sliders-compare-lsp-[a-z0-9]{8}$/);
    expect(stateKeyOf({ ...a, case: 'city-governance' }, {})).to.not.equal(k);
    expect(stateKeyOf(a, { title: 'Mine' })).to.not.equal(k);
    expect(stateKeyOf({ ...a, attrs: { tensions: 'goals' } }, {})).to.not.equal(k);
    expect(stateKeyOf({ ...a, attrs: { theme: 'dark' } }, {})).to.equal(k);
    expect(stateKeyOf({ ...a, attrs: { 'state-key': 'week-3' } }, {})).to.equal('week-3');
  });
});

describe('the studio\'s draft', () => {
  it('undoes and redoes, counts typing in one field as one step, and keeps the draft in storage', () => {
    localStorage.clear();
    const d = new Draft(localStorage);
    d.set(['pack', 'title'], 'A', 'title');
    d.set(['pack', 'title'], 'AB', 'title');
    d.set(['base'], 'https://x/', 'base');
    d.undo();
    expect(d.state.base).to.equal('');
    d.undo();
    expect(d.state.pack.title).to.equal(undefined);
    d.redo();
    expect(d.state.pack.title).to.equal('AB');
    d.flush();
    expect(new Draft(localStorage).state.pack.title).to.equal('AB');
    expect(setIn({ a: { b: 1 }, c: [1, 2] }, ['c', 0], undefined)).to.deep.equal({ a: { b: 1 }, c: [2] });
  });
});
