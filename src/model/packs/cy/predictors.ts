/**
 * Welsh (cy) translation of ../en/predictors.ts: the predictor table (Provan & Kenis 2008, Table 2), the conditions
 * under which each form is most likely to be effective. Forms, factors, levels and `cite` lists are identical to the
 * English; only the labels are translated (in the words of the level labels in ./factors.ts).
 */
import type { ContentPack } from '../../types.js';
import { PK } from '../en/cite.js';

export const predictors: ContentPack['predictors'] = [
  { form: 'shared', factor: 'trust', level: 'high', label: 'Dwysedd uchel', cite: [PK] },
  { form: 'shared', factor: 'participants', level: 'few', label: 'Ychydig', cite: [PK] },
  { form: 'shared', factor: 'consensus', level: 'high', label: 'Uchel', cite: [PK] },
  { form: 'shared', factor: 'competencies', level: 'low', label: 'Isel', cite: [PK] },
  { form: 'lead', factor: 'trust', level: 'low', label: 'Dwysedd isel, canoledig iawn', cite: [PK] },
  { form: 'lead', factor: 'participants', level: 'moderate', label: 'Nifer cymedrol', cite: [PK] },
  { form: 'lead', factor: 'consensus', level: 'moderately-low', label: 'Gweddol isel', cite: [PK] },
  { form: 'lead', factor: 'competencies', level: 'moderate', label: 'Cymedrol', cite: [PK] },
  { form: 'nao', factor: 'trust', level: 'moderate', label: 'Dwysedd cymedrol, yr aelodau’n monitro’r NAO', cite: [PK] },
  { form: 'nao', factor: 'participants', level: 'many', levels: ['moderate', 'many'], label: 'Cymedrol i lawer', cite: [PK] },
  { form: 'nao', factor: 'consensus', level: 'moderately-high', label: 'Gweddol uchel', cite: [PK] },
  { form: 'nao', factor: 'competencies', level: 'high', label: 'Uchel', cite: [PK] },
];
