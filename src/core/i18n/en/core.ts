import { num, plural } from '../format.js';

/** English strings of the chrome every widget shares. */
export const core = {
  loading: 'Loading…',
  errorTitle: 'This activity could not load.',
  errorSafe: 'Your saved work is safe: nothing has been changed or deleted. Please tell your lecturer, then try again later.',
  errorTitleAuthor: 'This activity cannot start until its content is fixed.',
  errorStudentsSee: 'Students would see that the activity could not load and that their saved work is safe.',
  errorForLecturer: (n: number, source: string) =>
    `For the lecturer: ${plural('en', n, { one: '{n} problem', other: '{n} problems' })} to fix${source ? ` in ${source}` : ''}`,
  errorMore: (n: number) => `…and ${n} more (see the browser console).`,
  sourceProperty: 'the content pack set by the page',
  sourceInline: 'the content pack written in the page',
  sourceUrl: (url: string) => `the content pack loaded from ${url}`,
  sourceConfig: 'the activity’s settings',
  fetchFailed: (status: string) => `could not be loaded (${status}). Check the address and that the file is reachable.`,
  timedOut: (seconds: number) => `no answer within ${plural('en', seconds, { one: '{n} second', other: '{n} seconds' })}`,
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
  stateRestored: 'The work that was set aside is back. What was shown before is now set aside in its place, so you can swap back.',
  asideKept: 'Work this activity could not read on an earlier visit is kept aside in this browser.',
  asideRestorable: 'This version can read it: you can restore it.',
  asideCut: (max: number) => `It can be restored with each note cut to ${num('en', max)} characters; the download keeps all of it.`,
  asideUnreadable: 'This version cannot read it; download it to keep it, and tell your lecturer.',
  asideDownload: 'Download it',
  asideRestore: 'Restore it',
  asideDelete: 'Delete it from this browser',
  tabMerged: 'Changes you made to this activity in another tab or window were brought in here.',
  tabConflict:
    'You changed the same answer here and in another tab or window. This tab’s version is kept; the other one was set aside, not deleted.',
  tabUnreadable:
    'This activity is also open in another tab or window with a newer version, which saved work this one cannot read. So that nothing is overwritten, this tab no longer saves: carry on in the other one.',
  dismiss: 'Dismiss',
  // Near a note's limits (core/note-limit.ts).
  noteCount: (used: number, max: number) => `${num('en', used)} / ${num('en', max)}`,
  noteLeft: (atMost: number, max: number) =>
    `At most ${num('en', atMost)} more characters fit in this note (it holds ${num('en', max)}).`,
  noteFull: (max: number) => `This note is full: it holds ${num('en', max)} characters.`,
  lmsRoom: (about: number) =>
    `The LMS can store about ${num('en', about)} more characters of your work; beyond that it is kept only in this browser.`,
  lmsNoRoom: 'The LMS cannot store more of your work: what you add now is kept only in this browser, on this computer.',
  references: 'References',
  sources: 'Sources',
  from: (year: number) => `from ${year}`,
  era: (name: string, years: string) => `Era: ${name} (${years}).`,
  erasHeading: 'The eras of public service delivery',
  casesInEra: 'Cases:',
  since: 'Since the paper:',
  framing: 'Why this matters',
  facts: 'Facts:',
  // Scored modes: attempts, the grade and the end summary (src/core/summary.ts; the rule in src/model/attempts.ts).
  attempt: (n: number, allowed: number) => (Number.isFinite(allowed) ? `Attempt ${n} of ${allowed}` : `Attempt ${n}`),
  summaryHeading: (n: number) => `Attempt ${n} finished`,
  summaryScore: (raw: number, max: number) => `Your score: ${raw} of ${max}.`,
  summaryRight: 'Right:',
  summaryRevisit: 'To revisit:',
  summaryAllRight: 'Everything is right.',
  summaryNoneRight: 'Nothing is right yet: go back over each item’s feedback.',
  grade: (grading: string, raw: number, max: number, done: number) =>
    grading === 'first'
      ? `Your grade comes from your first attempt: ${raw} of ${max}.${done > 1 ? ' Later attempts are practice.' : ''}`
      : grading === 'last'
        ? `Your grade comes from your latest attempt: ${raw} of ${max}.`
        : done > 1
          ? `Your grade is the best of your ${done} attempts: ${raw} of ${max}.`
          : `Your grade is your best attempt so far: ${raw} of ${max}.`,
  earlier: (scores: string) => `Earlier attempts: ${scores}.`,
  scoreOf: (raw: number, max: number) => `${raw} of ${max}`,
  retry: 'Try again',
  retryAsk: (n: number, raw: number, max: number, grading: string) =>
    `Start attempt ${n}? It clears every answer of this attempt. This attempt’s score (${raw} of ${max}) is kept${
      grading === 'last' ? ', but your grade will come from the new attempt once you finish it.' : grading === 'first' ? ', and your grade stays that of your first attempt.' : ', and your grade stays the best of your attempts.'
    }`,
  retryYes: (n: number) => `Yes, start attempt ${n}`,
  retryNo: 'No, keep my answers',
  retryKept: 'Your answers are kept.',
  retryStarted: (n: number) => `Attempt ${n} started: every item is open again.`,
  noAttemptsLeft: 'You have used every attempt allowed.',
  finalAnswer: 'Your first answer counts: once checked it is final for this attempt.',
  badGrading: (value: string) => `is "${value}". Use "best" (the default), "last" or "first".`,
  badAttempts: (value: string) => `is "${value}". Use a whole number of 1 or more (1: no retry), or leave it out for no limit.`,
  // Description on request (src/core/describe.ts).
  whereAmI: 'Where am I?',
  keyboardHelp: 'Keyboard help',
  keysCommon: [
    ['Tab, Shift + Tab', 'Move to the next or the previous control.'],
    ['Enter or Space', 'Press the button in focus; open or close a section such as this one.'],
  ] as readonly (readonly [string, string])[],
};
