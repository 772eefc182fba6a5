/**
 * Every word the studio shows, in Welsh: the same shape as `en` in ./strings.ts, so a missing or extra string is a
 * type error. Ids (`newId`), file names, attribute names and product names (SCORM, xAPI, Moodle, Canvas, WordPress)
 * stay as they are. The lecturer is addressed as "chi"; counts go through Welsh plural rules (zero, one, two, few,
 * many, other) with the mutation each number takes (un broblem, dwy broblem, tair problem, chwe phroblem).
 */
import { en, type StudioStrings } from './strings.js';
import { num, plural, quote } from '../core/i18n/format.js';
import { and } from '../core/i18n/cy/core.js';

const fmt = (x: number) => num('cy', x);

/** "1 problem", "2 problems"…: problem is feminine, and the noun stays singular after a number. */
const problemCount = (count: number) =>
  plural('cy', count, {
    zero: 'dim un broblem',
    one: 'un broblem',
    two: 'dwy broblem',
    few: 'tair problem',
    many: 'chwe phroblem',
    other: '{n} problem',
  });

export const cy: StudioStrings = {
  title: 'stiwdio collabgov',
  intro:
    'Crëwch weithgaredd ar gyfer eich cwrs heb ysgrifennu cod: dewiswch ef, gwelwch ef fel y bydd eich myfyrwyr yn ei weld, ysgrifennwch eich achosion a’ch testunau eich hun mewn ffurflenni, ac ewch â phecyn SCORM, un dudalen we neu’r cod i’w ludo.',
  skipToPreview: 'Neidio i’r rhagolwg',
  editTools: 'Golygu',
  undo: 'Dadwneud',
  redo: 'Ailwneud',
  draftKept: 'Caiff eich drafft ei gadw yn y porwr hwn wrth i chi deipio, ac mae’n dal yma ar ôl ail-lwytho’r dudalen.',
  draftNotKept:
    'Nid yw’r porwr hwn yn gadael i’r stiwdio gadw’ch drafft: llwythwch y ffeil becyn i lawr cyn i chi adael.',
  steps: 'Camau',
  stepContent: '1. Cynnwys',
  stepActivity: '2. Gweithgaredd',
  stepPreview: '3. Rhagolwg',
  stepAuthor: '4. Eich achosion a’ch testunau',
  stepExport: '5. Ewch ag ef i’ch cwrs',

  contentDefault:
    'Rydych yn defnyddio’r cynnwys diofyn (yr achosion a’r testunau a ddaw gyda collabgov). Gallwch ei newid neu ychwanegu ato yng ngham 4, neu fewnforio ffeil becyn.',
  contentOwn:
    'Mae’ch drafft yn newid y cynnwys diofyn neu’n ychwanegu ato. Daw popeth nad ydych wedi’i newid o’r cynnwys diofyn.',
  importPack: 'Mewnforio ffeil becyn…',
  startAfresh: 'Dechrau eto o’r cynnwys diofyn',
  confirmAfresh: 'Taflu’ch drafft a dechrau eto o’r cynnwys diofyn? (Mae ‘Dadwneud’ yn dod ag ef yn ôl.)',
  startedAfresh: 'Wedi dechrau eto o’r cynnwys diofyn.',
  importFailed: (name: string) => `Nid oedd modd mewnforio ${name}.`,
  notAnObject: 'Rhaid i ffeil becyn ddal un gwrthrych JSON { … }.',
  imported: (name: string) => `Wedi mewnforio ${name}.`,
  importedWithProblems: (name: string, count: number) =>
    `Wedi mewnforio ${name}. Mae angen cywiro ${problemCount(count)}: gweler y rhestr o dan ‘Cynnwys’.`,
  problemsTitle: (count: number) =>
    plural('cy', count, {
      zero: 'Dim un broblem i’w chywiro cyn y gall eich myfyrwyr ddefnyddio’r cynnwys hwn',
      one: 'Un broblem i’w chywiro cyn y gall eich myfyrwyr ddefnyddio’r cynnwys hwn',
      two: 'Dwy broblem i’w cywiro cyn y gall eich myfyrwyr ddefnyddio’r cynnwys hwn',
      few: 'Tair problem i’w cywiro cyn y gall eich myfyrwyr ddefnyddio’r cynnwys hwn',
      many: 'Chwe phroblem i’w cywiro cyn y gall eich myfyrwyr ddefnyddio’r cynnwys hwn',
      other: '{n} problem i’w cywiro cyn y gall eich myfyrwyr ddefnyddio’r cynnwys hwn',
    }),

  widget: 'Gweithgaredd',
  widgets: {
    'form-picker': 'Pa ffurf lywodraethu sy’n addas? (dewisydd ffurfiau, form picker)',
    'table-comparator':
      'Llywodraethu cydweithredol neu lywodraethu cydweithrediadau? (cymharydd tablau, table comparator)',
    'tension-sliders': 'Rheoli tyndraoedd cydweithio (llithryddion tyndra, tension sliders)',
  },
  mode: 'Modd',
  modes: {
    explore: 'Archwilio',
    quiz: 'Cwis (gyda sgôr)',
    table: 'Darllen y tabl',
    sort: 'Didoli datganiadau (gyda sgôr)',
    case: 'Cymhwyso at achos',
    reflect: 'Myfyrio',
    compare: 'Cymharu ag achos',
  },
  modeHints: {
    'form-picker/explore':
      'Mae myfyrwyr yn gosod ffactorau cydweithrediad ac yn darllen i ba raddau y mae pob ffurf lywodraethu’n addas.',
    'form-picker/quiz':
      'Mae myfyrwyr yn dewis ffurf lywodraethu pob achos ac yn cael sgôr; gall y radd fynd i’ch LMS.',
    'table-comparator/table': 'Mae myfyrwyr yn darllen dwy resymeg llywodraethu, fesul rhes.',
    'table-comparator/sort': 'Mae myfyrwyr yn didoli datganiadau i’r ddwy resymeg ac yn cael sgôr.',
    'table-comparator/case': 'Mae myfyrwyr yn gosod achos rhwng y ddwy resymeg, fesul rhes.',
    'tension-sliders/reflect':
      'Mae myfyrwyr yn gosod cydweithrediad ar bob tyndra ac yn dewis sut mae’n ymdrin ag ef.',
    'tension-sliders/compare': 'Fel ‘Myfyrio’, ac yna cymharu â safleoedd cyfeirio achos.',
  },
  case: 'Achos',
  caseRequired:
    'Mae angen achos ar y modd hwn: dim ond yr achosion sydd â safleoedd cyfeirio ar y tyndraoedd a gynigir.',
  caseOptional: {
    'form-picker/explore':
      'Dewisol: mae achos yn rhagosod y ffactorau. Dim ond achosion sydd â lefelau ar gyfer y ffactorau a gynigir.',
    'form-picker/quiz':
      'Dewisol: heb achos, mae’r cwis yn holi am bob achos sydd ag ateb cwis. Dim ond yr achosion hynny a gynigir.',
    'table-comparator/case':
      'Dewisol: heb achos, mae’r myfyriwr yn dewis un. Dim ond achosion sydd â safleoedd yn y tabl a gynigir.',
    'tension-sliders/reflect':
      'Dewisol: mae achos yn rhagosod y llithryddion. Dim ond achosion sydd â safleoedd ar y tyndraoedd a gynigir.',
  },
  noCase: '(dim achos: y myfyriwr sy’n dewis)',
  noFittingCase: 'Nid oes gan yr un achos eto yr hyn sydd ei angen ar y modd hwn. Ychwanegwch hynny at achos yng ngham 4.',
  widgetDefault: '(rhagosodiad y teclyn)',
  values: {
    light: 'Golau',
    dark: 'Tywyll',
    auto: 'Gosodiad system y myfyriwr',
    instant: 'Ar ôl pob datganiad',
    check: 'Pan fydd y myfyriwr yn pwyso ‘Gwirio’',
    row: 'Y rhes yn ogystal â’r rhesymeg',
    logic: 'Y rhesymeg yn unig',
    en: 'Saesneg',
    best: 'Yr ymgais orau',
    last: 'Yr ymgais olaf',
    first: 'Yr ymgais gyntaf',
    '1': '1 (dim ail gynnig)',
    '2': '2',
    '3': '3',
    '5': '5',
  },
  attributes: {
    theme: {
      label: 'Lliwiau',
      hint: 'Golau neu dywyll, neu ddilyn gosodiad system y myfyriwr.',
      unset: '(gosodiad y dudalen: golau oni bai fod y dudalen yn dywyll)',
    },
    lang: {
      label: 'Iaith geiriau’r gweithgaredd ei hun',
      hint: 'Yn ddiofyn, iaith y dudalen y mae’r gweithgaredd arni.',
      unset: '(iaith y dudalen)',
    },
    feedback: {
      label: 'Pryd mae myfyrwyr yn gweld a yw datganiad yn gywir',
      hint: 'Yn y modd didoli yn unig.',
      unset: '(ar ôl pob datganiad)',
    },
    'sort-by': { label: 'Yn ôl beth mae myfyrwyr yn didoli', hint: 'Yn y modd didoli yn unig.', unset: '(y rhesymeg yn unig)' },
    tensions: {
      label: 'Y tyndraoedd a ddangosir',
      hint: 'Ticiwch y tyndraoedd i’w dangos, neu ddim un i ddangos naw tyndra’r papur.',
    },
    grading: {
      label: 'Pa ymgais sy’n rhoi’r radd',
      hint: 'Yn y teclyn ac yn y pecyn SCORM fel ei gilydd.',
      unset: '(yr ymgais orau)',
    },
    attempts: { label: 'Nifer yr ymgeisiau a ganiateir', hint: '1: dim ail gynnig.', unset: '(dim terfyn)' },
    'print-preview': {
      label: 'Dangos y cynllun argraffu ar y sgrin',
      hint: 'Nodiadau fel testun, dim rheolyddion: yr hyn a gaiff ei argraffu.',
    },
    'activity-id': {
      label: 'xAPI: cyfeiriad y gweithgaredd',
      hint: 'Y cyfeiriad sylfaenol ar gyfer dynodwyr (ids) xAPI y gweithgaredd hwn (rhagosodiad: cyfeiriad y dudalen).',
    },
    'lrs-endpoint': {
      label: 'xAPI: cyfeiriad y storfa cofnodion dysgu (LRS)',
      hint: 'Os caiff ei osod, anfonir pob datganiad yno.',
    },
    'lrs-auth': {
      label: 'xAPI: pennyn awdurdodi',
      hint: 'Gall unrhyw un sy’n gallu darllen y dudalen ei ddarllen: defnyddiwch allwedd na all wneud dim ond ysgrifennu datganiadau.',
    },
    'actor-mbox': {
      label: 'xAPI: cyfeiriad e-bost y dysgwr',
      hint: 'Yn ddiofyn, cyfrif dienw a gedwir yn y porwr.',
    },
  },
  advanced: 'Uwch: gwaith a gadwyd ac xAPI',
  stateKey: 'Lle caiff gwaith myfyrwyr ei gadw (allwedd cyflwr, state key)',
  stateKeyHint:
    'Caiff ei gwneud o’r gweithgaredd, ei achos a’i gynnwys, fel na fydd dau weithgaredd byth yn rhannu gwaith a gadwyd gan fyfyriwr. Ysgrifennwch eich un eich hun dim ond er mwyn cadw gwaith pan fydd y cynnwys yn newid.',

  previewWidth: 'Lled y rhagolwg',
  widths: { phone: 'Ffôn (390 px)', desktop: 'Bwrdd gwaith (1,280 px)' },
  previewFrame: 'Rhagolwg o’r gweithgaredd fel y mae myfyrwyr yn ei weld',

  authorIntro:
    'Dewiswch beth i’w newid, yna eitem i’w golygu, neu ychwanegwch un. Mae problemau’n ymddangos wrth y maes wrth i chi deipio.',
  whatToEdit: 'Beth i’w olygu',
  collections: {
    cases: 'Achosion',
    tensions: 'Tyndraoedd a’u pegynau',
    statements: 'Datganiadau i’w didoli',
    factors: 'Ffactorau a geiriad eu lefelau',
    forms: 'Ffurfiau llywodraethu (testunau addysgu)',
    concepts: 'Syniadau allweddol (testunau addysgu)',
    references: 'Cyfeiriadau',
    eras: 'Cyfnodau',
    responses: 'Ymatebion i dyndra',
  },
  collectionOne: {
    cases: 'achos',
    tensions: 'tyndra',
    statements: 'datganiad',
    factors: 'ffactor',
    forms: 'ffurf',
    concepts: 'syniad',
    references: 'cyfeiriad',
    eras: 'cyfnod',
    responses: 'ymateb',
  },
  collectionHints: {
    cases:
      'Mae pob gweithgaredd yn defnyddio achos: lefelau ei ffactorau (archwilio), y ffurf y mae’r cwis yn ei disgwyl, ei safleoedd yn y tabl a’i safleoedd ar y tyndraoedd.',
    tensions: 'Mae’r llithryddion tyndra yn dangos y rhain, pob un rhwng dau begwn.',
    statements: 'Mae modd didoli’r cymharydd tablau yn gofyn i fyfyrwyr osod y rhain.',
    factors: 'Mae’r dewisydd ffurfiau yn holi am y ffactorau hyn; newidiwch eiriad eu lefelau yma.',
    forms: 'Yr hyn y mae’r dewisydd ffurfiau yn ei ddweud am bob ffurf lywodraethu.',
    concepts: 'Y syniadau a ddangosir o dan ‘Pam mae hyn yn bwysig’.',
    references: 'Mae pob testun addysgu yn cyfeirio at o leiaf un o’r rhain.',
    eras: 'Mae pob achos yn perthyn i gyfnod.',
    responses: 'Y ffyrdd o ymdrin â thyndra y mae myfyrwyr yn dewis ohonynt.',
  },
  // New ids are JSON values, the same in every language.
  newId: en.newId,
  readingsTitle: 'Llithryddion tyndra: testunau’r dehongliad cyffredinol',
  readingsHint:
    'Mae’r llithryddion tyndra yn dewis un o’r rhain yn ôl rheol sefydlog, o safleoedd ac ymatebion y myfyriwr.',
  readings: {
    managed: 'Mae pob tyndra a osodwyd yn cael ei reoli',
    leaning: 'Wedi’u rheoli, ond yn gwyro i un cyfeiriad',
    partlyManaged: 'Mae gan rai tyndraoedd ymateb, ond nid gan eraill eto',
    unmanaged: 'Safleoedd wedi’u gosod, ond dim ymateb wedi’i ddewis eto',
    oneResolved: 'Un tyndra wedi’i wthio i begwn',
    manyResolved: 'Sawl tyndra wedi’u gwthio i begynau',
    tensionOpen: 'Un tyndra: wedi’i osod, dim ymateb eto',
    tensionSettled: 'Un tyndra: wrth begwn, dan ymateb sy’n cadw’r ddwy ochr',
    tensionPhase: 'Un tyndra: wrth begwn am gyfnod',
  },
  cannotAdd:
    'Byddai angen tabl yr amodau sydd y tu ôl i’r addasrwydd ar ffactorau a ffurfiau newydd: newidiwch eu geiriad yn lle hynny.',
  add: (what: string) => `Ychwanegu ${what}`,
  added: (what: string) => `Wedi ychwanegu ${what}: mae ei ffurflen ar agor isod.`,
  tagDefault: 'diofyn',
  tagChanged: 'wedi’i newid',
  tagNew: 'eich un chi',
  problems: (count: number) => problemCount(count),
  moveUp: (name: string) => `Symud i fyny: ${name}`,
  moveDown: (name: string) => `Symud i lawr: ${name}`,
  moved: (name: string, at: number) => `Wedi symud ${name} i safle ${fmt(at)}.`,
  remove: 'Tynnu',
  removeItem: (name: string) => `Tynnu ${name}`,
  removed: (name: string) => `Wedi tynnu ${name}. Gallwch ddadwneud hyn.`,
  revert: (name: string) => `Dadwneud eich newidiadau (yn ôl i’r rhagosodiad): ${name}`,
  revertShort: 'Yn ôl i’r rhagosodiad',
  reverted: (name: string) => `Mae ${name} yn ôl fel yn y cynnwys diofyn.`,
  untitled: '(heb deitl)',
  editing: (what: string, name: string) => `Golygu’r ${what}: ${name}`,
  fromDefault:
    'Daw hwn o’r cynnwys diofyn. Caiff yr hyn rydych yn ei newid yma ei gadw yn eich drafft; mae’r cynnwys diofyn yn aros fel yr oedd.',
  itemProblems: (count: number) =>
    plural('cy', count, {
      zero: 'Dim un broblem yn yr eitem hon.',
      one: 'Un broblem yn yr eitem hon, wedi’i dangos wrth y maes.',
      two: 'Dwy broblem yn yr eitem hon, wedi’u dangos wrth y meysydd.',
      few: 'Tair problem yn yr eitem hon, wedi’u dangos wrth y meysydd.',
      many: 'Chwe phroblem yn yr eitem hon, wedi’u dangos wrth y meysydd.',
      other: '{n} problem yn yr eitem hon, wedi’u dangos wrth y meysydd.',
    }),

  optional: '(dewisol)',
  unknownValue: (v: string) => `${v} (anhysbys)`,
  lineProblem: (line: number, message: string) => `Llinell ${fmt(line)}: ${message}`,
  onePerLine: 'Un ar bob llinell.',
  sources: 'Ffynonellau',
  noSources: 'Dim ffynonellau eto: ychwanegwch o leiaf un.',
  addSource: 'Ychwanegu ffynhonnell',
  chooseSource: 'Dewiswch gyfeiriad…',
  removeSource: (name: string) => `Tynnu’r ffynhonnell ${name}`,
  text: 'Testun',
  addText: (what: string) => `Ychwanegu: ${what}`,
  removeText: (what: string) => `Tynnu: ${what}`,
  between: (a: string, b: string) => `Rhwng ${a} ${and(b)}`,
  strongly: 'Yn gryf i gyfeiriad',
  mostly: 'Yn bennaf i gyfeiriad',
  slightly: 'Ychydig i gyfeiriad',
  notSet: '(heb ei osod)',
  id: 'Dynodwr (id)',
  idHint:
    'Llythrennau bach, digidau a chysylltnodau, e.e. leeds-health. Peidiwch â’i newid ar ôl i fyfyrwyr ddechrau defnyddio’r gweithgaredd.',
  idDefault: 'Dynodwr y cynnwys diofyn: mae’n aros, fel bod eich fersiwn chi yn cymryd lle’r fersiwn ddiofyn.',

  caseFacts: 'Am yr achos',
  caseName: 'Enw',
  caseKind: 'Math',
  kindInitiative: 'Menter (nad yw yn Nhabl 1 y papur)',
  kindTable1: 'Un o achosion Tabl 1 y papur',
  caseEra: 'Cyfnod',
  caseDates: 'Dyddiadau, fel y bydd myfyrwyr yn eu darllen',
  caseDatesHint: 'e.e. 2019 i 2023, neu ‘o ddiwedd y 1990au’.',
  caseStart: 'Blwyddyn gychwyn',
  caseEnd: 'Blwyddyn orffen',
  caseOrigins: 'Tarddiad',
  caseDrivers: 'Sbardunau',
  caseMembers: 'Aelodau',
  caseLead: 'Dan arweiniad',
  caseStatus: 'Y sefyllfa heddiw',
  caseSources: 'Ffynonellau’r ffeithiau hyn (a ddangosir gyda’r safleoedd cyfeirio, fel eu sail)',
  caseComment: 'Sylw: yr hyn y mae’r achos yn ei ddangos',
  caseCommentHint: 'Nodwch pa rai o’r lefelau a’r safleoedd isod y mae’r ffynonellau’n eu cefnogi.',
  caseSince: 'Ers y papur',
  forFormPicker: 'Dewisydd ffurfiau: lefel pob ffactor',
  factorsHint:
    'Gosodwch y ffactorau y mae’r dystiolaeth yn eu cefnogi yn unig. Yn y modd Archwilio, mae’r achos yn eu rhagosod.',
  forQuiz: 'Cwis y dewisydd ffurfiau: y ffurf y mae’r cwis yn ei disgwyl, a pham',
  noQuiz: 'Does gan yr achos hwn ddim cwestiwn cwis eto.',
  addQuiz: 'Ychwanegu cwestiwn cwis ar gyfer yr achos hwn',
  removeQuiz: 'Tynnu’r cwestiwn cwis',
  quizForm: 'Ffurf lywodraethu',
  quizWhy: 'Pam y ffurf hon (a ddangosir i fyfyrwyr ar ôl iddynt ateb)',
  alsoAccepted: (i: number) => `Ffurf a dderbynnir hefyd, ${fmt(i)}`,
  acceptedWhy: 'Pam mae modd amddiffyn y ffurf hon hefyd',
  addAccepted: 'Ychwanegu ffurf arall y mae’r cwis yn ei derbyn',
  removeAccepted: (i: number) => `Tynnu ffurf ${fmt(i)} a dderbynnir hefyd`,
  forTable: 'Cymharydd tablau: ble mae’r achos yn eistedd ar bob rhes',
  tableHint:
    'Un safle cyfeirio ar bob rhes, rhwng y ddwy resymeg; gadewch res heb ei gosod lle nad yw’r ffynonellau’n dweud dim. Mae myfyrwyr yn ei weld ar ôl iddynt osod y rhes, gyda thestun y tabl ar gyfer y rhesymeg honno a ffynonellau’r achos fel y rhesymau.',
  forSliders: 'Llithryddion tyndra: safle’r achos ar bob tyndra',
  slidersHint: 'Mae myfyrwyr yn cymharu eu safleoedd eu hunain â’r rhain yn y modd Cymharu.',
  positionOn: (name: string) => `Safle ar ${quote('cy', name)}`,
  levelOf: (factor: string) => `${factor}`,

  tensionName: 'Enw',
  tensionGroup: 'Grŵp',
  groupPaper: 'Un o baradocsau’r papur (Vangen et al. 2017)',
  groupPK: 'Un o dyndraoedd Provan a Kenis (2008)',
  summary: 'Crynodeb',
  tensionNote: 'Nodyn ar y fframio',
  pole: (i: number) => (i === 0 ? 'Pegwn cyntaf (y pen chwith)' : 'Ail begwn (y pen de)'),
  poleLabel: 'Label',
  protects: 'Yr hyn y mae dal tuag at y pegwn hwn yn ei warchod',
  risk: 'Yr hyn y mae gwthio’r holl ffordd ato yn ei beryglu',

  statementText: 'Datganiad',
  statementLogic: 'Yn perthyn i’r rhesymeg',
  statementRow: 'Rhes yn y tabl',
  statementWhy: 'Pam mae’n perthyn yno (a ddangosir ar ôl i’r myfyriwr ei osod)',

  factorName: 'Ffactor',
  factorQuestion: 'Y cwestiwn y mae myfyrwyr yn ei ateb',
  levels: 'Lefelau, o isel i uchel',
  levelsHint: 'Y geiriad y mae myfyrwyr yn ei weld ar gyfer pob lefel.',
  levelN: (i: number, id: string) => `Lefel ${fmt(i)} (${id})`,
  explanation: 'Esboniad',
  formName: 'Enw',
  formShort: 'Enw byr',
  description: 'Disgrifiad',
  strengths: 'Cryfderau',
  weaknesses: 'Gwendidau',
  strengthN: (i: number) => `Cryfder ${fmt(i)}`,
  weaknessN: (i: number) => `Gwendid ${fmt(i)}`,
  term: 'Syniad',
  definition: 'Beth mae’n ei olygu',
  authors: 'Awduron',
  authorsHint: 'Fel mewn rhestr gyfeiriadau, e.e. Vangen, S., Hayes, J. P. and Cornforth, C.',
  year: 'Blwyddyn',
  refTitle: 'Teitl',
  venue: 'Cyfnodolyn, cyhoeddwr neu gyfres',
  url: 'Cyfeiriad gwe',
  urlHint: 'Yn dechrau â https://',
  refLabel: 'Sut mae’r testun yn cyfeirio ato',
  refLabelHint: 'Dim ond pan nad yw’n ‘Awdur blwyddyn’, e.e. Children Act 2004.',
  eraName: 'Enw',
  eraFrom: 'O (blwyddyn)',
  eraTo: 'Hyd at (blwyddyn)',
  responseName: 'Enw',
  gives: 'Beth mae’n ei roi',
  costs: 'Beth mae’n ei gostio',

  exportReady: 'Mae pob un o’r rhain yn cynnwys eich cynnwys a’ch gosodiadau.',
  fixFirst: (count: number) =>
    `Cywirwch ${plural('cy', count, {
      zero: 'y problemau',
      one: 'y broblem',
      two: 'y ddwy broblem',
      few: 'y tair problem',
      many: 'y chwe phroblem',
      other: 'y {n} problem',
    })} a restrir o dan ‘Cynnwys’ yn gyntaf: fel arall byddai myfyrwyr yn gweld gwall yn lle’r gweithgaredd.`,
  scormTitle: 'Pecyn SCORM (gyda gradd, Moodle)',
  scormFor:
    'Yn Moodle: dewiswch ‘Ychwanegu gweithgaredd neu adnodd’, yna ‘Pecyn SCORM’, a llwythwch y ffeil zip hon i fyny. Mae’r sgoriau’n mynd i’r llyfr graddau.',
  downloadScorm: 'Llwytho’r pecyn SCORM i lawr',
  htmlTitle: 'Un dudalen we',
  htmlFor:
    'Mae’n gweithio ar ei phen ei hun, hyd yn oed o’i hagor o’r ddisg: adnodd Ffeil yn Moodle, atodiad e-bost, defnydd all-lein.',
  downloadHtml: 'Llwytho’r dudalen we i lawr',
  packTitle: 'Eich cynnwys fel ffeil becyn',
  packFor:
    'Cadwch hi, rhannwch hi â chydweithwyr, neu fewnforiwch hi yma yn nes ymlaen: daw’n ôl yn union fel yr oedd.',
  downloadPack: 'Llwytho’r ffeil becyn i lawr',
  downloaded: (name: string) => `Wedi llwytho ${name} i lawr.`,
  base: 'Cyfeiriad ffeiliau web/ ar eich gweinydd gwe',
  baseHint:
    'Y ffeiliau o ffolder web/ yn ffeil zip y rhyddhad, ar gyfer y cod isod. Ysgrifennwch y cyfeiriad cyfan, gan ddechrau â https://.',
  scriptTitle: 'Cod ar gyfer Tudalen neu Label yn Moodle, neu floc Custom HTML yn WordPress',
  scriptFor:
    'Gludwch ef yng ngwedd cod ffynhonnell y golygydd. Mae’ch cynnwys y tu mewn iddo: does dim byd arall i’w lwytho i fyny heblaw web/.',
  scriptLabel: 'Cod tag script',
  copyScript: 'Copïo’r cod tag script',
  iframeTitle: 'Cod iframe (Canvas, a thudalennau sy’n cadw iframes)',
  iframeFor: 'Mae Canvas yn tynnu’r llinell sy’n newid maint y ffrâm: yna mae’r ffrâm yn aros yn 700 px o uchder ac yn sgrolio.',
  iframeForPack: (file: string) =>
    `Llwythwch eich ffeil becyn i fyny, o’r enw ${file}, wrth ymyl embed.html. Mae Canvas yn tynnu’r llinell sy’n newid maint y ffrâm: yna mae’r ffrâm yn aros yn 700 px o uchder.`,
  iframeLabel: 'Cod iframe',
  copyIframe: 'Copïo’r cod iframe',
  copied: 'Wedi’i gopïo i’r clipfwrdd.',
  selected: 'Mae’r cod wedi’i ddewis: pwyswch Ctrl+C (neu ⌘C) i’w gopïo.',
};
