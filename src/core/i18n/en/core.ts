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
  lmsFull:
    'Your work is now larger than this course’s LMS can store. All of it is kept in this browser, on this computer; the LMS keeps your work as it was before it grew too large. Shorter notes let the LMS hold all of it again.',
  lmsNearlyFull: 'Your work is close to the most this course’s LMS can store. Beyond that, new work is kept only in this browser, on this computer.',
  lmsUnreadable:
    'The work the LMS saved for you earlier could not be read by this version of the activity (it may have been cut short, or come from a newer version). It is left untouched in the LMS; what you do now is kept in this browser only, on this computer. Please tell your lecturer.',
  lmsRestored: 'Your latest work had not reached the LMS when you last left. It was restored from this browser and is being saved to the LMS now.',
  lmsNewerElsewhere:
    'Your latest work was too large for the LMS, so it is only in the browser of the computer where you did it. This is your work as the LMS last held it.',
  lmsBackupSetAside:
    'This browser had work that never reached the LMS, but the LMS has newer work, which is shown. The older copy was kept aside in this browser, not deleted.',
  lmsSaveFailing:
    'The LMS is not accepting your work right now (your login may have expired). Your work is kept in this browser and is sent as soon as the LMS answers. If this stays, open the activity again from the course page.',
  dismiss: 'Dismiss',
  references: 'References',
  sources: 'Sources',
};
