import { expect } from '@open-wc/testing';
import { defaultPack } from '../../../src/model/packs/en.js';
import { blendOf, blendWords, compareBlends, corners, formFit } from '../../../src/model/form-fit.js';
import { fromXY, toXY } from '../../../src/widgets/form-picker/ternary-plot.js';
import type { ContentPack } from '../../../src/model/types.js';

/** Provan & Kenis (2008) Table 2, written out here independently of the pack's predictor table. */
const TABLE2: Record<string, Record<string, string>> = {
  shared: { trust: 'high', participants: 'few', consensus: 'high', competencies: 'low' },
  lead: { trust: 'low', participants: 'moderate', consensus: 'moderately-low', competencies: 'moderate' },
  nao: { trust: 'moderate', participants: 'many', consensus: 'moderately-high', competencies: 'high' },
};

describe('formFit', () => {
  for (const [form, profile] of Object.entries(TABLE2)) {
    it(`gives ${form} as the single best fit for its own Table 2 profile`, () => {
      const r = formFit(defaultPack, profile);
      expect(r.best).to.equal(form);
      expect(r.ties).to.deep.equal([]);
      expect(r.missing).to.deep.equal([]);
      expect(r.fits[form]).to.equal(1);
      for (const other of Object.keys(TABLE2)) if (other !== form) expect(r.fits[other]).to.be.below(1);
    });
  }

  it('computes fit as 1 minus the mean scaled distance', () => {
    // trust low is 2 steps of 2 from shared (1), consensus moderately-low is 2 steps of 3 from shared (2/3).
    const r = formFit(defaultPack, { trust: 'low', consensus: 'moderately-low' });
    expect(r.fits.shared).to.be.closeTo(1 - (1 + 2 / 3) / 2, 1e-9);
    expect(r.fits.lead).to.equal(1);
    expect(r.fits.nao).to.be.closeTo(1 - (0.5 + 1 / 3) / 2, 1e-9);
  });

  it('reports a tie as a list and no single best', () => {
    const r = formFit(defaultPack, { trust: 'low', participants: 'many' });
    expect(r.best).to.equal(null);
    expect(r.ties).to.deep.equal(['lead', 'nao']);
    expect(r.fits.lead).to.equal(0.75);
    expect(r.fits.nao).to.equal(0.75);
  });

  it('reads partial input and lists the factors still missing, in pack order', () => {
    const r = formFit(defaultPack, { participants: 'few' });
    expect(r.best).to.equal('shared');
    expect(r.missing).to.deep.equal(['trust', 'consensus', 'competencies']);
    expect(r.words.map((w) => w.factor)).to.deep.equal(['participants']);
  });

  it('has no reading with nothing set, and ignores ids the pack does not know', () => {
    const r = formFit(defaultPack, { trust: 'bogus', nope: 'x' });
    expect(r.fits).to.deep.equal({});
    expect(r.best).to.equal(null);
    expect(r.ties).to.deep.equal([]);
    expect(r.missing).to.deep.equal(defaultPack.factors.map((f) => f.id));
  });

  it('says per factor which forms the choice supports and which it counts against', () => {
    const [trust, comp] = formFit(defaultPack, { trust: 'high', competencies: 'moderate' }).words;
    expect(trust).to.deep.equal({ factor: 'trust', level: 'high', supports: ['shared'], contradicts: ['lead'] });
    expect(comp.supports).to.deep.equal(['lead']);
    expect(comp.contradicts).to.deep.equal(['shared', 'nao']);
  });

  it('works from the pack: an extra form and factor take part', () => {
    const pack: ContentPack = {
      ...defaultPack,
      forms: [...defaultPack.forms, { ...defaultPack.forms[0], id: 'hybrid', short: 'Hybrid' }],
      factors: [...defaultPack.factors, { ...defaultPack.factors[0], id: 'money', levels: [{ id: 'low', label: 'Low' }, { id: 'high', label: 'High' }] }],
      predictors: [
        ...defaultPack.predictors,
        ...defaultPack.factors.map((f) => ({ form: 'hybrid', factor: f.id, level: f.levels[1].id, label: 'x', cite: ['provan-kenis-2008'] })),
        ...['shared', 'lead', 'nao'].map((form) => ({ form, factor: 'money', level: 'low', label: 'x', cite: ['provan-kenis-2008'] })),
        { form: 'hybrid', factor: 'money', level: 'high', label: 'x', cite: ['provan-kenis-2008'] },
      ],
    };
    const r = formFit(pack, { money: 'high', participants: 'moderate' });
    expect(Object.keys(r.fits)).to.deep.equal(['shared', 'lead', 'nao', 'hybrid']);
    expect(r.best).to.equal('hybrid');
    expect(corners(pack)).to.deep.equal(['shared', 'lead', 'nao']);
  });
});

describe('blends', () => {
  it('normalises the corners’ fits, and sits in the centre with no reading', () => {
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
