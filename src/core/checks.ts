/**
 * Loads the checker (`src/model/checks.ts`: zod, the pack's schemas, the saved-state schemas) on demand.
 * In the built files this import points at `./collabgov-checks.js`, beside the script that asks for it.
 */
export const loadChecks = () => import('../model/checks.js');
