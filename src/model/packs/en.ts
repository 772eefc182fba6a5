/**
 * The default English content pack.
 *
 * Facts and citations follow Vangen, Potter & Jacklin-Jarvis (2017) and the works it cites; every sentence is
 * written in the project's own words, short and plain, for undergraduate students (UK English).
 * Where a case carries form-picker levels, comparison positions or tension positions, these are the project's
 * teaching reading of the paper's facts, not findings reported in the paper.
 */
import type { ContentPack } from '../types.js';
import { meta } from './en/meta.js';
import { references } from './en/references.js';
import { concepts } from './en/concepts.js';
import { forms } from './en/forms.js';
import { factors } from './en/factors.js';
import { predictors } from './en/predictors.js';
import { evolution } from './en/evolution.js';
import { paperTensions, provanKenisTensions } from './en/tensions.js';
import { readings } from './en/readings.js';
import { comparison } from './en/comparison.js';
import { eras } from './en/eras.js';
import { cases } from './en/cases.js';
import { responses } from './en/responses.js';

/**
 * The whole pack. It is assembled from one module per collection (./en/), so that a widget's own file can carry
 * only the parts that widget shows (see `englishFor`); a lecturer's pack is always merged over this whole one.
 */
export const defaultPack: ContentPack = {
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
