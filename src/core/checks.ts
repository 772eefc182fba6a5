/**
 * What the widgets load only on demand. In the built files these imports point at files beside the script:
 * `./collabgov-checks.js` (zod and the pack's schemas) and `./collabgov-en.js` (the whole English pack, over which a
 * lecturer's pack is merged; a one-widget file carries only its own part of it).
 */
export const loadChecks = () => import('../model/checks.js');
export const loadEnglish = () => import('../model/packs/en.js');
