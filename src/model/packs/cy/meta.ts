/** The Welsh (cy) default pack's own fields (translation of ../en/meta.ts). */
import type { ContentPack } from '../../types.js';

export const meta: Pick<ContentPack, 'schemaVersion' | 'id' | 'lang' | 'title'> = {
  schemaVersion: 1,
  id: 'collabgov-cy',
  lang: 'cy',
  title: 'Llywodraethu cydweithrediadau mewn gwasanaethau cyhoeddus',
};
