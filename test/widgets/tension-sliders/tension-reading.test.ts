import { expect } from '@open-wc/testing';
import { en } from '../../../src/core/i18n/en/index.js';
import { defaultPack } from '../../../src/model/packs/en.js';
import { bandOf, comparePosition, describePosition, overallReading, positionEffects } from '../../../src/model/tension-reading.js';
import { reflectionMarkdown } from '../../../src/model/tension-sliders-export.js';

const w = en.tensionSliders;
const labels = ['Facilitative leadership', 'Directive leadership'] as const;
const say = (p: number | null) => describePosition(p, labels, w);
const tension = (id: string) => defaultPack.tensions.find((t) => t.id === id)!;

describe('tension reading: a position in words', () => {
  it('says every band in words, never as a number', () => {
    expect(say(null)).to.equal('not placed yet');
    expect(say(0)).to.equal('balanced between Facilitative leadership and Directive leadership');
    expect(say(-5)).to.equal('balanced between Facilitative leadership and Directive leadership');
    expect(say(10)).to.equal('leaning slightly towards Directive leadership');
    expect(say(-34)).to.equal('leaning slightly towards Facilitative leadership');
    expect(say(-35)).to.equal('leaning towards Facilitative leadership');
    expect(say(65)).to.equal('leaning strongly towards Directive leadership');
    expect(say(-89)).to.equal('leaning strongly towards Facilitative leadership');
    expect(say(90)).to.equal('pushed all the way to Directive leadership');
    expect(say(-100)).to.equal('pushed all the way to Facilitative leadership');
    for (let p = -100; p <= 100; p += 5) expect(say(p)).not.to.match(/\d/);
  });

  it('bands by distance from the centre', () => {
    expect([null, 9, 10, 35, 65, 90].map(bandOf)).to.deep.equal(['unset', 'balanced', 'slightly', 'leaning', 'strongly', 'resolved']);
  });

  it('names what a position protects and risks, and what resolving gives up', () => {
    const poles = ['A', 'B'] as const;
    expect(positionEffects(poles, null)).to.deep.equal({ hold: [] });
    expect(positionEffects(poles, 0)).to.deep.equal({ hold: ['A', 'B'] });
    expect(positionEffects(poles, -50)).to.deep.equal({ hold: ['A'], risk: 'A' });
    expect(positionEffects(poles, 95)).to.deep.equal({ hold: [], risk: 'B', lost: 'A' });
  });

  it('compares a position with a reference', () => {
    expect(comparePosition(null, 40, labels, w)).to.equal('Place your slider to compare.');
    expect(comparePosition(50, 40, labels, w)).to.equal('Your position is close to it.');
    expect(comparePosition(-20, 40, labels, w)).to.equal('You place it further towards Facilitative leadership.');
    expect(comparePosition(60, 40, labels, w)).to.equal('You place it further towards Directive leadership.');
  });
});

describe('tension reading: the overall reading rule', () => {
  it('gives no reading while nothing is placed', () => {
    expect(overallReading({})).to.deep.equal({ id: null, resolved: [], leaning: [] });
    expect(overallReading({ a: null, b: null }).id).to.equal(null);
  });
  it('reads managed with no tension resolved and at most two leaning clearly', () => {
    expect(overallReading({ a: 0, b: 30, c: -34, d: null }).id).to.equal('managed');
    expect(overallReading({ a: 40, b: -80, c: 20 })).to.deep.equal({ id: 'managed', resolved: [], leaning: ['a', 'b'] });
  });
  it('reads leaning with three or more leaning clearly', () => {
    expect(overallReading({ a: 40, b: -80, c: 35, d: 0 })).to.deep.equal({ id: 'leaning', resolved: [], leaning: ['a', 'b', 'c'] });
  });
  it('reads one resolved, and many resolved, whatever else leans', () => {
    expect(overallReading({ a: 90, b: 40, c: 40, d: 40 })).to.deep.equal({ id: 'oneResolved', resolved: ['a'], leaning: ['b', 'c', 'd'] });
    expect(overallReading({ a: 90, b: -100, c: 0 })).to.deep.equal({ id: 'manyResolved', resolved: ['a', 'b'], leaning: [] });
  });
});

describe('reflection export (Markdown)', () => {
  const md = reflectionMarkdown(
    {
      pack: defaultPack,
      tensions: [tension('goals'), tension('trust'), tension('leadership')],
      positions: { goals: -100, trust: 40, leadership: null },
      notes: { goals: 'The board wants one plan.\nPartners disagree.', trust: '   ' },
    },
    w,
  );

  it('has a heading per tension with its position in words', () => {
    expect(md.startsWith('# My reflection: the tensions of collaboration\n\n## Congruent and diverse goals\n\nPosition: pushed all the way to Congruent goals.\n')).to.be.true;
    expect(md).to.contain('## Building trust and managing distrust\n\nPosition: leaning towards Managing distrust.');
    expect(md).to.contain('## Facilitative and directive leadership\n\nPosition: not placed yet.');
  });

  it('says plainly when a tension is resolved and what it costs, with citations', () => {
    const goals = tension('goals');
    expect(md).to.contain('**Pushed all the way to Congruent goals, this tension is being resolved rather than managed.**');
    expect(md).to.contain(`- It gives up what Diverse goals protects: ${goals.poles[1].protects.text} (Vangen & Huxham 2012)`);
    expect(md).to.contain(`- What that tends to cost: ${goals.poles[0].risk.text} (Vangen & Huxham 2012)`);
    expect(md).to.contain(`- Holding towards Managing distrust protects: ${tension('trust').poles[1].protects.text}`);
  });

  it('quotes the notes line by line and marks missing ones', () => {
    expect(md).to.contain('My note:\n\n> The board wants one plan.\n> Partners disagree.');
    expect(md.match(/_No note written\._/g)).to.have.length(2);
  });

  it('ends with the reading and every reference cited', () => {
    expect(md).to.contain(`## Overall reading\n\n${defaultPack.readings.oneResolved.text} (Vangen 2017)`);
    const refs = md.slice(md.indexOf('## References'));
    expect(refs).to.contain('- Vangen, S. (2017)');
    expect(refs).to.match(/- Vangen, S\.? (and|&) Huxham/);
    expect(refs).not.to.contain('Provan');
  });

  it('adds the reference position and the comparison in compare mode', () => {
    const out = reflectionMarkdown(
      { pack: defaultPack, tensions: [tension('goals')], positions: { goals: -20 }, notes: {}, reference: { name: 'LSPs', positions: { goals: 40 } } },
      w,
    );
    expect(out).to.contain('LSPs: leaning towards Diverse goals. You place it further towards Congruent goals.');
    expect(out).to.contain(`## Overall reading\n\n${defaultPack.readings.managed.text}`);
  });
});
