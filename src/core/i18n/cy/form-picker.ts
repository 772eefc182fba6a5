/** Welsh strings of <cg-form-picker>'s chrome (the English is src/core/i18n/en/form-picker.ts). */
import type { Messages } from '../catalog.js';
import { num, plural, quote } from '../format.js';
import { and } from './core.js';

const fmt = (x: number) => num('cy', x);

/** "a, b a c" (Welsh has no comma before the last "a"). */
const list = (items: string[]) =>
  items.length < 2 ? items.join('') : `${items.slice(0, -1).join(', ')} ${and(items[items.length - 1])}`;

/** "Cymedrol i lawer" -> "cymedrol i lawer"; "NAO" stays as it is. */
const lowerFirst = (s: string) => (/^[A-ZÂÊÎÔÛŴŶ][a-zâêîôûŵŷ]/.test(s) ? s[0].toLowerCase() + s.slice(1) : s);

/** "3 factors" with the noun singular after the number (ffactor does not mutate). */
const factorCount = (count: number) =>
  plural('cy', count, {
    zero: '{n} ffactor',
    one: 'un ffactor',
    two: 'dau ffactor',
    few: 'tri ffactor',
    many: 'chwe ffactor',
    other: '{n} ffactor',
  });

export const formPicker: Messages['formPicker'] = {
  list,
  title: 'Pa ffurf lywodraethu sy’n addas?',
  intro:
    'Disgrifiwch gydweithrediad yn ôl y pedwar ffactor isod. Mae’r dehongliad yn dangos i ba raddau y mae’n bodloni’r amodau lle mae pob ffurf ar lywodraethu rhwydweithiau yn tueddu i weithio, a ble mae’n eistedd mewn cyfuniad o’r ffurfiau.',
  // The forms by their full names, where the widget first names them (their short names follow, e.g. NAO).
  formsAre: (names: string[]) => `Y ffurfiau mae’n eu hystyried: ${list(names)}.`,
  quizTitle: 'Cwis: pa ffurf sy’n llywodraethu pob achos?',
  quizIntro:
    'Ar gyfer pob achos, dewiswch y ffurf lywodraethu sydd agosaf ato, yna gwiriwch eich ateb. Eich ateb cyntaf sy’n cyfrif: ar ôl ei wirio, mae’n derfynol ar gyfer yr ymgais hon.',
  casePicker: 'Cydweithrediad',
  ownCase: 'Eich cydweithrediad eich hun',
  caseHeading: (name: string) => `Achos: ${name}`,
  noPreset: 'Nid yw’r cynnwys yn rhoi lefelau’r ffactorau ar gyfer yr achos hwn; gosodwch nhw eich hun.',
  resetCase: 'Ailosod i lefelau’r achos',
  clear: 'Clirio pob ffactor',
  factorsHeading: 'Ffactorau',
  readingHeading: 'Dehongliad',
  supports: (forms: string[]) => `Yn cefnogi ${list(forms)}.`,
  contradicts: (forms: string[]) => `Yn cyfrif yn erbyn ${list(forms)}.`,
  noWord: 'Nid yw’n ffafrio un ffurf yn benodol.',
  fitOf: (name: string, met: number, set: number, near: number) =>
    `${name}: ${fmt(met)} o’r ${plural('cy', set, {
      zero: '{n} amod',
      one: '{n} amod',
      two: '{n} amod',
      few: '{n} amod',
      many: '{n} amod',
      other: '{n} amod',
    })} wedi’u bodloni${near ? `; un cam i ffwrdd: ${fmt(near)}` : ''}.`,
  against: (factors: string[]) => `Yn gwrthdaro o ran ${list(factors)}.`,
  best: (name: string) => `Mwyaf addas: ${name}.`,
  partial: (name: string) => `Agosaf: ${name}, ond dim ond yn rhannol y mae’n addas.`,
  tie: (names: string[]) => `Mae ${list(names)} yr un mor addas â’i gilydd.`,
  noFit: 'Does dim ffurf yn addas iawn: mae pob un yn gwrthdaro â ffactor.',
  none: (n: number) => `Mae angen gosod o leiaf ${factorCount(n)} i weld dehongliad.`,
  tooFew: (n: number) => `Ni all un ffactor ar ei ben ei hun benderfynu: mae angen gosod o leiaf ${factorCount(n)}.`,
  aboutFit: 'Sut mae’r dehongliad yn gweithio',
  aboutBlend: 'Beth mae’r triongl yn ei ddangos',
  readingNow: 'Y dehongliad nawr:',
  seeReading: 'Gweld y dehongliad cyfan',
  missing: (names: string[]) => `I’w gosod o hyd: ${list(names)}.`,
  blendHeading: 'Cyfuniad o’r ffurfiau',
  keys: 'I symud eich pwynt: llusgwch ef, neu rowch y ffocws arno a defnyddiwch y bysellau saeth (Shift i gymryd camau mwy); mae Home yn ei roi’n ôl yn y canol.',
  pointName: 'Eich pwynt yn y triongl',
  pointRole: 'safle yn y triongl',
  readingPoint: (words: string) => `Dehongliad y ffactorau: ${words}.`,
  ownPoint: (words: string) => `Eich pwynt: ${words}.`,
  notPlaced: 'Nid ydych wedi gosod eich pwynt eto; mae’n dechrau yn y canol.',
  even: 'cyfuniad cyfartal o’r tair ffurf',
  almost: (name: string) => `${name} bron yn llwyr`,
  mostly: (name: string) => `${name} yn bennaf`,
  leaning: (name: string) => `yn gwyro i gyfeiriad ${name}`,
  split: (a: string, b: string) => `yn gyfartal rhwng ${a} ${and(b)}`,
  some: (names: string[]) => `, gyda rhai o nodweddion ${list(names)}`,
  near: 'Mae’ch pwynt yn cytuno â dehongliad y ffactorau.',
  apart: (name: string) =>
    `Mae’ch pwynt braidd ar wahân i ddehongliad y ffactorau: rydych yn gweld mwy o nodweddion ${name} ynddo.`,
  far: (name: string) =>
    `Mae’ch pwynt ymhell o ddehongliad y ffactorau: rydych yn gweld llawer mwy o nodweddion ${name} ynddo. Beth ydych chi’n ei wybod am yr achos nad yw’r pedwar ffactor yn ei gynnwys?`,
  toReading: 'Symud fy mhwynt i’r dehongliad',
  moreForms: (names: string[]) =>
    `Mae’r triongl yn dangos y tair ffurf gyntaf; dim ond yn y dehongliad y mae ${list(names)} yn ymddangos.`,
  formHeading: (name: string) => `Am y ffurf: ${name}`,
  showForm: 'Dangos y ffurf',
  bestMark: ' (mwyaf addas)',
  strengths: 'Cryfderau',
  weaknesses: 'Gwendidau',
  tensionsHeading: 'Sut mae’n ymdrin â’r tri thyndra',
  leansTo: (pole: string) => `Yn gwyro i gyfeiriad ${pole}.`,
  middle: 'Yn cadw llwybr canol.',
  evolutionHeading: 'Sut mae’n tueddu i esblygu',
  likelihood: { common: 'Cyffredin', possible: 'Posibl', rare: 'Prin' } as Record<string, string>,
  towards: (name: string) => `i gyfeiriad ${name}`,
  noEvolution: 'Nid yw’r cynnwys yn enwi unrhyw symudiadau nodweddiadol o’r ffurf hon.',
  explain: 'Y rhesymu y tu ôl i’r dehongliad',
  caseReasoning: 'Yr achos',
  factorsReasoning: 'Pam mae’r ffactorau hyn yn bwysig',
  check: 'Gwirio',
  correct: 'Cywir.',
  accepted: (main: string) => `Derbynnir hyn. Y prif ateb yw ${main}, ond mae modd amddiffyn eich ateb chi hefyd.`,
  incorrect: (name: string) => `Nid yn union: y prif ateb yw ${name}.`,
  yourAnswer: (name: string) => `Eich ateb: ${name}.`,
  score: (raw: number, max: number, answered: number) =>
    `Sgôr: ${fmt(raw)} o ${fmt(max)} (${fmt(answered)} o ${fmt(max)} wedi’u hateb).`,
  conditions: 'Yr amodau, yn ôl dehongliad y prosiect hwn o’r ffynonellau:',
  whyMain: 'Pam:',
  alsoAccepted: (name: string) => `Derbynnir hefyd: ${name}.`,
  ledBy: (lead: string) => `Dan arweiniad: ${lead}.`,
  fitsHeading: 'Pa mor dda mae pob ffurf yn cyd-fynd ag amodau’r achos hwn',
  standing: {
    good: 'yn cyd-fynd yn dda â’r amodau y mae’n gweithio ynddynt',
    partial: 'yn cyd-fynd yn rhannol yn unig â’r amodau y mae’n gweithio ynddynt',
    clash: 'yn gwrthdaro â’r amodau y mae’n gweithio ynddynt',
  } as Record<string, string>,
  formRole: { expected: 'y prif ateb', accepted: 'derbynnir hefyd', wrong: '' } as Record<string, string>,
  yours: 'eich ateb chi',
  met: (items: string[]) => `Wedi’u bodloni: ${list(items)}.`,
  offBy: (items: string[]) => `Un cam i ffwrdd: ${list(items)}.`,
  clashes: (items: string[]) => `Yn gwrthdaro: ${list(items)}.`,
  condition: (factor: string, level: string, wants: string) =>
    `${lowerFirst(factor)} (yr achos: ${lowerFirst(level)}; yr hyn sy’n gweddu i’r ffurf: ${lowerFirst(wants)})`,
  noFactors:
    'Nid yw’r ffynonellau’n rhoi lefelau’r pedwar ffactor ar gyfer yr achos hwn, felly nid oes modd cymharu ei amodau â’r ffurfiau: mae’r ateb yn dibynnu ar ei ffeithiau.',
  liveVerdict: (caseName: string, verdict: string) => `${caseName}: ${verdict}`,
  liveFit: (form: string, standing: string) => `Mae ${form} ${standing}.`,
  noQuiz: 'Does dim achos yn y cynnwys ag ateb am y ffurf lywodraethu, felly does dim cwis.',
  badMode: (mode: string) =>
    `Y gwerth yw ${quote('cy', mode)}; defnyddiwch ${quote('cy', 'explore')} neu ${quote('cy', 'quiz')}.`,
  badCase: (id: string, known: string) =>
    `Mae’n enwi achos ${quote('cy', id)} nad yw yn y cynnwys. Yr achosion sy’n hysbys: ${known}.`,
  caseNoQuiz: (id: string) =>
    `Mae’n enwi’r achos ${quote('cy', id)}, sydd heb ateb am y ffurf lywodraethu i’w holi yn y cwis.`,
  // "Where am I?" and the keyboard help (src/core/describe.ts).
  whereExplore: (set: number, total: number, verdict: string, point: string, form: string) =>
    `${fmt(set)} o’r ${factorCount(total)} wedi’u gosod. ${verdict} ${point} Isod: ${form}.`,
  whereNext: (name: string) => `I’w ateb nesaf: ${name}.`,
  keysExplore: [
    ['Bysellau saeth mewn ffactor', 'Dewis y lefel nesaf neu’r un flaenorol; mae’r dehongliad yn newid gyda hi.'],
    ['Bysellau saeth yn y rhestr o gydweithrediadau', 'Dewis cydweithrediad arall: caiff lefelau ei ffactorau eu gosod i chi.'],
    ['Bysellau saeth ar eich pwynt', 'Symud eich pwynt yn y triongl (daliwch Shift i gymryd camau mwy).'],
    ['Home ar eich pwynt', 'Rhoi’ch pwynt yn ôl yn y canol.'],
    ['Bysellau saeth yn ‘Dangos y ffurf’', 'Dangos cryfderau, gwendidau a symudiadau ffurf arall.'],
  ] as readonly (readonly [string, string])[],
  keysQuiz: [
    ['Bysellau saeth mewn achos', 'Dewis ffurf ar gyfer yr achos hwnnw.'],
    ['Enter ar y botwm ‘Gwirio’', 'Gwirio’ch ateb; daw’r adborth wedyn, a’r ffocws gydag ef.'],
  ] as readonly (readonly [string, string])[],
  members: 'Aelodau',
  drivers: 'Sbardunau polisi',
};
