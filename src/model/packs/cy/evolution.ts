/**
 * Welsh (cy) translation of ../en/evolution.ts: how networks tend to move from one form to another.
 * Forms, likelihoods and `cite` lists are identical to the English; only the texts are translated.
 */
import type { ContentPack } from '../../types.js';
import { t, PK } from '../en/cite.js';

export const evolution: ContentPack['evolution'] = [
  {
    from: 'shared',
    to: 'lead',
    likelihood: 'common',
    text: t(
      'Wrth i rwydwaith a rennir dyfu, mae llywodraethu gan bawb yn mynd yn araf, ac yn aml bydd un aelod yn cymryd y gwaith cydgysylltu drosodd.',
      PK,
    ),
  },
  {
    from: 'shared',
    to: 'nao',
    likelihood: 'common',
    text: t(
      'Gall rhwydwaith a rennir sy’n tyfu sefydlu corff ar wahân i’w gydgysylltu, yn enwedig wrth i’w waith fynd yn fwy cymhleth.',
      PK,
    ),
  },
  {
    from: 'lead',
    to: 'nao',
    likelihood: 'possible',
    text: t(
      'Gall rhwydwaith a lywodraethir gan sefydliad arweiniol drosglwyddo’r llywodraethu i NAO, er enghraifft pan fydd y gwaith yn mynd yn ormod i un aelod neu pan fydd aelodau eraill eisiau cydgysylltydd mwy niwtral.',
      PK,
    ),
  },
  {
    from: 'nao',
    to: 'shared',
    likelihood: 'rare',
    text: t('Unwaith y bydd corff ar wahân yn bodoli, anaml y bydd rhwydweithiau’n ei ddiddymu er mwyn mynd yn ôl i lywodraethu ymhlith ei gilydd.', PK),
  },
  {
    from: 'lead',
    to: 'shared',
    likelihood: 'rare',
    text: t('Anaml y bydd rhwydweithiau’n symud o un sefydliad arweiniol yn ôl at yr holl aelodau’n llywodraethu gyda’i gilydd.', PK),
  },
  {
    from: 'nao',
    to: 'lead',
    likelihood: 'rare',
    text: t('Mae’n anghyffredin i waith NAO gael ei drosglwyddo’n ôl i un o’r sefydliadau sy’n aelodau.', PK),
  },
];
