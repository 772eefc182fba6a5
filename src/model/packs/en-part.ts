/**
 * `englishFor(parts)`: the default English content for a file that holds one widget. It carries the references,
 * the cases and the parts that widget shows; the other collections are empty. So `form-picker.js` need not carry
 * Table 2 or the paper's tensions. A lecturer's pack is still merged over the whole pack (`./en.ts`), which the
 * widget then loads on demand, so a pack is checked the same way whichever file shows it.
 */
import type { Cited, ContentPack } from '../types.js';
import { meta } from './en/meta.js';
import { references } from './en/references.js';
import { cases } from './en/cases.js';

type Part = Omit<ContentPack, keyof typeof meta | 'references' | 'cases'>;

const none: Cited = { text: '', cite: [] };
const noLogic = { id: '', name: '', summary: none };

const empty: Part = {
  concepts: [],
  forms: [],
  factors: [],
  predictors: [],
  evolution: [],
  tensions: [],
  readings: { managed: none, leaning: none, oneResolved: none, manyResolved: none, unmanaged: none, partlyManaged: none, tensionOpen: none, tensionSettled: none, tensionPhase: none },
  comparison: { title: '', intro: none, logics: [noLogic, noLogic], rows: [], statements: [] },
  eras: [],
  responses: [],
};

export function englishFor(parts: Partial<Part>): ContentPack {
  return { ...meta, references, cases, ...empty, ...parts };
}
