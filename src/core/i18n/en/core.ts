/** English strings of the chrome every widget shares. */
export const core = {
  loading: 'Loading…',
  errorTitle: 'This activity could not load.',
  errorSafe: 'Your saved work is safe: nothing has been changed or deleted. Please tell your lecturer, then try again later.',
  errorTitleAuthor: 'This activity cannot start until its content is fixed.',
  errorStudentsSee: 'Students would see that the activity could not load and that their saved work is safe.',
  errorForLecturer: (n: number, source: string) =>
    `For the lecturer: ${n === 1 ? '1 problem' : `${n} problems`} to fix${source ? ` in ${source}` : ''}`,
  errorMore: (n: number) => `…and ${n} more (see the browser console).`,
  sourceProperty: 'the content pack set by the page',
  sourceInline: 'the content pack written in the page',
  sourceUrl: (url: string) => `the content pack loaded from ${url}`,
  sourceConfig: 'the activity’s settings',
  fetchFailed: (status: string) => `could not be loaded (${status}). Check the address and that the file is reachable.`,
  timedOut: (seconds: number) => `no answer within ${seconds} second${seconds === 1 ? '' : 's'}`,
  notJson: (detail: string) => `is not valid JSON: ${detail}`,
  notJsonAt: (reason: string, line: number, column: number, excerpt: string) =>
    `is not valid JSON (${reason}) at line ${line}, column ${column}: ${excerpt}`,
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
};
