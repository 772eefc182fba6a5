/**
 * What the widgets load only on demand. In the built files these imports point at files beside the script:
 * `./collabgov-checks.js` (zod, the pack's schemas, the saved-state schemas) and `./collabgov-en.js` (the whole
 * English pack, over which a lecturer's pack is merged; a one-widget file carries only its own part of it).
 */
import type { ContentPack } from '../model/types.js';

export const loadChecks = () => import('../model/checks.js');

let english: ContentPack | undefined;

/** Hands the whole English pack to every widget (a file that holds it anyway), so it is never fetched. */
export function provideEnglish(pack: ContentPack): void {
  english = pack;
}

export const loadEnglish = (): Promise<{ defaultPack: ContentPack }> =>
  english ? Promise.resolve({ defaultPack: english }) : import('../model/packs/en.js');
