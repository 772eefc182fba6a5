/**
 * English strings of the notices the SCORM bridge raises about where the student's work is (src/lms/scorm.ts).
 * Only the SCORM launch page's script (embed.js) adds them (`addEnglish('lms', lms)`), so the widgets' own files
 * do not carry them.
 */
export const lms = {
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
  // The iframe page (embed.html): its error panel, and why a `src` in its address is refused (lms/embed-config.ts).
  embedTitle: 'This activity could not start.',
  embedIntro: 'Its address has a problem; please tell your lecturer.',
  embedCrashed: (detail: string) => `it hit an internal error: ${detail}`,
  srcTwoSlashes: (src: string) => `is "${src}", an address on another server (it starts with //). Give the pack's path beside embed.html, e.g. src=my-pack.json.`,
  srcNotAddress: (src: string) => `is "${src}", which is not an address.`,
  srcScheme: (src: string, own: string, scheme: string) =>
    `is "${src}": embed.html loads content packs only over ${own} from its own server, not as a ${scheme} address.`,
  srcOrigin: (src: string, theirs: string, own: string) =>
    `is "${src}", on another server (${theirs}). embed.html loads content packs only from its own server (${own}): put the pack beside embed.html and give its path, e.g. src=my-pack.json.`,
  // The embed page's title (src/lms/embed-title.ts): the activity, its mode and case.
  activityTitle: (name: string, mode: string, caseName?: string) => `${name} (${mode}${caseName ? `: ${caseName}` : ''}) – collabgov`,
  modeNames: {
    explore: 'explore',
    quiz: 'quiz',
    table: 'the table',
    sort: 'sort the statements',
    case: 'place a case',
    reflect: 'reflect',
    compare: 'compare',
  } as Record<string, string>,
};
