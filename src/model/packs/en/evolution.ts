/** How networks tend to move from one form to another. Part of the default English pack (../en.ts). */
import type { ContentPack } from '../../types.js';
import { t, PK } from './cite.js';

export const evolution: ContentPack['evolution'] = [
  {
    from: 'shared',
    to: 'lead',
    likelihood: 'common',
    text: t(
      'As a shared network grows, governing by everyone becomes slow, and one member often takes over the coordinating.',
      PK,
    ),
  },
  {
    from: 'shared',
    to: 'nao',
    likelihood: 'common',
    text: t(
      'A growing shared network may set up a separate body to coordinate it, especially as its work gets more complex.',
      PK,
    ),
  },
  {
    from: 'lead',
    to: 'nao',
    likelihood: 'possible',
    text: t(
      'A lead-organisation network may hand governing to an NAO, for example when the work outgrows one member or others want a more neutral coordinator.',
      PK,
    ),
  },
  {
    from: 'nao',
    to: 'shared',
    likelihood: 'rare',
    text: t('Once a separate body exists, networks seldom dismantle it to go back to governing among themselves.', PK),
  },
  {
    from: 'lead',
    to: 'shared',
    likelihood: 'rare',
    text: t('Networks rarely move from a single lead back to all members governing together.', PK),
  },
  {
    from: 'nao',
    to: 'lead',
    likelihood: 'rare',
    text: t('Handing an NAO’s job back to one member organisation is uncommon.', PK),
  },
];
