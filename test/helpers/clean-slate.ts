import { setStateStore } from '../../src/core/persistence.js';

/**
 * For a describe block: each test starts with empty localStorage and the default state store, and the widgets'
 * expected console warnings (storage faults, invalid packs) are kept out of the test output. Returns the
 * warnings of the running test, for tests that assert on them.
 */
export function cleanSlate(): { warnings: unknown[][]; messages(): string[] } {
  const seen = {
    warnings: [] as unknown[][],
    /** Each warning of the running test as one line of text. */
    messages: () => seen.warnings.map((w) => w.map(String).join(' ')),
  };
  let warn: typeof console.warn;
  beforeEach(() => {
    localStorage.clear();
    seen.warnings = [];
    warn = console.warn;
    console.warn = (...args: unknown[]) => seen.warnings.push(args);
  });
  afterEach(() => {
    console.warn = warn;
    setStateStore(() => window.localStorage);
  });
  return seen;
}
