/** English strings of the chrome every widget shares. */
export const core = {
  loading: 'Loading…',
  errorTitle: 'This activity could not load its content.',
  errorIntro: (n: number, source: string) =>
    `${n === 1 ? 'There is 1 problem' : `There are ${n} problems`} in the content pack (${source}). Please tell your lecturer.`,
  errorMore: (n: number) => `…and ${n} more (see the browser console).`,
  sourceProperty: 'set by the page',
  sourceInline: 'written in the page',
  sourceUrl: (url: string) => `loaded from ${url}`,
  sourceConfig: 'the widget’s settings',
  fetchFailed: (status: string) => `could not be loaded (${status}). Check the address and that the file is reachable.`,
  timedOut: (seconds: number) => `no answer within ${seconds} second${seconds === 1 ? '' : 's'}`,
  notJson: (detail: string) => `is not valid JSON: ${detail}`,
  checkerFailed: (detail: string) =>
    `The content checker could not be loaded (${detail}). Put collabgov-checks.js and collabgov-en.js (from dist/) in the same folder as the widget’s script.`,
  renderFailed: (detail: string) => `The activity hit an internal error: ${detail}`,
  storageUnavailable:
    'This browser is not letting the page save your work (private browsing or blocked storage). It is kept until you leave or reload the page.',
  saveFailed: 'Your latest changes could not be saved in this browser (storage may be full). They are kept until you leave the page.',
  stateSetAside: 'Saved work from an earlier visit could not be read, so it was set aside (not deleted) and this activity starts afresh.',
  stateMigrated: 'Your saved work from an earlier version was brought up to date.',
  dismiss: 'Dismiss',
  references: 'References',
  sources: 'Sources',
  from: (year: number) => `from ${year}`,
  era: (name: string, years: string) => `Era: ${name} (${years}).`,
  erasHeading: 'The eras of public service delivery',
  casesInEra: 'Cases:',
  since: 'Since the paper:',
  framing: 'Why this matters',
  facts: 'Facts:',
  // Description on request (src/core/describe.ts).
  whereAmI: 'Where am I?',
  keyboardHelp: 'Keyboard help',
  keysCommon: [
    ['Tab, Shift + Tab', 'Move to the next or the previous control.'],
    ['Enter or Space', 'Press the button in focus; open or close a section such as this one.'],
  ] as readonly (readonly [string, string])[],
};
