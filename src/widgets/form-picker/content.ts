/**
 * The default content of <cg-form-picker>: the forms, factors, predictors, evolution and Provan–Kenis tensions, with
 * the concepts and eras it shows.
 */
import { englishFor } from '../../model/packs/en-part.js';
import { forms } from '../../model/packs/en/forms.js';
import { factors } from '../../model/packs/en/factors.js';
import { predictors } from '../../model/packs/en/predictors.js';
import { evolution } from '../../model/packs/en/evolution.js';
import { provanKenisTensions } from '../../model/packs/en/tensions.js';
import { concepts } from '../../model/packs/en/concepts.js';
import { eras } from '../../model/packs/en/eras.js';

export const formPickerContent = englishFor({ forms, factors, predictors, evolution, tensions: provanKenisTensions, concepts, eras });
