/**
 * 予測要因の表（Provan & Kenis 2008, Table 2）：各形態が最も有効になりやすい条件（英語版 ../en/predictors.ts の翻訳）。
 */
import type { ContentPack } from '../../types.js';
import { PK } from '../en/cite.js';

export const predictors: ContentPack['predictors'] = [
  { form: 'shared', factor: 'trust', level: 'high', label: '高密度', cite: [PK] },
  { form: 'shared', factor: 'participants', level: 'few', label: '少数', cite: [PK] },
  { form: 'shared', factor: 'consensus', level: 'high', label: '高い', cite: [PK] },
  { form: 'shared', factor: 'competencies', level: 'low', label: '低い', cite: [PK] },
  { form: 'lead', factor: 'trust', level: 'low', label: '低密度・高度に集中', cite: [PK] },
  { form: 'lead', factor: 'participants', level: 'moderate', label: '中程度の数', cite: [PK] },
  { form: 'lead', factor: 'consensus', level: 'moderately-low', label: 'やや低い', cite: [PK] },
  { form: 'lead', factor: 'competencies', level: 'moderate', label: '中程度', cite: [PK] },
  { form: 'nao', factor: 'trust', level: 'moderate', label: '中密度・参加組織がNAOを監視', cite: [PK] },
  { form: 'nao', factor: 'participants', level: 'many', levels: ['moderate', 'many'], label: '中程度から多数', cite: [PK] },
  { form: 'nao', factor: 'consensus', level: 'moderately-high', label: 'やや高い', cite: [PK] },
  { form: 'nao', factor: 'competencies', level: 'high', label: '高い', cite: [PK] },
];
