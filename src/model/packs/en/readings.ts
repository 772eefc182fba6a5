/** Texts for the tension sliders’ overall reading. Part of the default English pack (../en.ts). */
import type { ContentPack } from '../../types.js';
import { t } from './cite.js';

export const readings: ContentPack['readings'] = {
  managed: t(
    'Every tension is held away from its poles. This is what managing paradox looks like: the collaboration lives with good-enough compromises instead of trying to settle each tension for good.',
    'vangen-2017',
  ),
  leaning: t(
    'Several tensions lean clearly one way, but none is pushed to a pole. Leaning can be sensible for now. Keep an eye on what the weaker side of each tension protects, because that is where trouble will show first.',
    'vangen-2017',
  ),
  oneResolved: t(
    'One tension is pushed all the way to a pole. It is being resolved rather than managed: the collaboration has picked one side and given up what the other side protects. Read that pole’s risk, because this is the cost the collaboration is likely to pay.',
    'vangen-2017',
  ),
  manyResolved: t(
    'Several tensions are pushed to their poles at once. Settling many tensions one way is a warning sign of collaborative inertia: what the abandoned sides protected is lost, progress slows and the work becomes a hard grind.',
    'huxham-vangen-2005',
    'vangen-2017',
  ),
};
