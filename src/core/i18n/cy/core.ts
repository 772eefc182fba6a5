/** Welsh strings of the chrome every widget shares (the English is src/core/i18n/en/core.ts). */
import type { Messages } from '../catalog.js';
import { num, plural, quote } from '../format.js';

const fmt = (x: number) => num('cy', x);

/** "1 problem to fix", "2 problems to fix"… in Welsh: the noun stays singular after a number, with the mutation
 * each number takes (un broblem, dwy broblem, tair problem, chwe phroblem). */
const toFix = (count: number) =>
  plural('cy', count, {
    zero: 'dim un broblem i’w chywiro',
    one: 'un broblem i’w chywiro',
    two: 'dwy broblem i’w cywiro',
    few: 'tair problem i’w cywiro',
    many: 'chwe phroblem i’w cywiro',
    other: '{n} problem i’w cywiro',
  });

/**
 * "and" before a name from the content pack: "ac" before a vowel, else "a" with the aspirate mutation it causes
 * (c, p, t become ch, ph, th: "a chonsensws ar nodau"). Acronyms such as NAO and words already mutated stay as they are.
 */
export function and(s: string): string {
  if (/^[aeiouwyâêîôûŵŷ]/i.test(s)) return `ac ${s}`;
  return /^[cpt][aeiouwylrnâêîôûŵŷ]/i.test(s) && !/^[ct]h/i.test(s) ? `a ${s[0]}h${s.slice(1)}` : `a ${s}`;
}

export const core: Messages['core'] = {
  loading: 'Wrthi’n llwytho…',
  errorTitle: 'Nid oedd modd llwytho’r gweithgaredd hwn.',
  errorSafe:
    'Mae’r gwaith rydych wedi’i gadw yn ddiogel: does dim byd wedi’i newid na’i ddileu. Rhowch wybod i’ch darlithydd, yna rhowch gynnig arall arni yn nes ymlaen.',
  errorTitleAuthor: 'Ni all y gweithgaredd hwn ddechrau nes bod ei gynnwys wedi’i gywiro.',
  errorStudentsSee: 'Byddai myfyrwyr yn gweld nad oedd modd llwytho’r gweithgaredd a bod y gwaith maen nhw wedi’i gadw yn ddiogel.',
  errorForLecturer: (n: number, source: string) =>
    `I’r darlithydd: ${toFix(n)}${source ? ` yn ${source}` : ''}`,
  errorMore: (n: number) =>
    `…${plural('cy', n, {
      zero: 'a dim un arall',
      one: 'ac un arall',
      two: 'a dwy arall',
      few: 'a thair arall',
      many: 'a chwech arall',
      other: 'a {n} arall',
    })} (gweler consol y porwr).`,
  sourceProperty: 'y pecyn cynnwys a osodwyd gan y dudalen',
  sourceInline: 'y pecyn cynnwys sydd wedi’i ysgrifennu yn y dudalen',
  sourceUrl: (url: string) => `y pecyn cynnwys a lwythwyd o ${url}`,
  sourceConfig: 'y gosodiadau a roddwyd i’r gweithgaredd',
  fetchFailed: (status: string) =>
    `Nid oedd modd ei lwytho (${status}). Gwiriwch y cyfeiriad a bod modd cyrraedd y ffeil.`,
  timedOut: (seconds: number) =>
    `dim ateb o fewn ${plural('cy', seconds, {
      zero: '{n} eiliad',
      one: 'un eiliad',
      two: 'dwy eiliad',
      few: 'tair eiliad',
      many: 'chwe eiliad',
      other: '{n} eiliad',
    })}`,
  notJson: (detail: string) => `Nid yw’n JSON dilys: ${detail}`,
  notJsonAt: (reason: string, line: number, column: number, excerpt: string) =>
    `Nid yw’n JSON dilys (${reason}) yn llinell ${fmt(line)}, colofn ${fmt(column)}: ${excerpt}`,
  checkerFailed: (detail: string) =>
    `Nid oedd modd llwytho’r gwiriwr cynnwys (${detail}). Rhowch collabgov-checks.js a collabgov-en.js (o dist/) yn yr un ffolder â sgript y teclyn.`,
  renderFailed: (detail: string) => `Cafodd y gweithgaredd wall mewnol: ${detail}`,
  storageUnavailable:
    'Nid yw’r porwr hwn yn gadael i’r dudalen gadw’ch gwaith (pori preifat, neu storfa wedi’i rhwystro). Caiff ei gadw nes i chi adael neu ail-lwytho’r dudalen.',
  saveFailed:
    'Nid oedd modd cadw’ch newidiadau diweddaraf yn y porwr hwn (efallai fod y storfa’n llawn). Cânt eu cadw nes i chi adael y dudalen.',
  stateSetAside:
    'Nid oedd modd darllen gwaith a gadwyd ar ymweliad cynharach, felly cafodd ei roi o’r neilltu (nid ei ddileu), ac mae’r gweithgaredd hwn yn dechrau o’r newydd.',
  stateMigrated: 'Mae’r gwaith a gadwoch gyda fersiwn gynharach wedi’i ddiweddaru.',
  stateRestored:
    'Mae’r gwaith a roddwyd o’r neilltu yn ôl. Mae’r hyn a ddangoswyd o’r blaen bellach wedi’i roi o’r neilltu yn ei le, felly gallwch newid yn ôl.',
  asideKept: 'Mae gwaith na allai’r gweithgaredd hwn ei ddarllen ar ymweliad cynharach wedi’i gadw o’r neilltu yn y porwr hwn.',
  asideRestorable: 'Gall y fersiwn hon ei ddarllen: gallwch ei adfer.',
  asideCut: (max: number) =>
    `Gellir ei adfer gyda phob nodyn wedi’i dorri i ${fmt(max)} nod; mae’r ffeil i’w llwytho i lawr yn cadw’r cyfan.`,
  asideUnreadable: 'Ni all y fersiwn hon ei ddarllen; llwythwch ef i lawr i’w gadw, a rhowch wybod i’ch darlithydd.',
  asideDownload: 'Ei lwytho i lawr',
  asideRestore: 'Ei adfer',
  asideDelete: 'Ei ddileu o’r porwr hwn',
  tabMerged: 'Mae’r newidiadau a wnaethoch i’r gweithgaredd hwn mewn tab neu ffenestr arall wedi’u cynnwys yma.',
  tabConflict:
    'Rydych wedi newid yr un ateb yma ac mewn tab neu ffenestr arall. Mae fersiwn y tab hwn wedi’i chadw; cafodd y llall ei rhoi o’r neilltu, nid ei dileu.',
  tabUnreadable:
    'Mae’r gweithgaredd hwn hefyd ar agor mewn tab neu ffenestr arall sydd â fersiwn fwy newydd, a honno wedi cadw gwaith na all y fersiwn hon ei ddarllen. Rhag i ddim gael ei drosysgrifo, nid yw’r tab hwn yn cadw mwyach: daliwch ati yn y llall.',
  dismiss: 'Cau',
  // Near a note's limits (core/note-limit.ts).
  noteCount: (used: number, max: number) => `${fmt(used)} / ${fmt(max)}`,
  noteLeft: (atMost: number, max: number) =>
    `Mae lle i ${fmt(atMost)} nod arall ar y mwyaf yn y nodyn hwn (mae’n dal ${fmt(max)}).`,
  noteFull: (max: number) => `Mae’r nodyn hwn yn llawn: mae’n dal ${fmt(max)} nod.`,
  lmsRoom: (about: number) =>
    `Gall yr LMS gadw tua ${fmt(about)} nod arall o’ch gwaith; y tu hwnt i hynny, caiff ei gadw yn y porwr hwn yn unig.`,
  lmsNoRoom:
    'Ni all yr LMS gadw rhagor o’ch gwaith: caiff yr hyn rydych yn ei ychwanegu nawr ei gadw yn y porwr hwn yn unig, ar y cyfrifiadur hwn.',
  references: 'Cyfeiriadau',
  sources: 'Ffynonellau',
  from: (year: number) => `o ${year}`,
  era: (name: string, years: string) => `Cyfnod: ${name} (${years}).`,
  erasHeading: 'Cyfnodau darparu gwasanaethau cyhoeddus',
  casesInEra: 'Achosion:',
  since: 'Ers y papur:',
  framing: 'Pam mae hyn yn bwysig',
  facts: 'Ffeithiau:',
  // Scored modes: attempts, the grade and the end summary (src/core/summary.ts; the rule in src/model/attempts.ts).
  attempt: (n: number, allowed: number) =>
    Number.isFinite(allowed) ? `Ymgais ${fmt(n)} o ${fmt(allowed)}` : `Ymgais ${fmt(n)}`,
  summaryHeading: (n: number) => `Ymgais ${fmt(n)} wedi’i chwblhau`,
  summaryScore: (raw: number, max: number) => `Eich sgôr: ${fmt(raw)} o ${fmt(max)}.`,
  summaryRight: 'Yn gywir:',
  summaryRevisit: 'I edrych arnynt eto:',
  summaryAllRight: 'Mae popeth yn gywir.',
  summaryNoneRight: 'Does dim byd yn gywir eto: ewch yn ôl dros adborth pob eitem.',
  grade: (grading: string, raw: number, max: number, done: number) =>
    grading === 'first'
      ? `Daw eich gradd o’ch ymgais gyntaf: ${fmt(raw)} o ${fmt(max)}.${done > 1 ? ' Ymarfer yw’r ymgeisiau diweddarach.' : ''}`
      : grading === 'last'
        ? `Daw eich gradd o’ch ymgais ddiweddaraf: ${fmt(raw)} o ${fmt(max)}.`
        : done > 1
          ? `Eich gradd yw’r orau o’ch ${plural('cy', done, {
              zero: '{n} ymgais',
              one: 'un ymgais',
              two: 'dwy ymgais',
              few: 'tair ymgais',
              many: 'chwe ymgais',
              other: '{n} ymgais',
            })}: ${fmt(raw)} o ${fmt(max)}.`
          : `Eich gradd yw’ch ymgais orau hyd yma: ${fmt(raw)} o ${fmt(max)}.`,
  earlier: (scores: string) => `Ymgeisiau cynharach: ${scores}.`,
  scoreOf: (raw: number, max: number) => `${fmt(raw)} o ${fmt(max)}`,
  retry: 'Rhowch gynnig arall arni',
  retryAsk: (n: number, raw: number, max: number, grading: string) =>
    `Dechrau ymgais ${fmt(n)}? Mae’n clirio pob ateb yn yr ymgais hon. Caiff sgôr yr ymgais hon (${fmt(raw)} o ${fmt(max)}) ei gadw${
      grading === 'last'
        ? ', ond bydd eich gradd yn dod o’r ymgais newydd ar ôl i chi ei chwblhau.'
        : grading === 'first'
          ? ', a bydd eich gradd yn aros yn radd eich ymgais gyntaf.'
          : ', a bydd eich gradd yn aros yn radd yr orau o’ch ymgeisiau.'
    }`,
  retryYes: (n: number) => `Ie, dechrau ymgais ${fmt(n)}`,
  retryNo: 'Na, cadw fy atebion',
  retryKept: 'Mae’ch atebion wedi’u cadw.',
  retryStarted: (n: number) => `Mae ymgais ${fmt(n)} wedi dechrau: mae pob eitem ar agor eto.`,
  noAttemptsLeft: 'Rydych wedi defnyddio pob ymgais a ganiateir.',
  finalAnswer: 'Eich ateb cyntaf sy’n cyfrif: ar ôl ei wirio, mae’n derfynol ar gyfer yr ymgais hon.',
  badGrading: (value: string) =>
    `Y gwerth yw ${quote('cy', value)}. Defnyddiwch ${quote('cy', 'best')} (y rhagosodiad), ${quote('cy', 'last')} neu ${quote('cy', 'first')}.`,
  badAttempts: (value: string) =>
    `Y gwerth yw ${quote('cy', value)}. Defnyddiwch rif cyfan, 1 neu fwy (1: dim ail gynnig), neu hepgorwch y gosodiad i beidio â gosod terfyn.`,
  // Description on request (src/core/describe.ts).
  whereAmI: 'Ble ydw i?',
  keyboardHelp: 'Help gyda’r bysellfwrdd',
  keysCommon: [
    ['Tab, Shift + Tab', 'Symud i’r rheolydd nesaf neu’r un blaenorol.'],
    ['Enter neu Space (y bylchwr)', 'Pwyso’r botwm sydd â’r ffocws; agor neu gau adran fel yr un hon.'],
  ] as readonly (readonly [string, string])[],
};
