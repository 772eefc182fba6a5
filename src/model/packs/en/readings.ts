/**
 * Texts for the tension sliders' overall reading (the rule is in src/model/tension-reading.ts). Part of the default
 * English pack (../en.ts).
 */
import type { ContentPack } from '../../types.js';
import { t, PAPER } from './cite.js';

export const readings: ContentPack['readings'] = {
  tensionOpen: t('A position alone does not say how the tension is managed: choose how the collaboration works with it.', 'vangen-2017'),
  tensionSettled: t(
    'This response keeps both sides in play, but the slider is at a pole: as placed, the tension is settled rather than managed.',
    'vangen-2017',
  ),
  tensionPhase: t('All the way to one pole for a phase: plan when the other side gets its turn.', 'smith-lewis-2011', 'poole-van-de-ven-1989'),
  managed: t(
    'Every tension you placed has a way of working with it that keeps both sides in play, or leans one way for a phase. That is what managing paradox looks like: not a point on the line, but a response that is revisited as things change.',
    'vangen-2017',
    'poole-van-de-ven-1989',
  ),
  leaning: t(
    'Responses are chosen, but three or more tensions lean clearly one way under responses meant to keep both sides in play. Check that the weaker side of each still gets attention: what it protects is where trouble tends to show first.',
    'vangen-2017',
  ),
  oneResolved: t(
    'One tension is pushed all the way to a pole, with no plan to swing back. It is being settled rather than managed: the collaboration has chosen one side and given up what the other protects. Read that pole’s risk: it is the likely cost.',
    'vangen-2017',
  ),
  manyResolved: t(
    'Several tensions are pushed to their poles at once, each settled rather than managed, and what the abandoned sides protected is given up. This project reads that as a warning sign rather than a finding of the paper: the paper concludes that collaborations without careful management are more likely to slide into inertia than to achieve advantage.',
    'vangen-2017',
    PAPER,
  ),
  unmanaged: t(
    'You have said where the collaboration stands, but not yet how it works with each tension. A position, even a balanced one, is not the same as managing the tension: choose a response for each tension you placed.',
    'vangen-2017',
  ),
  partlyManaged: t(
    'Some tensions have a response, others not yet. Choose how the collaboration works with the rest, including those in the balance: a balanced position alone does not say how a tension is handled.',
    'vangen-2017',
  ),
};
