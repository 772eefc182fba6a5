/** The default English pack's own fields. Part of the default English pack (../en.ts). */
import type { ContentPack } from '../../types.js';

export const meta: Pick<ContentPack, 'schemaVersion' | 'id' | 'lang' | 'title'> = {
  schemaVersion: 1,
  id: 'collabgov-en',
  lang: 'en',
  title: 'Governing collaborations in public services',
};
