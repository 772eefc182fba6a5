import { expect } from '@open-wc/testing';
import { en } from '../../../src/core/i18n/en/index.js';
import { defaultPack } from '../../../src/model/packs/en.js';
import { bandOf, comparePosition, describePosition, overallReading, positionEffects, tensionStatus } from '../../../src/model/tension-reading.js';
import { reflectionMarkdown } from '../../../src/model/tension-sliders-export.js';

const w = en.tensionSliders;
const labels = ['Facilitative leadership', 'Authoritative leadership'] as const;
const say = (p: number | null) => describePosition(p, labels, w);
const tension = (id: string) => defaultPack.tensions.find((t) => t.id === id)!;

describe('tension reading: a position in words', () => {
  it('says every band in words, never as a number', () => {
    expect(say(null)).to.equal('not placed yet');
    expect(say(0)).to.equal('balanced between Facilitative leadership and Authoritative leadership');
    expect(say(-5)).to.equal('balanced between Facilitative leadership and Authoritative leadership');
    expect(say(10)).to.equal('leaning slightly towards Authoritative leadership');
    expect(say(-34)).to.equal('leaning slightly towards Facilitative leadership');
    expect(say(-35)).to.equal('leaning towards Facilitative leadership');
    expect(say(65)).to.equal('leaning strongly towards Authoritative leadership');
    expect(say(-89)).to.equal('leaning strongly towards Facilitative leadership');
    expect(say(90)).to.equal('pushed all the way to Authoritative leadership');
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
    expect(comparePosition(60, 40, labels, w)).to.equal('You place it further towards Authoritative leadership.');
  });
});

describe('tension reading: the overall reading rule', () => {
  const accept = { id: 'accept' };
  const time = { id: 'time', atPole: 'phase' as const };

  it('gives no reading while nothing is placed', () => {
    expect(overallReading({})).to.deep.equal({ id: null, resolved: [], leaning: [], open: [], responses: {} });
    expect(overallReading({ a: null, b: null }, { a: accept }).id).to.equal(null);
  });

  it('no longer calls positions alone "managed": every tension at the centre, with no response, is unmanaged', () => {
    const centre = { a: 0, b: 0, c: 0, d: 0, e: 0, f: 0, g: 0, h: 0, i: 0 };
    expect(overallReading(centre)).to.deep.include({ id: 'unmanaged', resolved: [], leaning: [] });
    expect(overallReading(centre).open).to.have.length(9);
    expect(overallReading(centre, { a: accept }).id).to.equal('partlyManaged');
    const all = Object.fromEntries(Object.keys(centre).map((k) => [k, accept]));
    expect(overallReading(centre, all)).to.deep.equal({ id: 'managed', resolved: [], leaning: [], open: [], responses: { accept: 9 } });
  });

  it('reads managed once every placed tension has a response, with at most two leaning clearly', () => {
    expect(overallReading({ a: 0, b: 30, c: -34, d: null }, { a: accept, b: accept, c: { id: 'compromise' } })).to.deep.equal({
      id: 'managed',
      resolved: [],
      leaning: [],
      open: [],
      responses: { accept: 2, compromise: 1 },
    });
    expect(overallReading({ a: 40, b: -80, c: 20 }, { a: accept, b: accept, c: accept }).id).to.equal('managed');
  });

  it('reads leaning with three or more leaning clearly under responses that keep both poles, but not under a phase', () => {
    const p = { a: 40, b: -80, c: 35, d: 0 };
    const both = { a: accept, b: accept, c: accept, d: accept };
    expect(overallReading(p, both)).to.deep.include({ id: 'leaning', leaning: ['a', 'b', 'c'] });
    // Separating in time: leaning one way for now is part of the response.
    expect(overallReading(p, { ...both, a: time, b: time }).id).to.equal('managed');
  });

  it('reads a pole as resolved unless the response makes it a phase', () => {
    expect(overallReading({ a: 90, b: 40, c: 40, d: 40 })).to.deep.include({ id: 'oneResolved', resolved: ['a'] });
    expect(overallReading({ a: 90, b: -100, c: 0 }).id).to.equal('manyResolved');
    // "Live with it" keeps both sides in play, so a pole still settles the tension.
    expect(overallReading({ a: 95, b: 0 }, { a: accept, b: accept }).id).to.equal('oneResolved');
    // Separating in time: all the way to one pole for a phase is managed.
    expect(overallReading({ a: 95, b: -100 }, { a: time, b: time })).to.deep.include({ id: 'managed', resolved: [] });
    expect(tensionStatus(95, time)).to.equal('phase');
    expect(tensionStatus(95, accept)).to.equal('resolved');
    expect(tensionStatus(20, null)).to.equal('open');
    expect(tensionStatus(null, accept)).to.equal('unset');
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
    expect(md).to.contain('## Facilitative and authoritative leadership\n\nPosition: not placed yet.');
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
    expect(out).to.contain(`## Overall reading\n\n${defaultPack.readings.unmanaged.text}`);
  });

  it('writes the responses: each one chosen with what it gives and costs, those still missing, and the reading they make', () => {
    const response = (id: string) => defaultPack.responses.find((r) => r.id === id)!;
    const out = reflectionMarkdown(
      {
        pack: defaultPack,
        tensions: [tension('goals'), tension('trust'), tension('leadership')],
        positions: { goals: -100, trust: 40, leadership: 0 },
        notes: {},
        chosen: { goals: response('time'), trust: response('compromise') },
      },
      w,
    );
    const goals = out.slice(out.indexOf('## Congruent'), out.indexOf('## Building'));
    expect(goals).to.contain(`**${defaultPack.readings.tensionPhase.text} (Smith & Lewis 2011; Poole & Van de Ven 1989)**`);
    expect(goals).not.to.contain('resolved rather than managed');
    expect(goals).to.contain('Response: Separate it in time.');
    expect(goals).to.contain(`- What it gives: ${response('time').gives.text}`);
    expect(goals).to.contain(`- For example: ${tension('goals').examples!.time.text}`);
    expect(out).to.contain(`Response: A good-enough compromise for now.\n\n- What it gives: ${response('compromise').gives.text}`);
    expect(out).to.contain('## Facilitative and authoritative leadership\n\nPosition: balanced');
    expect(out).to.contain('Response: none chosen yet.');
    expect(out).to.contain(`## Overall reading\n\n${defaultPack.readings.partlyManaged.text} (Vangen 2017)`);
    expect(out).to.contain('Responses chosen: Separate it in time (1); A good-enough compromise for now (1)');
    expect(out).to.contain('No response yet: Facilitative and authoritative leadership');
    const refs = out.slice(out.indexOf('## References'));
    expect(refs).to.contain('Smith, W. K. & Lewis, M. W. (2011). Toward a theory of paradox');
    expect(refs).to.contain('https://doi.org/10.5465/amr.2009.0223');
  });
});
