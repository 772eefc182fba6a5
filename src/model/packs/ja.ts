/**
 * The default Japanese content pack: the English pack (./en.ts) item for item, with the same ids, numbers and citations, its texts in Japanese (./ja/).
 * Written by translating the English pack, not the paper; what the English pack says of its facts and teaching
 * readings holds here too.
 */
import type { ContentPack } from '../types.js';
import { meta } from './ja/meta.js';
import { references } from './ja/references.js';
import { concepts } from './ja/concepts.js';
import { forms } from './ja/forms.js';
import { factors } from './ja/factors.js';
import { predictors } from './ja/predictors.js';
import { evolution } from './ja/evolution.js';
import { paperTensions, provanKenisTensions } from './ja/tensions.js';
import { readings } from './ja/readings.js';
import { comparison } from './ja/comparison.js';
import { eras } from './ja/eras.js';
import { cases } from './ja/cases.js';
import { responses } from './ja/responses.js';

/** The whole Japanese pack, laid out as the English one. */
export const jaPack: ContentPack = {
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
