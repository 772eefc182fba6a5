/**
 * The predictor table (Provan & Kenis 2008, Table 2): the conditions under which each form is most likely to be
 * effective. Part of the default English pack (../en.ts).
 */
import type { ContentPack } from '../../types.js';
import { PK } from './cite.js';

export const predictors: ContentPack['predictors'] = [
  { form: 'shared', factor: 'trust', level: 'high', label: 'High density', cite: [PK] },
  { form: 'shared', factor: 'participants', level: 'few', label: 'Few', cite: [PK] },
  { form: 'shared', factor: 'consensus', level: 'high', label: 'High', cite: [PK] },
  { form: 'shared', factor: 'competencies', level: 'low', label: 'Low', cite: [PK] },
  { form: 'lead', factor: 'trust', level: 'low', label: 'Low density, highly centralised', cite: [PK] },
  { form: 'lead', factor: 'participants', level: 'moderate', label: 'Moderate number', cite: [PK] },
  { form: 'lead', factor: 'consensus', level: 'moderately-low', label: 'Moderately low', cite: [PK] },
  { form: 'lead', factor: 'competencies', level: 'moderate', label: 'Moderate', cite: [PK] },
  { form: 'nao', factor: 'trust', level: 'moderate', label: 'Moderate density, NAO monitored by members', cite: [PK] },
  { form: 'nao', factor: 'participants', level: 'many', levels: ['moderate', 'many'], label: 'Moderate to many', cite: [PK] },
  { form: 'nao', factor: 'consensus', level: 'moderately-high', label: 'Moderately high', cite: [PK] },
  { form: 'nao', factor: 'competencies', level: 'high', label: 'High', cite: [PK] },
];
