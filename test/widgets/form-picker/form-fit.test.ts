import { expect } from '@open-wc/testing';
import { defaultPack } from '../../../src/model/packs/en.js';
import { blendOf, blendWords, compareBlends, corners, formFit, GOOD_FIT, MIN_FACTORS, type FitReading } from '../../../src/model/form-fit.js';
import { fromXY, toXY } from '../../../src/widgets/form-picker/ternary-plot.js';
import type { ContentPack } from '../../../src/model/types.js';

/** Provan & Kenis (2008) Table 2, written out here independently of the pack's predictor table. */
const TABLE2: Record<string, Record<string, string>> = {
  shared: { trust: 'high', participants: 'few', consensus: 'high', competencies: 'low' },
  lead: { trust: 'low', participants: 'moderate', consensus: 'moderately-low', competencies: 'moderate' },
  nao: { trust: 'moderate', participants: 'many', consensus: 'moderately-high', competencies: 'high' },
};

/** A reading in one word: `verdict:best` (or the tie, `a+b`). */
const outcome = (r: FitReading) => `${r.verdict}:${r.best ?? r.ties.join('+')}`;

/** Every full combination of the four factors' levels: 3 × 3 × 4 × 3 = 108. */
function combinations(): Record<string, string>[] {
  const [t, p, c, k] = defaultPack.factors;
  return t.levels.flatMap((a) =>
    p.levels.flatMap((b) => c.levels.flatMap((x) => k.levels.map((y) => ({ [t.id]: a.id, [p.id]: b.id, [c.id]: x.id, [k.id]: y.id })))),
  );
}

describe('formFit over every combination of the four factors', () => {
  const all = combinations();

  it('has 108 combinations, and reads them as this table says', () => {
    expect(all).to.have.length(108);
    const counts: Record<string, number> = {};
    for (const choice of all) {
      const o = outcome(formFit(defaultPack, choice));
      counts[o] = (counts[o] ?? 0) + 1;
    }
    // The outcome table. `good`: the best form meets its conditions well (fit ≥ 0.75, no clash); `partial`: the
    // closest form has no clash but fits only partly; `no-fit`: every form clashes with at least one factor.
    // Shared governance needs all four of its conditions at one end of the scales, so it wins only near its own
    // profile; the lead organisation and the NAO sit mid-scale on several factors, so they are rarely clashed
    // with, but their wins away from their own profiles are only `partial`.
    expect(counts).to.deep.equal({
      'good:shared': 11,
      'good:lead': 20,
      'good:nao': 28,
      'good:lead+nao': 3,
      'partial:lead': 17,
      'partial:nao': 10,
      'partial:shared+lead': 1,
      'no-fit:': 18,
    });
  });

  it('gives each form, on its own Table 2 profile, as the single good fit, and nothing clashes', () => {
    for (const [form, profile] of Object.entries(TABLE2)) {
      const r = formFit(defaultPack, profile);
      expect([form, outcome(r)]).to.deep.equal([form, `good:${form}`]);
      expect(r.fits[form]).to.equal(1);
      expect(r.matches[form]).to.deep.equal({ met: ['trust', 'participants', 'consensus', 'competencies'], near: [], against: [] });
      for (const other of Object.keys(TABLE2)) if (other !== form) expect(r.fits[other]).to.be.below(GOOD_FIT);
    }
  });

  it('wins each form where Provan and Kenis would expect it: one step off its profile on any one factor', () => {
    for (const [form, profile] of Object.entries(TABLE2)) {
      for (const factor of defaultPack.factors) {
        const at = factor.levels.findIndex((l) => l.id === profile[factor.id]);
        for (const step of [-1, 1]) {
          const level = factor.levels[at + step];
          if (!level) continue;
          const r = formFit(defaultPack, { ...profile, [factor.id]: level.id });
          // One factor moved one step: the form still meets three conditions and is one step off the fourth.
          expect(r.ranking[0], `${form} with ${factor.id} = ${level.id}`).to.equal(form);
          expect(r.verdict).to.equal('good');
        }
      }
    }
  });

  it('counts "moderate to many" participants for the NAO: moderate meets its condition as fully as many', () => {
    const nao = { ...TABLE2.nao, participants: 'moderate' };
    const r = formFit(defaultPack, nao);
    expect(r.matches.nao.met).to.include('participants');
    expect(outcome(r)).to.equal('good:nao');
    expect(formFit(defaultPack, { participants: 'moderate', competencies: 'high' }).matches.nao.met).to.deep.equal(['participants', 'competencies']);
  });

  it('lets no number of matches outvote a near-veto: many participants rule out shared governance', () => {
    // Trust, consensus and competencies all say shared; many participants is the far end of its scale.
    const r = formFit(defaultPack, { ...TABLE2.shared, participants: 'many' });
    expect(r.matches.shared).to.deep.equal({ met: ['trust', 'consensus', 'competencies'], near: [], against: ['participants'] });
    expect(r.fits.shared).to.equal(0.75);
    expect(r.verdict).to.equal('no-fit');
    expect(r.best).to.equal(null);
    // Under plain averaging shared would have won this with 75%; here every form clashes with some factor.
    for (const form of Object.keys(TABLE2)) expect(r.matches[form].against.length, form).to.be.above(0);
  });

  it('reads the named textbook and mixed profiles', () => {
    const cases: [string, Record<string, string>, string][] = [
      ['every factor at its second level', { trust: 'moderate', participants: 'moderate', consensus: 'moderately-low', competencies: 'moderate' }, 'good:lead'],
      ['low trust, few members, low agreement, simple task', { trust: 'low', participants: 'few', consensus: 'low', competencies: 'low' }, 'partial:lead'],
      ['high trust and agreement but a complex task', { trust: 'high', participants: 'few', consensus: 'high', competencies: 'high' }, 'partial:nao'],
      ['many members with high trust and agreement', { trust: 'high', participants: 'many', consensus: 'high', competencies: 'low' }, 'no-fit:'],
      ['a large, complex network with moderate trust', { trust: 'moderate', participants: 'many', consensus: 'moderately-high', competencies: 'moderate' }, 'good:nao'],
    ];
    for (const [name, choice, want] of cases) expect([name, outcome(formFit(defaultPack, choice))]).to.deep.equal([name, want]);
  });
});

describe('formFit: partial readings and the rule’s details', () => {
  it(`gives no best fit from one factor: fewer than ${MIN_FACTORS} set is too few to tell`, () => {
    for (const factor of defaultPack.factors)
      for (const level of factor.levels) {
        const r = formFit(defaultPack, { [factor.id]: level.id });
        expect([factor.id, level.id, r.verdict, r.best, r.ties]).to.deep.equal([factor.id, level.id, 'too-few', null, []]);
      }
    const one = formFit(defaultPack, { participants: 'few' });
    expect(one.words).to.deep.equal([{ factor: 'participants', level: 'few', supports: ['shared'], contradicts: [] }]);
    expect(one.missing).to.deep.equal(['trust', 'consensus', 'competencies']);
  });

  it('reads two factors, lists the factors still missing in pack order, and computes fit as (met + ½ near) ÷ set', () => {
    const r = formFit(defaultPack, { trust: 'low', consensus: 'moderately-low' });
    expect(r.missing).to.deep.equal(['participants', 'competencies']);
    expect(outcome(r)).to.equal('good:lead');
    expect(r.fits).to.deep.equal({ shared: 0, lead: 1, nao: 0.5 });
    expect(r.matches.shared.against).to.deep.equal(['trust', 'consensus']);
    expect(r.ranking).to.deep.equal(['lead', 'nao', 'shared']);
  });

  it('reports a tie as a list and no single best', () => {
    const r = formFit(defaultPack, { participants: 'moderate', consensus: 'moderately-high', competencies: 'moderate' });
    expect(outcome(r)).to.equal('good:lead+nao');
    expect(r.best).to.equal(null);
    expect(r.fits.lead).to.equal(r.fits.nao);
  });

  it('has no reading with nothing set, and ignores ids the pack does not know', () => {
    const r = formFit(defaultPack, { trust: 'bogus', nope: 'x' });
    expect(r.fits).to.deep.equal({});
    expect([r.verdict, r.best, r.ties, r.ranking]).to.deep.equal(['none', null, [], []]);
    expect(r.missing).to.deep.equal(defaultPack.factors.map((f) => f.id));
  });

  it('says per factor which forms the choice meets and which it clashes with', () => {
    const [trust, comp] = formFit(defaultPack, { trust: 'high', competencies: 'moderate' }).words;
    expect(trust).to.deep.equal({ factor: 'trust', level: 'high', supports: ['shared'], contradicts: ['lead'] });
    expect(comp).to.deep.equal({ factor: 'competencies', level: 'moderate', supports: ['lead'], contradicts: [] });
  });

  it('works from the pack: an extra form and factor take part, and a predictor range counts every level in it', () => {
    const pack: ContentPack = {
      ...defaultPack,
      forms: [...defaultPack.forms, { ...defaultPack.forms[0], id: 'hybrid', short: 'Hybrid' }],
      factors: [...defaultPack.factors, { ...defaultPack.factors[0], id: 'money', levels: [{ id: 'low', label: 'Low' }, { id: 'high', label: 'High' }] }],
      predictors: [
        ...defaultPack.predictors,
        ...defaultPack.factors.map((f) => ({ form: 'hybrid', factor: f.id, level: f.levels[1].id, levels: f.levels.map((l) => l.id), label: 'x', cite: ['provan-kenis-2008'] })),
        ...['shared', 'lead', 'nao'].map((form) => ({ form, factor: 'money', level: 'low', label: 'x', cite: ['provan-kenis-2008'] })),
        { form: 'hybrid', factor: 'money', level: 'high', label: 'x', cite: ['provan-kenis-2008'] },
      ],
    };
    const r = formFit(pack, { money: 'high', participants: 'few' });
    expect(Object.keys(r.fits)).to.deep.equal(['shared', 'lead', 'nao', 'hybrid']);
    expect(r.best).to.equal('hybrid');
    expect(r.fits.hybrid).to.equal(1);
    expect(corners(pack)).to.deep.equal(['shared', 'lead', 'nao']);
  });
});

describe('blends', () => {
  const ids = corners(defaultPack);
  const reading = (choice: Record<string, string>) => blendOf(formFit(defaultPack, choice).support, ids);

  it('puts a textbook profile on (or next to) its own corner, and a student there is told it agrees', () => {
    expect(reading(TABLE2.shared)).to.deep.equal([1, 0, 0]);
    expect(reading(TABLE2.nao)).to.deep.equal([0, 0, 1]);
    // Moderate participants meet both the lead organisation's and the NAO's condition, so one vote is shared.
    expect(reading(TABLE2.lead)).to.deep.equal([0, 0.875, 0.125]);
    for (const [i, form] of ids.entries()) {
      const corner = ids.map((_, j) => (i === j ? 1 : 0));
      expect([form, compareBlends(corner, reading(TABLE2[form])).verdict]).to.deep.equal([form, 'near']);
    }
  });

  it('normalises weights, and sits in the centre with none', () => {
    expect(blendOf({ shared: 1, lead: 0.5, nao: 0.5 }, ['shared', 'lead', 'nao'])).to.deep.equal([0.5, 0.25, 0.25]);
    expect(blendOf({}, ['a', 'b', 'c'])).to.deep.equal([1 / 3, 1 / 3, 1 / 3]);
  });

  it('words a blend by its leading corner and the others that weigh in', () => {
    expect(blendWords([0.34, 0.33, 0.33])).to.deep.equal({ even: true });
    expect(blendWords([0.1, 0.8, 0.1])).to.deep.equal({ even: false, lead: 1, strength: 'almost', some: [] });
    expect(blendWords([0.25, 0.15, 0.6])).to.deep.equal({ even: false, lead: 2, strength: 'mostly', some: [0] });
    expect(blendWords([0.45, 0.35, 0.2])).to.deep.include({ strength: 'leaning', some: [1, 2] });
    expect(blendWords([0, 0.5, 0.5])).to.deep.equal({ even: false, lead: 1, strength: 'split', some: [2] });
  });

  it('compares the student’s point with the reading', () => {
    expect(compareBlends([0.34, 0.33, 0.33], [0.33, 0.34, 0.33]).verdict).to.equal('near');
    const far = compareBlends([1, 0, 0], [0, 0.5, 0.5]);
    expect(far).to.deep.equal({ distance: 1, verdict: 'far', towards: 0 });
    // Equal gains on two corners: the one the student weights most.
    expect(compareBlends([0.1, 0.3, 0.6], [0, 0.5, 0.5]).towards).to.equal(2);
  });

  it('maps blends to the triangle and back', () => {
    for (const w of [[1, 0, 0], [0, 1, 0], [0.2, 0.3, 0.5]]) {
      const [x, y] = toXY(w);
      fromXY(x, y).forEach((v, i) => expect(v).to.be.closeTo(w[i], 1e-3));
    }
    const outside = fromXY(50, -50);
    expect(outside[0]).to.equal(1);
  });
});
