/** Welsh strings of <cg-table-comparator>'s chrome (the English is src/core/i18n/en/table-comparator.ts). */
import type { Messages } from '../catalog.js';
import { num, plural, quote } from '../format.js';
import { and } from './core.js';

const fmt = (x: number) => num('cy', x);

/** "the 3 rows": rhes is feminine, so yr un rhes, y ddwy res, y tair rhes, y chwe rhes. */
const rowCount = (count: number) =>
  plural('cy', count, {
    zero: '{n} rhes',
    one: 'un rhes',
    two: 'ddwy res',
    few: 'tair rhes',
    many: 'chwe rhes',
    other: '{n} rhes',
  });

/** A number of rows in figures, after a word such as "o’r" (2 res, with the soft mutation after "dwy"). */
const rowsN = (count: number) =>
  plural('cy', count, { zero: '{n} rhes', one: '{n} rhes', two: '{n} res', few: '{n} rhes', many: '{n} rhes', other: '{n} rhes' });

export const tableComparator: Messages['tableComparator'] = {
  title: 'cymharydd tablau',
  rowHeader: 'Mater',
  caption: (title: string) => title,
  rowsLegend: 'Rhesi i’w dangos',
  showAll: 'Dangos pob rhes',
  shownCount: (n: number, total: number) =>
    `${fmt(n)} o’r ${rowsN(total)} yn cael eu dangos`,
  noRows: 'Does dim rhes wedi’i dewis. Ticiwch o leiaf un rhes uchod i’w gweld.',
  highlight: 'Amlygu',
  highlightRow: (row: string) => `Amlygu’r rhes: ${row}`,
  stepOne: 'Un rhes ar y tro',
  previous: 'Y rhes flaenorol',
  next: 'Y rhes nesaf',
  rowOf: (i: number, n: number, row: string) => `Rhes ${fmt(i)} o ${fmt(n)}: ${row}`,
  definitional: 'Diffiniad',
  sortIntro: (a: string, b: string) =>
    `Rhowch bob datganiad yng ngholofn y rhesymeg mae’n ei dangos: ${a} neu ${b}. Defnyddiwch y botymau, neu lusgwch ddatganiad gerfydd ei ddolen i golofn.`,
  firstCounts:
    'Eich lleoliad cyntaf sy’n cyfrif: ar ôl i chi weld yr adborth, mae datganiad yn aros lle rhoesoch ef ar gyfer yr ymgais hon.',
  firstCountsCheck:
    'Gallwch symud datganiadau nes i chi bwyso ‘Gwirio’; ar ôl hynny, mae pob datganiad a wiriwyd yn aros lle mae ar gyfer yr ymgais hon.',
  placedUnder: (logic: string) => `Wedi’i osod yn y golofn: ${logic}.`,
  placedRow: (row: string) => `Rhes: ${row}.`,
  nowRow: 'Nawr dewiswch ei res.',
  checked: (n: number, right: number) =>
    `${plural('cy', n, {
      zero: 'Dim un datganiad wedi’i wirio',
      one: 'Un datganiad wedi’i wirio',
      two: 'Dau ddatganiad wedi’u gwirio',
      few: 'Tri datganiad wedi’u gwirio',
      many: 'Chwe datganiad wedi’u gwirio',
      other: '{n} datganiad wedi’u gwirio',
    })}: ${fmt(right)} yn gywir.`,
  nothingToCheck: 'Does dim byd newydd i’w wirio: rhowch ddatganiad mewn colofn yn gyntaf.',
  liveVerdict: (text: string, verdict: string) => `${quote('cy', text)}: ${verdict}`,
  sortIntroRow: 'Ar gyfer pob datganiad, dewiswch hefyd y rhes yn y tabl y mae’n perthyn iddi.',
  toSort: (n: number) =>
    `I’w didoli: ${plural('cy', n, {
      zero: 'dim un ar ôl',
      one: 'un ar ôl',
      two: 'dau ar ôl',
      few: 'tri ar ôl',
      many: 'chwech ar ôl',
      other: '{n} ar ôl',
    })}`,
  poolMore: (n: number) =>
    `${plural('cy', n, {
      zero: 'Dangosir y {n} nesaf',
      one: 'Dangosir yr un nesaf',
      two: 'Dangosir y ddau nesaf',
      few: 'Dangosir y tri nesaf',
      many: 'Dangosir y chwech nesaf',
      other: 'Dangosir y {n} nesaf',
    })}; daw rhagor wrth i chi eu gosod.`,
  allSorted: 'Mae pob datganiad wedi’i osod.',
  placeUnder: 'Rhoi yn y golofn',
  rowLabel: 'Rhes yn y tabl',
  chooseRow: 'Dewiswch res…',
  dragHandle: 'Llusgo',
  dropHere: 'Gollyngwch ddatganiadau yma',
  placedIn: (text: string, logic: string) => `Rhoddwyd ${quote('cy', text)} yn y golofn: ${logic}.`,
  rowChosen: (row: string) => `Rhes: ${row}. Nawr rhowch ef yng ngholofn un o’r ddwy resymeg.`,
  right: 'Cywir.',
  wrongLogic: (logic: string) => `Nid yn union: mae hwn yn dangos ${logic}.`,
  rightLogic: 'Y rhesymeg gywir.',
  wrongRow: (row: string) => `Mae’n perthyn i’r rhes ${quote('cy', row)}.`,
  check: 'Gwirio',
  checkHint: 'Rhowch ddatganiadau yn y colofnau, yna pwyswch ‘Gwirio’ i weld yr adborth.',
  score: (raw: number, max: number) => `Sgôr: ${fmt(raw)} o ${fmt(max)}`,
  progress: (placed: number, total: number) => `${fmt(placed)} o ${fmt(total)} wedi’u gosod`,
  finished: (raw: number, max: number) =>
    `Wedi gorffen: ${fmt(raw)} o ${plural('cy', max, {
      zero: '{n} pwynt',
      one: '{n} pwynt',
      two: '{n} bwynt',
      few: '{n} phwynt',
      many: '{n} phwynt',
      other: '{n} pwynt',
    })}.`,
  caseLabel: 'Achos',
  caseLead: (lead: string) => `Arweinydd: ${lead}.`,
  caseIntro: 'Gosodwch yr achos ar bob rhes rhwng y ddwy resymeg, a nodwch pam.',
  chooseCaseFirst: 'Dewiswch achos, yna gosodwch ef rhwng y ddwy resymeg fesul rhes.',
  pickCase: 'Dewiswch achos…',
  scaleLabel: (row: string) => `${row}: ble mae’r achos yn eistedd?`,
  notPlaced: 'Heb ei osod eto',
  placeBetween: 'Mae’n eistedd yn y canol',
  between: (a: string, b: string) => `Yn y canol rhwng ${a} ${and(b)}`,
  strongly: (logic: string) => `${logic} yn gryf`,
  mostly: (logic: string) => `${logic} yn bennaf`,
  slightly: (logic: string) => `${logic} i raddau bach`,
  whatTheySay: 'Beth mae’r ddwy resymeg yn ei ddweud',
  note: (row: string) => `Nodyn am y rhes: ${row}`,
  noteSummary: 'Eich nodyn',
  summary: 'Crynodeb',
  summaryNone: 'Gosodwch yr achos ar o leiaf un rhes i weld i ba gyfeiriad mae’n gwyro.',
  leansTo: (logic: string, strong: boolean) =>
    `At ei gilydd, mae’r achos yn gwyro${strong ? '’n gryf' : ''} i gyfeiriad ${logic}.`,
  balanced: 'At ei gilydd, mae’r achos yn eistedd rhwng y ddwy resymeg.',
  placedCount: (placed: number, total: number) =>
    `(${fmt(placed)} o’r ${rowsN(total)} wedi’u gosod)`,
  mixedOn: 'Mae’n gymysg ar:',
  notMixed: 'Nid yw’n gymysg ar unrhyw res a osodwyd.',
  towards: (logic: string) => `i gyfeiriad ${logic}`,
  inBetween: 'yn y canol',
  showReference: 'Cymharu â’r dehongliad cyfeirio',
  reference: (words: string) => `Dehongliad cyfeirio: ${words}`,
  referenceSummary: 'Y dehongliad cyfeirio, dros y rhesi a osodwyd gennych',
  refHidden: 'Gosodwch y rhes hon yn gyntaf: yna bydd y dehongliad cyfeirio yn ymddangos ar yr un raddfa, gyda’r rhesymau drosto.',
  refWhy: (logic: string) => `Pam: mae’r prosiect hwn yn dehongli’r achos yn agosach at resymeg ${logic} yma, lle:`,
  refWhyBetween: 'Pam: mae’r prosiect hwn yn dehongli’r achos fel un sy’n eistedd rhwng y ddwy resymeg yma, gydag ychydig o’r naill a’r llall.',
  refBasis: 'Dehongliad addysgu o ffeithiau’r achos yw hwn:',
  refNonePlaced: 'Gosodwch yr achos ar res i’w gymharu â’r dehongliad cyfeirio yno.',
  referenceNote:
    'Y dehongliad cyfeirio yw dehongliad addysgu’r prosiect hwn o ffeithiau’r papur, nid un o ganfyddiadau’r papur.',
  noReference: 'Nid oes dehongliad cyfeirio ar gyfer yr achos hwn yn y pecyn cynnwys.',
  // What each action did, for the live region (said once).
  allShown: (n: number) =>
    `Mae pob un o’r ${rowsN(n)} yn cael eu dangos.`,
  highlighted: (row: string) => `Mae’r rhes ${quote('cy', row)} wedi’i hamlygu.`,
  unhighlighted: (row: string) => `Nid yw’r rhes ${quote('cy', row)} wedi’i hamlygu mwyach.`,
  allRowsBack: (n: number) =>
    `Mae pob un o’r ${rowsN(n)} a ddewiswyd yn cael eu dangos eto.`,
  caseChosen: (name: string, rows: number) => `${name}: gosodwch ef ar bob un o’r ${rowCount(rows)}.`,
  leanNow: (words: string) => `Nawr: ${words}`,
  referenceShown: 'Mae’r dehongliad cyfeirio yn cael ei ddangos o dan bob rhes ac yn y crynodeb.',
  referenceHidden: 'Mae’r dehongliad cyfeirio wedi’i guddio.',
  // "Where am I?" and the keyboard help.
  whereNext: (text: string) => `I’w ddidoli nesaf: ${quote('cy', text)}`,
  whereCase: (name: string) => `Achos: ${name}.`,
  keys: {
    table: [
      ['Enter ar ‘Amlygu’', 'Amlygu’r rhes honno; pwyswch eto i ddileu’r amlygu.'],
      ['Space yn ‘Rhesi i’w dangos’', 'Ticio neu ddad-dicio rhes i’w dangos neu ei chuddio.'],
      ['Enter ar ‘Un rhes ar y tro’', 'Dangos un rhes; yna mae ‘Y rhes flaenorol’ ac ‘Y rhes nesaf’ yn camu drwyddynt.'],
    ],
    sort: [['Enter ar fotwm rhesymeg', 'Rhoi’r datganiad yng ngholofn y rhesymeg honno; mae’r ffocws yn symud i’r datganiad nesaf.']],
    sortByRow: [
      [
        'Bysellau saeth, neu lythrennau cyntaf enw rhes, yn ‘Rhes yn y tabl’',
        'Dewis y rhes y mae’r datganiad yn perthyn iddi, cyn ei osod.',
      ],
    ],
    case: [
      ['Bysellau saeth ar lithrydd', 'Symud yr achos i gyfeiriad y naill resymeg neu’r llall, fesul 10.'],
      ['Page Up, Page Down', 'Ei symud fesul camau mwy.'],
      ['Home, End', 'Ei roi’r holl ffordd wrth y rhesymeg gyntaf neu’r ail.'],
      ['Enter ar ‘Mae’n eistedd yn y canol’', 'Gosod yr achos yng nghanol y rhes honno.'],
    ],
    casePick: [['Bysellau saeth yn y rhestr o achosion', 'Dewis achos arall.']],
  } as Record<'table' | 'sort' | 'sortByRow' | 'case' | 'casePick', readonly (readonly [string, string])[]>,
};
