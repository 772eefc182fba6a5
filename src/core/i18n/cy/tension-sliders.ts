/** Welsh strings of <cg-tension-sliders>'s chrome (the English is src/core/i18n/en/tension-sliders.ts). */
import type { Messages } from '../catalog.js';
import { num, plural, quote } from '../format.js';
import { and } from './core.js';

const fmt = (x: number) => num('cy', x);

/**
 * "of the 9 tensions": tyndra stays singular after a number, with the mutation the number causes when read
 * aloud (dau dyndra, tri thyndra, chwe thyndra). Pole names from the pack follow "i gyfeiriad" or "i begwn",
 * which do not mutate them.
 */
const tensionCount = (count: number) =>
  plural('cy', count, {
    zero: '{n} tyndra',
    one: '{n} tyndra',
    two: '{n} dyndra',
    few: '{n} thyndra',
    many: '{n} thyndra',
    other: '{n} tyndra',
  });

export const tensionSliders: Messages['tensionSliders'] = {
  title: 'Ble mae’r cydweithrediad yn sefyll ar bob tyndra?',
  intro:
    'Symudwch bob llithrydd i’r man lle mae’r cydweithrediad yn eistedd rhwng y ddau begwn, yna dewiswch sut mae’n ymdrin â’r tyndra hwnnw. Mae’r ddau begwn yn bwysig: mae safle’n dweud ble mae’n sefyll; mae’r ymateb yn dweud sut mae’r tyndra’n cael ei reoli.',
  presetFrom: (name: string) =>
    `Mae’r llithryddion yn dechrau lle mae’r prosiect hwn yn gosod ${name}. Symudwch nhw i’r man lle rydych chi’n credu ei fod yn sefyll.`,
  compareWith: (name: string) =>
    `Gosodwch y llithryddion eich hun, yna cymharwch eich safleoedd â’r ffordd y mae’r prosiect hwn yn dehongli ${name}.`,
  progress: (n: number, total: number) =>
    `${fmt(n)} o’r ${tensionCount(total)} wedi’u gosod neu wedi’u cadarnhau.`,
  // Positions in words (also the sliders' aria-valuetext).
  unset: 'heb ei osod eto',
  balanced: (a: string, b: string) => `yn gytbwys rhwng ${a} ${and(b)}`,
  slightly: (pole: string) => `yn gwyro ychydig i gyfeiriad ${pole}`,
  leaning: (pole: string) => `yn gwyro i gyfeiriad ${pole}`,
  strongly: (pole: string) => `yn gwyro’n gryf i gyfeiriad ${pole}`,
  resolved: (pole: string) => `wedi’i wthio’r holl ffordd i begwn ${pole}`,
  // What a position protects and risks.
  protects: (pole: string) => `Mae cadw i gyfeiriad ${pole} yn diogelu:`,
  risks: (pole: string) => `Y perygl o wthio ymhellach i gyfeiriad ${pole}:`,
  resolvedFlag: 'Wedi’i ddatrys, nid ei reoli',
  resolvedNote: (pole: string) =>
    `O’i wthio’r holl ffordd i begwn ${pole}, mae’r tyndra hwn yn cael ei ddatrys yn hytrach na’i reoli.`,
  lost: (pole: string) => `Mae’n ildio’r hyn y mae ${pole} yn ei ddiogelu:`,
  cost: 'Yr hyn y mae hynny’n tueddu i’w gostio:',
  phaseFlag: 'Ar un pegwn am y tro',
  // Responses: how the collaboration works with a tension.
  responseLabel: 'Sut mae’r cydweithrediad yn ymdrin â’r tyndra hwn?',
  noResponse: 'Dewiswch ymateb…',
  gives: 'Beth mae’n ei roi:',
  costs: 'Beth mae’n ei gostio:',
  example: 'Er enghraifft:',
  paperNote: 'Nodyn:',
  placeHint:
    'Symudwch bob llithrydd. I gadarnhau ble mae un yn sefyll heb ei symud, pwyswch ‘Dyma lle mae’n sefyll’ (y canol, oni bai bod achos yn ei osod).',
  about: 'Am y tyndra hwn',
  responseMore: (name: string) => `Beth mae ${quote('cy', name)} yn ei roi a’i gostio`,
  noteSummary: 'Eich nodyn',
  confirm: 'Dyma lle mae’n sefyll',
  confirmed: 'Wedi’i osod',
  noteLabel: (name: string) => `Eich nodyn am y tyndra: ${name}`,
  noteHint: 'Caiff ei gadw wrth i chi deipio.',
  // Compare mode.
  reference: (name: string) => `${name}:`,
  compareUnset: 'Gosodwch eich llithrydd i gymharu.',
  compareHidden: (name: string) =>
    `Gosodwch eich llithrydd yn gyntaf: yna bydd safle ${name} yn ymddangos ar yr un raddfa, gyda’r rhesymau drosto.`,
  refWhy: (name: string, pole: string) =>
    `Pam: mae’r prosiect hwn yn dehongli ${name} fel un sy’n cadw i gyfeiriad ${pole}, ac mae hynny’n diogelu:`,
  refWhyBalanced: (name: string) =>
    `Pam: mae’r prosiect hwn yn dehongli ${name} fel un sy’n cadw’r ddau begwn mewn cydbwysedd yma, fel nad yw’n ildio’r naill na’r llall.`,
  refBasis: 'Dehongliad addysgu o ffeithiau’r achos yw hwn:',
  compareClose: 'Mae’ch safle chi’n agos ato.',
  compareTowards: (pole: string) => `Rydych chi’n ei osod ymhellach i gyfeiriad ${pole}.`,
  // The overall picture.
  overall: 'Y darlun cyffredinol',
  figure: 'Ble mae’r cydweithrediad yn sefyll ar bob tyndra',
  you: 'Eich safle chi',
  caseMark: (name: string) => `${name} (dehongliad cyfeirio)`,
  resolvedMark: 'Wedi’i wthio i begwn (marc sgwâr)',
  readingTitle: 'Dehongliad cyffredinol',
  readingEmpty: 'Gosodwch o leiaf un llithrydd i weld dehongliad.',
  notScore: 'Dehongliad yw hwn, nid sgôr: does dim safle’n gywir nac yn anghywir.',
  resolvedList: 'Wedi’u gwthio i begwn:',
  responsesUsed: 'Yr ymatebion a ddewiswyd:',
  noResponseYet: 'Heb ymateb eto:',
  readingNames: {
    managed: 'tyndraoedd wedi’u rheoli',
    leaning: 'sawl tyndra yn gwyro',
    oneResolved: 'un tyndra wedi’i ddatrys',
    manyResolved: 'sawl tyndra wedi’u datrys',
    unmanaged: 'dim ymateb wedi’i ddewis eto',
    partlyManaged: 'rhai tyndraoedd heb ymateb',
  },
  liveBand: (name: string, words: string) => `${name}: ${words}.`,
  liveReading: (name: string) => `Dehongliad cyffredinol: ${name}.`,
  // "Where am I?" and the keyboard help (src/core/describe.ts).
  whereNext: (name: string) => `I’w osod nesaf: ${name}.`,
  keys: [
    ['Bysellau saeth ar lithrydd', 'Symud i gyfeiriad y naill begwn neu’r llall, fesul 5.'],
    ['Page Up, Page Down', 'Symud fesul camau mwy.'],
    ['Home, End', 'Ei wthio’r holl ffordd i’r pegwn cyntaf neu’r ail.'],
    ['Enter ar ‘Dyma lle mae’n sefyll’', 'Ei osod lle mae (y canol, neu safle’r achos).'],
    ['Bysellau saeth yn y rhestr o ymatebion', 'Dewis sut mae’r cydweithrediad yn ymdrin â’r tyndra hwnnw.'],
    ['Teipio mewn nodyn', 'Caiff eich nodyn ei gadw wrth i chi deipio.'],
  ] as readonly (readonly [string, string])[],
  // Export and print.
  download: 'Llwytho fy myfyrdod i lawr',
  print: 'Argraffu fy myfyrdod',
  fileName: 'fy-myfyrdod.md',
  mdTitle: 'Fy myfyrdod: tyndraoedd cydweithredu',
  mdPosition: 'Safle:',
  mdNote: 'Fy nodyn:',
  mdResponse: (name: string) => `Ymateb: ${name}.`,
  mdNoResponse: 'Ymateb: dim un wedi’i ddewis eto.',
  mdNoNote: 'Dim nodyn wedi’i ysgrifennu.',
  mdReferences: 'Cyfeiriadau',
  // Settings problems.
  badMode: (mode: string) =>
    `Y gwerth yw ${quote('cy', mode)}; defnyddiwch ${quote('cy', 'reflect')} neu ${quote('cy', 'compare')}.`,
  unknownTension: (id: string, known: string) =>
    `Mae’n enwi tyndra ${quote('cy', id)} nad yw yn y pecyn. Y tyndraoedd sy’n hysbys: ${known}.`,
  noTensions:
    'Nid yw’n enwi unrhyw dyndra. Rhowch ddynodyddion y tyndraoedd wedi’u gwahanu â chomâu, neu hepgorwch y gosodiad i gael naw tyndra’r papur.',
  unknownCase: (id: string, known: string) =>
    `Mae’n enwi achos ${quote('cy', id)} nad yw yn y pecyn. Yr achosion sy’n hysbys: ${known}.`,
  compareNeedsCase: `Y gwerth yw ${quote('cy', 'compare')}, ac mae angen achos i gymharu ag ef: ychwanegwch case="<dynodydd yr achos>".`,
  caseHasNoPositions: (id: string) =>
    `Mae’n enwi’r achos ${quote('cy', id)}, sydd heb safleoedd ar y tyndraoedd i’w cymharu â nhw.`,
};
