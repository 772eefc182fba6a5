/**
 * The default Welsh content pack: the English pack (./en.ts) item for item, with the same ids, numbers and citations, its texts in Welsh (./cy/).
 * Written by translating the English pack, not the paper; what the English pack says of its facts and teaching
 * readings holds here too.
 */
import type { ContentPack } from '../types.js';
import { meta } from './cy/meta.js';
import { references } from './cy/references.js';
import { concepts } from './cy/concepts.js';
import { forms } from './cy/forms.js';
import { factors } from './cy/factors.js';
import { predictors } from './cy/predictors.js';
import { evolution } from './cy/evolution.js';
import { paperTensions, provanKenisTensions } from './cy/tensions.js';
import { readings } from './cy/readings.js';
import { comparison } from './cy/comparison.js';
import { eras } from './cy/eras.js';
import { cases } from './cy/cases.js';
import { responses } from './cy/responses.js';

/** The whole Welsh pack, laid out as the English one. */
export const cyPack: ContentPack = {
  ...meta,
  references,
  concepts,
  forms,
  factors,
  predictors,
  evolution,
  tensions: [...paperTensions, ...provanKenisTensions],
  readings,
  comparison,
  eras,
  cases,
  responses,
};
