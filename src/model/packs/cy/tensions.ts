/**
 * Welsh (cy) translation of ../en/tensions.ts: the paper's nine tensions and the three Provan–Kenis tensions.
 * Ids, groups, poles, leanings and `cite` lists are identical to the English; only the texts are translated.
 */
import type { ContentPack } from '../../types.js';
import { t, PAPER, PK, VHC } from '../en/cite.js';

/** The paper's tensions: two poles each, what each protects, the risk of pushing to it. */
export const paperTensions: ContentPack['tensions'] = [
  {
    id: 'goals',
    name: 'Nodau cydnaws a nodau amrywiol',
    group: 'paper',
    examples: {
      time: t('Dechreuwch gyda thasg fach ar y cyd y mae’r tir cyffredin yn ei chaniatáu, a dewch â nodau’r partneriaid eu hunain i’r agenda wrth i’r gwaith dyfu.', 'vangen-huxham-2012', 'poole-van-de-ven-1989'),
      place: t('Cytunwch ar ychydig o nodau ar y cyd ar lefel y bwrdd, tra bo pob partner yn dilyn ei nodau ei hun drwy ei brosiectau ei hun.', 'vangen-huxham-2012', 'poole-van-de-ven-1989'),
    },
    summary: t(
      'Mae angen digon o ddiben cyffredin ar bartneriaid i weithredu gyda’i gilydd, ond daw pob un â’i nodau ei hun: rhai wedi’u datgan, rhai’n gudd, a rhai’n bersonol yn hytrach na sefydliadol. Gall aros am gytundeb llwyr olygu na fydd y gwaith byth yn dechrau; fel arfer mae’n dechrau ar ba dir cyffredin bynnag sy’n bodoli.',
      'vangen-huxham-2012',
      'vangen-2017',
    ),
    poles: [
      {
        id: 'congruent',
        label: 'Nodau cydnaws',
        protects: t('Diben clir ar y cyd y gall aelodau ymgynnull o’i amgylch a mesur cynnydd yn ei erbyn.', 'vangen-huxham-2012'),
        risk: t(
          'Gall mynnu cytundeb llawn yn gyntaf atal y gwaith rhag dechrau, neu wthio partneriaid i guddio’r nodau sy’n eu gyrru mewn gwirionedd.',
          'vangen-huxham-2012',
        ),
      },
      {
        id: 'diverse',
        label: 'Nodau amrywiol',
        protects: t(
          'Y nodau gwahanol a ddaeth â phob partner i mewn, a’r amrywiaeth sy’n gwneud gwaith ar y cyd yn werth ei wneud.',
          'vangen-huxham-2012',
        ),
        risk: t(
          'Heb ddigon o dir cyffredin, mae partneriaid yn tynnu i gyfeiriadau gwahanol a phrin yw’r gwaith ar y cyd a gyflawnir.',
          'vangen-huxham-2012',
        ),
      },
    ],
  },
  {
    id: 'culture',
    name: 'Amrywiaeth ddiwylliannol: ysgogiad a ffrithiant',
    group: 'paper',
    examples: {
      time: t('Neilltuwch gyfnod cynnar i archwilio dull pob proffesiwn, ac yna trowch at y gwrthdaro y mae hynny’n ei ddatgelu cyn gwneud penderfyniadau pendant.', 'vangen-winchester-2014', 'poole-van-de-ven-1989'),
      place: t('Manteisiwch ar safbwyntiau proffesiynol gwahanol mewn gweithdai, a chytunwch ar weithdrefnau cyffredin lle mae gwasanaethau’n cwrdd â’r cyhoedd.', 'vangen-winchester-2014', 'poole-van-de-ven-1989'),
    },
    summary: t(
      'Mae diwylliannau proffesiynol a sefydliadol gwahanol yn tanio syniadau newydd, ac maent hefyd yn achosi gwrthdaro ynghylch gwerthoedd a ffyrdd o weithio. Mae eu trin yn golygu penderfynu pa gyfaddawdau i’w gwneud, yn hytrach na cheisio dileu pob gwahaniaeth.',
      'vangen-winchester-2014',
      'vangen-2017',
    ),
    poles: [
      {
        id: 'stimulation',
        label: 'Amrywiaeth yn ysgogiad',
        protects: t(
          'Y creadigrwydd a’r syniadau newydd sy’n deillio o ffyrdd gwahanol o weithio, sef ffynhonnell y fantais.',
          'vangen-winchester-2014',
        ),
        risk: t(
          'Gall dathlu pob gwahaniaeth adael gwrthdaro gwirioneddol rhwng gwerthoedd heb ei leisio nes iddo ffrwydro.',
          'vangen-winchester-2014',
        ),
      },
      {
        id: 'friction',
        label: 'Amrywiaeth yn ffrithiant',
        protects: t(
          'Sylw i gamddealltwriaeth a gwrthdaro rhwng gwerthoedd cyn iddynt niweidio’r gwaith.',
          'vangen-winchester-2014',
        ),
        risk: t(
          'Mae llyfnhau pob gwahaniaeth yn dileu’r amrywiaeth a wnaeth y bartneriaeth yn werth ei ffurfio.',
          'vangen-winchester-2014',
        ),
      },
    ],
  },
  {
    id: 'trust',
    name: 'Meithrin ymddiriedaeth a rheoli drwgdybiaeth',
    group: 'paper',
    examples: {
      time: t('Dechreuwch gyda chamau bach ar y cyd, heb fawr o risg, wedi’u hategu gan gytundebau clir, a llaciwch y mesurau diogelu wrth i ymddiriedaeth dyfu.', 'vangen-huxham-2003-trust', 'poole-van-de-ven-1989'),
      place: t('Cadwch gytundebau ffurfiol ar gyfer arian a data, gan ddibynnu ar ewyllys da yn y gwaith beunyddiol ar y cyd.', 'vangen-huxham-2003-trust', 'poole-van-de-ven-1989'),
    },
    summary: t(
      'Yn aml, ychydig o ymddiriedaeth sydd gan bartneriaid yn ei gilydd ar y dechrau, er eu bod yn disgwyl y bydd ei hangen arnynt. Mae dwy ochr i’r gwaith: meithrin ymddiriedaeth gam wrth gam lle mae hynny’n bosibl, a dod o hyd i ffyrdd o weithredu gyda’i gilydd lle nad yw’n bosibl. Mae’r ddwy’n gofyn am amser ac ymdrech barhaus.',
      'vangen-huxham-2003-trust',
      'vangen-2017',
    ),
    poles: [
      {
        id: 'building',
        label: 'Meithrin ymddiriedaeth',
        protects: t('Ewyllys da a bod yn agored, fel y gall partneriaid fentro er mwyn ei gilydd.', 'vangen-huxham-2003-trust'),
        risk: t(
          'Gall aros am ymddiriedaeth cyn gweithredu oedi’r gwaith, ac mae dibynnu arni yn gadael partneriaid yn agored i niwed os yw’n chwalu.',
          'vangen-huxham-2003-trust',
        ),
      },
      {
        id: 'distrust',
        label: 'Rheoli drwgdybiaeth',
        protects: t(
          'Realaeth: mesurau diogelu a chytundebau clir sy’n caniatáu i’r gwaith barhau lle mae ymddiriedaeth yn wan.',
          'vangen-huxham-2003-trust',
        ),
        risk: t(
          'Gall dibynnu ar gontractau a gwiriadau yn unig galedu amheuaeth a rhwystro’r ewyllys da sydd ei angen ar y gwaith.',
          'vangen-huxham-2003-trust',
        ),
      },
    ],
  },
  {
    id: 'power',
    name: 'Rhannu grym ac anghydbwysedd grym',
    group: 'paper',
    examples: {
      time: t('Gadewch i’r partner sydd â’r mwyaf o adnoddau lywio’r gwaith sefydlu, ac yna cylchdrowch y gadeiryddiaeth fel bod eraill yn cael eu tro.', 'huxham-vangen-2005', 'poole-van-de-ven-1989'),
      place: t('Rhowch bleidlais gyfartal i bob partner ar y bwrdd, tra bo’r partner sy’n dal y gyllideb yn ei rheoli’n agored, gyda gwiriadau.', 'huxham-vangen-2005', 'poole-van-de-ven-1989'),
    },
    summary: t(
      'Mae rhannu grym yn bwysig, ond anaml y bydd gan bartneriaid rym cyfartal. Mae anghydbwysedd, boed yn real neu’n ganfyddedig yn unig, yn tueddu i effeithio ar ymddygiad partneriaid, er gwaeth. Mae cysylltiad agos rhwng grym ac ymddiriedaeth.',
      'vangen-huxham-2003-trust',
      'huxham-vangen-2005',
    ),
    poles: [
      {
        id: 'sharing',
        label: 'Rhannu grym',
        protects: t('Llais ac ymrwymiad pob partner, fel bod partneriaid llai yn dal i gymryd rhan.', 'huxham-vangen-2005'),
        risk: t(
          'Gall ymddwyn fel pe bai grym yn gyfartal guddio anghydbwysedd gwirioneddol, sydd wedyn yn gweithredu o’r golwg.',
          'huxham-vangen-2005',
        ),
      },
      {
        id: 'imbalance',
        label: 'Anghydbwysedd real a chanfyddedig',
        protects: t(
          'Realaeth ynghylch pwy sy’n rheoli’r arian, yr wybodaeth a’r agenda, fel y gellir mynd i’r afael â hynny’n agored.',
          'huxham-vangen-2005',
        ),
        risk: t(
          'Mae gadael i’r partneriaid cryfaf dra-arglwyddiaethu yn gwthio eraill allan neu i aelodaeth symbolaidd, ac yn niweidio ymddiriedaeth.',
          'vangen-huxham-2003-trust',
          'huxham-vangen-2005',
        ),
      },
    ],
  },
  {
    id: 'leadership',
    name: 'Arweinyddiaeth hwylusol ac arweinyddiaeth awdurdodol',
    group: 'paper',
    examples: {
      time: t('Llywiwch yn gadarn i gael partneriaeth sydd wedi aros yn ei hunfan i symud, ac yna camwch yn ôl a thynnu’r partneriaid i mewn.', 'vangen-huxham-2003-leadership', 'poole-van-de-ven-1989'),
      place: t('Mae rheolwr partneriaeth yn hwyluso mewn cyfarfodydd, tra bo noddwr uwch yn trin y wleidyddiaeth gydag arweinwyr y partneriaid.', 'vangen-huxham-2003-leadership', 'poole-van-de-ven-1989'),
    },
    summary: t(
      'Caiff arweinyddiaeth mewn cydweithrediad ei barnu yn ôl a yw unrhyw beth yn cael ei wneud. Mae’r rhai sy’n arwain yn symud rhwng tynnu partneriaid i mewn a llywio’r agenda eu hunain, ac mae angen y ddau ar y gwaith.',
      'vangen-huxham-2003-leadership',
      'vangen-2017',
    ),
    poles: [
      {
        id: 'facilitative',
        label: 'Arweinyddiaeth hwylusol',
        protects: t(
          'Cyfranogiad a pherchnogaeth y partneriaid: eu tynnu i mewn, rhoi llais iddynt a’r modd i weithredu, a’u cael i symud.',
          'vangen-huxham-2003-leadership',
        ),
        risk: t(
          'Efallai na fydd arweinyddiaeth nad yw ond yn hwyluso byth yn symud yr agenda yn ei blaen, felly mae’r gwaith yn colli cyfeiriad.',
          'vangen-huxham-2003-leadership',
        ),
      },
      {
        id: 'authoritative',
        label: 'Arweinyddiaeth awdurdodol',
        protects: t(
          'Momentwm: mae rhywun yn siapio’r agenda ac yn trin y wleidyddiaeth fel bod pethau’n digwydd go iawn.',
          'vangen-huxham-2003-leadership',
        ),
        risk: t(
          'Gall gormod o drin agendâu a gwleidydda ddieithrio partneriaid a thanseilio eu hymddiriedaeth.',
          'vangen-huxham-2003-leadership',
        ),
      },
    ],
  },
  {
    id: 'structure',
    name: 'Diogelu ac integreiddio adnoddau’r partneriaid',
    group: 'paper',
    examples: {
      time: t('Cyfunwch adnoddau ar gyfer prosiect ar y cyd am gyfnod penodol, ac yna eu rhoi yn ôl i’r partneriaid pan ddaw i ben.', 'vangen-2017', 'poole-van-de-ven-1989'),
      place: t('Integreiddiwch un gwasanaeth a rennir yn llawn, tra bo’r partneriaid yn cadw eu gwasanaethau eraill yn eiddo iddynt hwy.', 'vangen-2017', 'poole-van-de-ven-1989'),
    },
    summary: t(
      'Mae’r hyn a ddaw gan bob partner yn werthfawr am ei fod yn wahanol. Os caiff ei gyfuno’n rhy llwyr, collir y gwahaniaeth; os caiff ei ddal yn ôl, nid oes dim yn digwydd ar y cyd. Rhaid i’r trefniadau gadw adnoddau’r partneriaid yn wahanol i’w gilydd gan eu rhoi ar waith gyda’i gilydd.',
      'vangen-2017',
    ),
    poles: [
      {
        id: 'autonomy',
        label: 'Diogelu ymreolaeth',
        protects: t('Adnoddau ac arbenigedd unigryw pob partner: y gwahaniaethau sy’n creu mantais.', 'vangen-2017'),
        risk: t('Nid yw partneriaid sy’n gwarchod popeth byth yn cyfuno eu hadnoddau, felly ni ddaw unrhyw ganlyniad ar y cyd.', 'vangen-2017'),
      },
      {
        id: 'integration',
        label: 'Integreiddio ar gyfer nodau ar y cyd',
        protects: t('Cydweithio: adnoddau wedi’u cyfuno a’u cyfeirio at nodau a rennir.', 'vangen-2017'),
        risk: t(
          'Mae uno’n rhy llwyr yn erydu’r gwahaniaethau a wnaeth bob partner yn werthfawr, a gall fygwth cylch gwaith y partneriaid eu hunain.',
          'vangen-2017',
        ),
      },
    ],
  },
  {
    id: 'hierarchy',
    name: 'Strwythurau fertigol a llorweddol',
    group: 'paper',
    examples: {
      time: t('Gweithiwch fel un tîm yn ystod prosiect ar y cyd, ac yna ewch â’r penderfyniadau yn ôl drwy linellau pob partner cyn bod dim yn derfynol.', 'vangen-2017', 'poole-van-de-ven-1989'),
      place: t('Setlwch faterion beunyddiol yn y cydweithrediad, a gadewch ymrwymiadau strategol i hierarchaeth pob partner ei hun.', 'vangen-2017', 'poole-van-de-ven-1989'),
    },
    summary: t(
      'Mae pob aelod yn dal i fod yn atebol i fyny ei linell reoli ei hun ac mae ganddo ei gylch gwaith ei hun, tra bo’r gwaith ar y cyd yn rhedeg ar draws sefydliadau. Daw llawer o’r hyn sy’n gwneud cydweithio yn baradocsaidd o weithio yn y ddau ar yr un pryd.',
      'vangen-2017',
    ),
    poles: [
      {
        id: 'vertical',
        label: 'Hierarchaeth a chylch gwaith yr aelod ei hun',
        protects: t('Llinellau atebolrwydd pob partner ei hun a’i ddyletswyddau i’w sefydliad ei hun.', 'vangen-2017'),
        risk: t(
          'Os yw aelodau’n gweithredu ar ran eu sefydliadau cartref yn unig, mae’r cydweithrediad yn troi’n siop siarad heb ddim gweithredu ar y cyd.',
          'vangen-2017',
        ),
      },
      {
        id: 'horizontal',
        label: 'Y berthynas gydweithredol',
        protects: t('Y cydberthnasau ar y cyd y caiff gwasanaethau a rennir eu darparu drwyddynt mewn gwirionedd.', 'vangen-2017'),
        risk: t(
          'Gall aelodau sy’n gweithredu ar ran y cydweithrediad yn unig golli cefnogaeth a mandad eu sefydliadau eu hunain.',
          'vangen-2017',
        ),
      },
    ],
  },
  {
    id: 'composition',
    name: 'Sefydlogrwydd a newid cyson yn yr aelodaeth',
    group: 'paper',
    examples: {
      time: t('Cadwch grŵp craidd cyson drwy gyfnod cychwynnol, ac yna agorwch yr aelodaeth wrth i’r diben ehangu.', 'huxham-vangen-2005', 'poole-van-de-ven-1989'),
      place: t('Cadwch graidd bach, sefydlog, gyda chylch ehangach o bartneriaid sy’n ymuno ar gyfer tasgau penodol ac yna’n gadael.', 'huxham-vangen-2005', 'poole-van-de-ven-1989'),
    },
    summary: t(
      'Anaml y mae pwy sy’n perthyn, ac i ba ddiben, yn aros yn llonydd: daw aelod newydd â’i agenda ei hun, mae’r diben yn newid, ac mae’r diben newydd yn denu partneriaid gwahanol. Mae rhywfaint o sefydlogrwydd yn helpu cydberthnasau i dyfu, tra bo newid yn dod â’r hyn sydd ei angen ar y dasg bellach.',
      'huxham-vangen-2005',
      PAPER,
    ),
    note: t(
      'Mae’r papur yn disgrifio’r aelodaeth fel rhywbeth sy’n newid yn gyson; nid yw’n gosod sefydlogrwydd yn erbyn newid. Mae’r llithrydd hwn yn ffordd i’r prosiect ofyn i ba raddau y mae’r cydweithrediad yn cadw ei aelodaeth yn gyson yng nghanol y newid hwnnw.',
      PAPER,
    ),
    poles: [
      {
        id: 'stability',
        label: 'Aelodaeth a diben sefydlog',
        protects: t('Parhad, fel y gall cydberthnasau, ymddiriedaeth a dealltwriaeth gyffredin gronni dros amser.', 'huxham-vangen-2005'),
        risk: t(
          'Gall rhewi’r aelodaeth gadw partneriaid allan pan fo’u hangen ar ddiben sy’n newid, ac mae’r cydweithrediad yn mynd yn hen.',
          'huxham-vangen-2005',
        ),
      },
      {
        id: 'flux',
        label: 'Newid cyson',
        protects: t('Y gallu i addasu: mae partneriaid newydd yn ymuno wrth i’r diben newid, gan ddod â’r hyn sydd ei angen nawr.', 'huxham-vangen-2005'),
        risk: t(
          'Pan fydd pwy sy’n cymryd rhan, a pham, yn dal i newid, rhaid ailadeiladu cydberthnasau a chytundebau dro ar ôl tro.',
          'huxham-vangen-2005',
        ),
      },
    ],
  },
  {
    id: 'accountability',
    name: 'Atebolrwydd i’r partner ac i’r cydweithrediad',
    group: 'paper',
    examples: {
      time: t('Gadewch i gynrychiolwyr negodi’n rhydd ar ran y cydweithrediad, ac yna gofynnwch i’w sefydliadau eu hunain gadarnhau’r canlyniad.', VHC, 'poole-van-de-ven-1989'),
      place: t('Cytunwch ar ba faterion y caiff cynrychiolydd ymrwymo iddynt wrth y bwrdd a pha rai y mae’n rhaid mynd â hwy yn ôl i’w sefydliad ei hun.', VHC, 'poole-van-de-ven-1989'),
    },
    summary: t(
      'Mae pobl sy’n cynrychioli eu sefydliad mewn cydweithrediad yn atebol i ddau gorff ar yr un pryd: eu cyflogwr a’r cydweithrediad. Gall y ddau dynnu i gyfeiriadau croes.',
      VHC,
      PAPER,
    ),
    note: t(
      'Nid yw atebolrwydd yn un o’r paradocsau y mae’r papur yn eu trafod: mae’n un o resi ei Dabl 2, lle mae llywodraethu cydweithrediadau yn gosod atebolrwydd unigolion i’r cydweithrediad yn erbyn eu hatebolrwydd i’w sefydliadau eu hunain.',
      PAPER,
      VHC,
    ),
    poles: [
      {
        id: 'partner',
        label: 'I’r sefydliad partner',
        protects: t('Mandad y cynrychiolydd a chefnogaeth y sefydliad a’i hanfonodd.', VHC),
        risk: t('Mae cynrychiolwyr sy’n atebol i’w sefydliadau cartref yn unig yn rhwystro penderfyniadau ar y cyd.', VHC),
      },
      {
        id: 'collaboration',
        label: 'I’r cydweithrediad',
        protects: t('Ymrwymiad i’r nodau ar y cyd ac i benderfyniadau a wnaed gyda’i gilydd.', VHC),
        risk: t(
          'Gall cynrychiolwyr golli cefnogaeth eu sefydliad cartref, neu ei ymrwymo i bethau na all eu cyflawni.',
          VHC,
        ),
      },
    ],
  },
];

/** The Provan–Kenis tensions, with each form's leaning (the form picker shows these). */
export const provanKenisTensions: ContentPack['tensions'] = [
  {
    id: 'efficiency-inclusiveness',
    name: 'Effeithlonrwydd a chynhwysiant',
    group: 'provan-kenis',
    summary: t(
      'Mae cynnwys pob aelod mewn penderfyniadau yn meithrin ymrwymiad ond yn cymryd amser ac arian; mae penderfynu’n ganolog yn gyflymach ond yn gadael aelodau allan. Rhaid i bob ffurf lywodraethu daro rhyw gydbwysedd.',
      PK,
    ),
    poles: [
      {
        id: 'efficiency',
        label: 'Effeithlonrwydd',
        protects: t('Penderfyniadau a gweithredu cyflym, am gost isel.', PK),
        risk: t('Mae gadael aelodau allan o benderfyniadau yn gwanhau eu hymrwymiad ac yn colli’r hyn y maent yn ei wybod.', PK),
      },
      {
        id: 'inclusiveness',
        label: 'Cynhwysiant',
        protects: t('Cyfranogiad, llais ac ymrwymiad yr aelodau.', PK),
        risk: t('Mae cynnwys pawb ym mhopeth yn gwneud penderfyniadau’n araf ac yn gostus, yn fwy felly wrth i’r rhwydwaith dyfu.', PK),
      },
    ],
    leanings: [
      {
        form: 'shared',
        pole: 'inclusiveness',
        text: t('Mae pob aelod yn cymryd rhan yn y llywodraethu, felly mae llywodraethu a rennir yn ffafrio cynhwysiant, ar gost i’r cyflymder.', PK),
      },
      {
        form: 'lead',
        pole: 'efficiency',
        text: t('Gall y sefydliad arweiniol benderfynu a gweithredu ar ran pawb, sy’n effeithlon ond yn rhoi llai o lais i’r aelodau eraill.', PK),
      },
      {
        form: 'nao',
        text: t(
          'Mae corff ar wahân sy’n gwneud y gwaith llywodraethu yn fwy effeithlon na llywodraethu gan bawb, tra bo’r aelodau’n cadw llais drwy fwrdd yr NAO: mae’n cadw llwybr rhwng y ddwy ffurf arall.',
          PK,
        ),
      },
    ],
  },
  {
    id: 'internal-external-legitimacy',
    name: 'Cyfreithlondeb mewnol ac allanol',
    group: 'provan-kenis',
    summary: t(
      'Mae angen i aelodau rhwydwaith ei weld yn werth chweil ac yn cael ei redeg yn deg (cyfreithlondeb mewnol), ac i bobl o’r tu allan, fel cyllidwyr a’r llywodraeth, ei gydnabod (cyfreithlondeb allanol). Mae ffurfiau sy’n ennill y naill yn tueddu i roi straen ar y llall.',
      PK,
    ),
    poles: [
      {
        id: 'internal',
        label: 'Cyfreithlondeb mewnol',
        protects: t('Cred yr aelodau fod y rhwydwaith yn werth eu hamser a’i fod yn cael ei redeg yn deg.', PK),
        risk: t('Efallai na fydd pobl o’r tu allan yn cydnabod, yn ariannu nac yn gwrando ar rwydwaith sy’n edrych tuag i mewn yn unig.', PK),
      },
      {
        id: 'external',
        label: 'Cyfreithlondeb allanol',
        protects: t('Cydnabyddiaeth gan gyllidwyr, y llywodraeth a’r cyhoedd, sy’n dod ag adnoddau a chefnogaeth.', PK),
        risk: t('Gall mynd ar ôl cydnabyddiaeth o’r tu allan beri i aelodau deimlo nad yw’r rhwydwaith yn eu gwasanaethu mwyach.', PK),
      },
    ],
    leanings: [
      {
        form: 'shared',
        pole: 'internal',
        text: t('Yr aelodau eu hunain sy’n rhedeg y rhwydwaith, felly maent yn tueddu i’w weld fel eu rhwydwaith hwy; gall fod yn anodd i bobl o’r tu allan ymwneud ag ef.', PK),
      },
      {
        form: 'lead',
        pole: 'external',
        text: t('Mae’r sefydliad arweiniol yn rhoi un wyneb clir i bobl o’r tu allan ymwneud ag ef, er y gall aelodau ddod i weld y rhwydwaith fel prosiect y sefydliad arweiniol.', PK),
      },
      {
        form: 'nao',
        pole: 'external',
        text: t(
          'Mae NAO ffurfiol yn rhoi hunaniaeth i’r rhwydwaith y mae pobl o’r tu allan yn ei hadnabod. Mae bod yn niwtral, nid yn aelod â’i agenda ei hun, yn ei helpu i gadw ymddiriedaeth yr aelodau, ond rhaid iddo ddal ati i ennill eu cefnogaeth.',
          PK,
        ),
      },
    ],
  },
  {
    id: 'flexibility-stability',
    name: 'Hyblygrwydd a sefydlogrwydd',
    group: 'provan-kenis',
    summary: t(
      'Rhaid i rwydwaith allu addasu i broblemau a chyfleoedd newydd, ond hefyd gadw arferion sefydlog y gall aelodau a phobl o’r tu allan ddibynnu arnynt. Mae ffurfiau mwy ffurfiol yn ennill sefydlogrwydd ac yn colli rhywfaint o hyblygrwydd.',
      PK,
    ),
    poles: [
      {
        id: 'flexibility',
        label: 'Hyblygrwydd',
        protects: t('Y gallu i addasu’n gyflym i broblemau a chyfleoedd newydd.', PK),
        risk: t('Nid yw addasu cyson yn gadael unrhyw arferion sefydlog na chof, a gall y rhwydwaith grwydro.', PK),
      },
      {
        id: 'stability',
        label: 'Sefydlogrwydd',
        protects: t('Parhad a ffordd sefydlog o weithio y gall aelodau a phobl o’r tu allan ddibynnu arni.', PK),
        risk: t('Mae strwythurau ac arferion sefydlog yn addasu’n araf pan fydd anghenion yn newid.', PK),
      },
    ],
    leanings: [
      {
        form: 'shared',
        pole: 'flexibility',
        text: t('Heb strwythur ar wahân i’w newid, gall yr aelodau addasu eu rhwydwaith a rennir yn gyflym.', PK),
      },
      {
        form: 'lead',
        pole: 'stability',
        text: t('Mae systemau a staff y sefydliad arweiniol yn rhoi parhad i’r rhwydwaith, ond mae newid yn dibynnu ar y sefydliad arweiniol.', PK),
      },
      {
        form: 'nao',
        pole: 'stability',
        text: t('Mae corff penodedig gyda staff a gweithdrefnau yn gwneud y rhwydwaith yn sefydlog, ond hefyd yn arafach i newid.', PK),
      },
    ],
  },
];
