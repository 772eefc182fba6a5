/**
 * Welsh strings of the notices the SCORM bridge raises about where the student's work is (src/lms/scorm.ts), and of
 * the iframe page (the English is src/core/i18n/en/lms.ts).
 */
import type { Messages } from '../catalog.js';
import { quote } from '../format.js';

export const lms: Messages['lms'] = {
  lmsFull:
    'Mae’ch gwaith bellach yn fwy nag y gall LMS y cwrs hwn ei gadw. Mae’r cyfan wedi’i gadw yn y porwr hwn, ar y cyfrifiadur hwn; mae’r LMS yn cadw’ch gwaith fel yr oedd cyn iddo fynd yn rhy fawr. Gyda nodiadau byrrach, gall yr LMS ddal y cyfan eto.',
  lmsNearlyFull:
    'Mae’ch gwaith yn agos at y mwyaf y gall LMS y cwrs hwn ei gadw. Y tu hwnt i hynny, caiff gwaith newydd ei gadw yn y porwr hwn yn unig, ar y cyfrifiadur hwn.',
  lmsUnreadable:
    'Nid oedd y fersiwn hon o’r gweithgaredd yn gallu darllen y gwaith a gadwodd yr LMS i chi o’r blaen (efallai iddo gael ei dorri’n fyr, neu ddod o fersiwn fwy newydd). Mae wedi’i adael fel yr oedd yn yr LMS; caiff yr hyn rydych yn ei wneud nawr ei gadw yn y porwr hwn yn unig, ar y cyfrifiadur hwn. Rhowch wybod i’ch darlithydd.',
  lmsRestored:
    'Nid oedd eich gwaith diweddaraf wedi cyrraedd yr LMS pan adawoch y tro diwethaf. Cafodd ei adfer o’r porwr hwn ac mae’n cael ei gadw yn yr LMS nawr.',
  lmsNewerElsewhere:
    'Roedd eich gwaith diweddaraf yn rhy fawr i’r LMS, felly dim ond ym mhorwr y cyfrifiadur lle gwnaethoch ef y mae. Dyma’ch gwaith fel yr oedd gan yr LMS y tro diwethaf.',
  lmsBackupSetAside:
    'Roedd gan y porwr hwn waith na chyrhaeddodd yr LMS erioed, ond mae gan yr LMS waith mwy newydd, a hwnnw a ddangosir. Cafodd y copi hŷn ei gadw o’r neilltu yn y porwr hwn, nid ei ddileu.',
  lmsSaveFailing:
    'Nid yw’r LMS yn derbyn eich gwaith ar hyn o bryd (efallai fod eich sesiwn mewngofnodi wedi dod i ben). Mae’ch gwaith wedi’i gadw yn y porwr hwn a chaiff ei anfon cyn gynted ag y bydd yr LMS yn ateb. Os yw hyn yn parhau, agorwch y gweithgaredd eto o dudalen y cwrs.',
  // The iframe page (embed.html): its error panel, and why a `src` in its address is refused (lms/embed-config.ts).
  embedTitle: 'Nid oedd modd dechrau’r gweithgaredd hwn.',
  embedIntro: 'Mae problem gyda’i gyfeiriad; rhowch wybod i’ch darlithydd.',
  embedCrashed: (detail: string) => `Cafodd wall mewnol: ${detail}`,
  srcTwoSlashes: (src: string) =>
    `Y gwerth yw ${quote('cy', src)}, cyfeiriad ar weinydd arall (mae’n dechrau â //). Rhowch lwybr y pecyn wrth ymyl embed.html, e.e. src=my-pack.json.`,
  srcNotAddress: (src: string) => `Y gwerth yw ${quote('cy', src)}, ac nid cyfeiriad yw hwnnw.`,
  srcScheme: (src: string, own: string, scheme: string) =>
    `Y gwerth yw ${quote('cy', src)}: mae embed.html yn llwytho pecynnau cynnwys dros ${own} o’i weinydd ei hun yn unig, nid fel cyfeiriad ${scheme}.`,
  srcOrigin: (src: string, theirs: string, own: string) =>
    `Y gwerth yw ${quote('cy', src)}, ar weinydd arall (${theirs}). Mae embed.html yn llwytho pecynnau cynnwys o’i weinydd ei hun yn unig (${own}): rhowch y pecyn wrth ymyl embed.html a rhowch ei lwybr, e.e. src=my-pack.json.`,
  // The embed page's title (src/lms/embed-title.ts): the activity, its mode and case.
  activityTitle: (name: string, mode: string, caseName?: string) =>
    `${name} (${mode}${caseName ? `: ${caseName}` : ''}) – collabgov`,
  modeNames: {
    explore: 'archwilio',
    quiz: 'cwis',
    table: 'y tabl',
    sort: 'didoli’r datganiadau',
    case: 'gosod achos',
    reflect: 'myfyrio',
    compare: 'cymharu',
  } as Record<string, string>,
};
