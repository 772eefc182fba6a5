/**
 * The default content of <cg-tension-sliders>: every tension (a `tensions` attribute may pick any), concepts,
 * readings and the responses.
 */
import { englishFor } from '../../model/packs/en-part.js';
import { concepts } from '../../model/packs/en/concepts.js';
import { paperTensions, provanKenisTensions } from '../../model/packs/en/tensions.js';
import { readings } from '../../model/packs/en/readings.js';
import { responses } from '../../model/packs/en/responses.js';

export const tensionSlidersContent = englishFor({ concepts, tensions: [...paperTensions, ...provanKenisTensions], readings, responses });
