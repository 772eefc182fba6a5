/** 日本語版デフォルト・パックの固有フィールド（英語版 ../en/meta.ts の翻訳）。 */
import type { ContentPack } from '../../types.js';

export const meta: Pick<ContentPack, 'schemaVersion' | 'id' | 'lang' | 'title'> = {
  schemaVersion: 1,
  id: 'collabgov-ja',
  lang: 'ja',
  title: '公共サービスにおける協働の統治',
};
