/** ネットワークがある形態から別の形態へ移行する傾向（英語版 ../en/evolution.ts の翻訳）。 */
import type { ContentPack } from '../../types.js';
import { t, PK } from '../en/cite.js';

export const evolution: ContentPack['evolution'] = [
  {
    from: 'shared',
    to: 'lead',
    likelihood: 'common',
    text: t(
      '共有型ネットワークが大きくなると全員での統治は遅くなり、参加組織の一つが調整役を引き受けることが多い。',
      PK,
    ),
  },
  {
    from: 'shared',
    to: 'nao',
    likelihood: 'common',
    text: t(
      '成長する共有型ネットワークは、とくに仕事が複雑になるにつれて、調整のための別組織を設けることがある。',
      PK,
    ),
  },
  {
    from: 'lead',
    to: 'nao',
    likelihood: 'possible',
    text: t(
      '主導組織型ネットワークは、仕事が一つの参加組織の手に余るようになったときや、他の参加組織がより中立的な調整役を望むときなどに、統治をNAOに委ねることがある。',
      PK,
    ),
  },
  {
    from: 'nao',
    to: 'shared',
    likelihood: 'rare',
    text: t('いったん別組織ができると、それを解体して参加組織どうしの統治に戻ることはまれである。', PK),
  },
  {
    from: 'lead',
    to: 'shared',
    likelihood: 'rare',
    text: t('単一の主導組織から、全参加組織による共同統治へ戻ることはめったにない。', PK),
  },
  {
    from: 'nao',
    to: 'lead',
    likelihood: 'rare',
    text: t('NAOの役割を一つの参加組織に戻すことは一般的ではない。', PK),
  },
];
