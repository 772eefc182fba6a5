import { expect } from '@open-wc/testing';
import { judge, mixedOrder, scoreSort } from '../../../src/model/table-sort.js';
import { summariseCase } from '../../../src/model/table-comparator-case.js';
import { pack } from './helpers.js';

const st = pack.comparison.statements;

describe('table-sort model', () => {
  it('judges logic and, when asked, the row', () => {
    const s = st[0];
    expect(judge(s, { logic: s.logic }, false)).to.include({ correct: true, points: 1 });
    expect(judge(s, { logic: 'other' }, false)).to.include({ correct: false, points: 0 });
    expect(judge(s, { logic: s.logic, row: 'nope' }, true)).to.include({ logic: true, row: false, correct: false, points: 1 });
    expect(judge(s, { logic: s.logic, row: s.row }, true)).to.include({ correct: true, points: 2 });
  });

  it('scores partial work: only complete placements count, max counts every statement', () => {
    const [s1, s2, s3] = st;
    const answers = { [s1.id]: { logic: s1.logic }, [s2.id]: { logic: 'x' }, [s3.id]: { logic: '' } };
    expect(scoreSort(st, answers, false)).to.deep.equal({ raw: 1, max: st.length, placed: 2, total: st.length, complete: false });
    const byRow = scoreSort(st, { [s1.id]: { logic: s1.logic }, [s2.id]: { logic: s2.logic, row: s2.row } }, true);
    expect(byRow).to.include({ raw: 2, max: st.length * 2, placed: 1 });
  });

  it('mixes the order stably without losing statements', () => {
    const a = mixedOrder(st).map((s) => s.id);
    expect(a).to.deep.equal(mixedOrder([...st].reverse()).map((s) => s.id));
    expect([...a].sort()).to.deep.equal(st.map((s) => s.id).sort());
    expect(a).not.to.deep.equal(st.map((s) => s.id));
  });
});

describe('case summary model', () => {
  const rows = ['a', 'b', 'c', 'd'];
  it('says nothing before any row is placed', () => {
    expect(summariseCase(rows, {})).to.include({ lean: 'none', placed: 0 });
  });
  it('finds the lean and the rows that go against it or sit in between', () => {
    const s = summariseCase(rows, { a: -80, b: -60, c: 40, d: 0, zzz: 100 });
    expect(s).to.include({ lean: 'first', mean: -25, strong: false, placed: 4 });
    expect(s.mixed).to.deep.equal(['c', 'd']);
    expect(s.second).to.deep.equal(['c']);
  });
  it('calls a case balanced and lists where it pulls each way', () => {
    const s = summariseCase(rows, { a: -60, b: 60, c: 10 });
    expect(s.lean).to.equal('balanced');
    expect(s.mixed).to.deep.equal(['a', 'b']);
  });
  it('marks a strong lean', () => {
    expect(summariseCase(rows, { a: 100, b: 80 })).to.include({ lean: 'second', strong: true });
  });
});
