/**
 * Ways of working with a paradox, for the tension sliders: what each is, what it gives and what it costs. Drawn from
 * the paradox literature Vangen (2017) builds on (Poole & Van de Ven 1989; Smith & Lewis 2011) and from the paper's
 * call for good-enough compromises. Part of the default English pack (../en.ts).
 */
import type { ContentPack } from '../../types.js';
import { t, PAPER } from './cite.js';

const PVV = 'poole-van-de-ven-1989';
const SL = 'smith-lewis-2011';
const V17 = 'vangen-2017';

export const responses: ContentPack['responses'] = [
  {
    id: 'accept',
    name: 'Live with it',
    summary: t(
      'Treat the tension as a lasting part of the collaboration: name it openly, keep both sides in view and use the pull between them, instead of trying to make it go away.',
      PVV,
      SL,
      V17,
    ),
    gives: t('Nobody pretends the tension is solved, so both sides stay on the table and partners can talk about it honestly.', SL, V17),
    costs: t('It is uncomfortable and gives no rule to act on: each decision still has to be worked out, which takes time and patience.', SL, V17),
  },
  {
    id: 'time',
    name: 'Separate it in time',
    summary: t(
      'Lean towards one side for now and towards the other later, for example a spell of firm direction to get started followed by a spell of wide involvement.',
      PVV,
      SL,
    ),
    gives: t('Clear action in each phase, and each side gets its turn; leaning, even all the way, is part of the plan.', PVV, SL),
    costs: t(
      'While one side leads, what the other protects is neglected. The switch has to happen, or the lean quietly becomes a settled choice.',
      SL,
      V17,
    ),
    atPole: 'phase',
  },
  {
    id: 'place',
    name: 'Separate it by place or level',
    summary: t(
      'Let different parts or levels of the collaboration favour different sides, for example a board that integrates while working groups keep each partner’s own ways.',
      PVV,
    ),
    gives: t('Each part can act clearly in its own way, while the collaboration as a whole keeps both sides.', PVV, SL),
    costs: t(
      'The parts have to be linked up. People who work across them feel the tension most sharply, and the parts can drift apart.',
      SL,
      V17,
    ),
  },
  {
    id: 'synthesis',
    name: 'Find a synthesis',
    summary: t(
      'Look for a new way of framing the issue or arranging the work that serves both sides at once, so that the difference itself becomes a resource.',
      PVV,
      'huxham-vangen-2005',
    ),
    gives: t(
      'When it works, this is where collaborative advantage comes from: partners’ differences are combined rather than traded off.',
      'huxham-vangen-2005',
      V17,
    ),
    costs: t(
      'It is hard to find and seldom final: new members, aims or pressures bring the tension back, so it has to be revisited.',
      SL,
      V17,
    ),
  },
  {
    id: 'compromise',
    name: 'A good-enough compromise for now',
    summary: t(
      'Settle on a workable middle position that both sides can live with for the time being, and agree when to look at it again.',
      V17,
      PAPER,
    ),
    gives: t('The work can move on without waiting for a perfect answer, which in collaboration rarely comes.', V17, PAPER),
    costs: t(
      'Each side gives something up, and a compromise nobody revisits can harden into a quiet settlement that suits no one.',
      V17,
    ),
  },
];
