/**
 * Welsh (cy) translation of ../en/comparison.ts: the paper's Table 2, collaborative governance (llywodraethu
 * cydweithredol) against governing collaborations (llywodraethu cydweithrediadau).
 * Ids, logics, rows, kinds and `cite` lists are identical to the English; only the texts are translated.
 */
import type { ContentPack } from '../../types.js';
import { t, PAPER, VHC } from '../en/cite.js';

export const comparison: ContentPack['comparison'] = {
  title: 'Llywodraethu cydweithredol neu lywodraethu cydweithrediadau?',
  intro: t(
    'Mae’r papur yn benthyg cyferbyniad a gynigiwyd gan Vangen, Hayes a Cornforth (2015) rhwng dau gorff o lenyddiaeth ar lywodraethu a chydweithio: llywodraethu cydweithredol (collaborative governance) a llywodraethu cydweithrediadau (governing collaborations). Mae’r ddau’n codi’r un cwestiynau dylunio, megis pwy sy’n cymryd rhan, sut y gwneir penderfyniadau, pwy sy’n arwain a ble mae’r atebolrwydd, ond mae pob un yn eu hateb yn ei ffordd ei hun. Mae’r papur yn dadlau bod y gwahaniaeth hwn yn esbonio rhan o’r cymhlethdod sy’n wynebu rheolwyr cyhoeddus.',
    VHC,
    PAPER,
  ),
  logics: [
    {
      id: 'collaborative-governance',
      name: 'Llywodraethu cydweithredol',
      summary: t(
        'Llywodraethu drwy gydweithrediad: mae’r llywodraeth yn dod â sefydliadau ynghyd fel dewis amgen mwy democrataidd yn lle hierarchaeth, yn bennaf er mwyn rhoi polisi cyhoeddus ar waith.',
        VHC,
        'skelcher-mathur-smith-2005',
      ),
    },
    {
      id: 'governing-collaborations',
      name: 'Llywodraethu cydweithrediadau',
      summary: t(
        'Llywodraethu cydweithrediad: sut y mae grŵp o sefydliadau’n rhedeg ei drefniant ar y cyd fel ei fod yn cyflawni mantais gydweithredol. Nid oes rhaid i’r llywodraeth na pholisi cyhoeddus fod yn rhan ohono.',
        VHC,
        'huxham-vangen-2005',
      ),
    },
  ],
  rows: [
    {
      id: 'definition',
      name: 'Nodweddion diffiniol, diben a ffocws',
      kind: 'definitional',
      cells: [
        {
          logic: 'collaborative-governance',
          text: 'Mae’r llywodraeth yn defnyddio partneriaethau fel ei ffordd o lywodraethu: dewis mwy democrataidd na gorchymyn drwy hierarchaeth a biwrocratiaeth. Mae’r bartneriaeth yn bodoli’n bennaf i roi polisi cyhoeddus ar waith.',
          cite: [VHC],
        },
        {
          logic: 'governing-collaborations',
          text: 'Yma, y bartneriaeth ei hun yw gwrthrych y llywodraethu. Dewisir ei threfniadau er mwyn helpu’r partneriaid i gyrraedd y nodau sydd ganddynt yn gyffredin, ac ystyr llwyddiant yw cyflawni’r hyn na allai’r un ohonynt ei gyflawni ar ei ben ei hun.',
          cite: [VHC],
        },
      ],
    },
    {
      id: 'inclusion',
      name: 'Cynnwys rhanddeiliaid',
      kind: 'design',
      cells: [
        {
          logic: 'collaborative-governance',
          text: 'Yn aml, dod â phawb sydd â buddiant at y bwrdd yw’r holl bwynt: cyrff cyhoeddus ac elusennau yn gyntaf, ac weithiau pobl leol hefyd.',
          cite: [VHC],
        },
        {
          logic: 'governing-collaborations',
          text: 'Mae pwy sy’n ymuno yn dibynnu ar anghenion y dasg ar y cyd; nid oes dim yn mynnu bod pawb yr effeithir arnynt yn cymryd rhan nac yn cael llais.',
          cite: [VHC],
        },
      ],
    },
    {
      id: 'decisions',
      name: 'Gwneud penderfyniadau',
      kind: 'design',
      cells: [
        {
          logic: 'collaborative-governance',
          text: 'Mae’r partneriaid yn ceisio datrys cwestiynau cyhoeddus gyda’i gilydd, gan chwilio am safbwynt y gall pob un ohonynt ei dderbyn.',
          cite: [VHC],
        },
        {
          logic: 'governing-collaborations',
          text: 'Pleidlais, gweithgor, penderfyniad gan y partner arweiniol: mae’r partneriaid yn defnyddio pa ffordd bynnag o benderfynu sy’n gweddu i’r mater dan sylw.',
          cite: [VHC],
        },
      ],
    },
    {
      id: 'power',
      name: 'Anghydbwysedd grym',
      kind: 'design',
      cells: [
        {
          logic: 'collaborative-governance',
          text: 'Mae’n anodd cysoni trosglwyddo grym o gyrff etholedig i’r rhanddeiliaid gyda’i gilydd â’r pwysau y mae hierarchaethau cyhoeddus yn dal i’w gario.',
          cite: [VHC],
        },
        {
          logic: 'governing-collaborations',
          text: 'Gall partneriaid ddal grym ar y cyd. Lle mae gan rai fwy o rym nag eraill, nid corff cyhoeddus yw’r cryfaf o reidrwydd: gall elusen neu gwmni gario’r pwysau mwyaf.',
          cite: [VHC],
        },
      ],
    },
    {
      id: 'trust',
      name: 'Ymddiriedaeth a drwgdybiaeth',
      kind: 'design',
      cells: [
        {
          logic: 'collaborative-governance',
          text: 'Heb ymddiriedaeth ni all y trefniant weithio, felly un o’r prif dasgau yw ei meithrin ymhlith partneriaid sy’n amheus o’i gilydd ar y dechrau.',
          cite: [VHC],
        },
        {
          logic: 'governing-collaborations',
          text: 'Mae’r partneriaid yn gwybod bod ymddiriedaeth yn bwysig a’i bod yn gallu chwalu unrhyw bryd, felly maent yn gweithio mewn dwy ffordd: ei meithrin, ac ymdopi lle nad yw’n bodoli.',
          cite: [VHC],
        },
      ],
    },
    {
      id: 'resources',
      name: 'Dosbarthu adnoddau',
      kind: 'design',
      cells: [
        {
          logic: 'collaborative-governance',
          text: 'Mae llawer o’r gwaith yn ymwneud â phwy sy’n cael arian cyhoeddus, ac a yw’r dosbarthiad yn deg.',
          cite: [VHC],
        },
        {
          logic: 'governing-collaborations',
          text: 'Yr hyn sy’n cyfrif yw cael partneriaid i gyfrannu eu harian, eu pobl, eu sgiliau a’u data eu hunain at y gwaith ar y cyd.',
          cite: [VHC],
        },
      ],
    },
    {
      id: 'goals',
      name: 'Nodau a gwerthoedd',
      kind: 'design',
      cells: [
        {
          logic: 'collaborative-governance',
          text: 'Daw’r nodau o’r llywodraeth: y polisi sy’n pennu beth y mae’n rhaid i’r bartneriaeth ei gyflawni.',
          cite: [VHC],
        },
        {
          logic: 'governing-collaborations',
          text: 'Yr hyn sy’n cychwyn y partneriaid yw darganfod bod eu nodau’n gorgyffwrdd.',
          cite: [VHC],
        },
      ],
    },
    {
      id: 'lead',
      name: 'Sefydliad arweiniol',
      kind: 'design',
      cells: [
        {
          logic: 'collaborative-governance',
          text: 'Cyrff cyhoeddus sy’n arwain, a hynny fel hawl, mewn rôl nad yw’r un partner arall yn ei chwarae.',
          cite: [VHC],
        },
        {
          logic: 'governing-collaborations',
          text: 'Nid oes rheol ynghylch pwy sy’n arwain. Gallai’r partneriaid arwain gyda’i gilydd neu ddewis un sefydliad i wneud hynny; gallai’r sefydliad hwnnw ddod o’r tu mewn neu o’r tu allan i’r cydweithrediad, ac o unrhyw sector.',
          cite: [VHC],
        },
      ],
    },
    {
      id: 'leaders',
      name: 'Arweinwyr unigol',
      kind: 'design',
      cells: [
        {
          logic: 'collaborative-governance',
          text: 'Mae’r bobl sy’n arwain yn siarad dros gyrff cyhoeddus, neu’n gweithredu â phwerau a roddwyd iddynt gan y wladwriaeth.',
          cite: [VHC],
        },
        {
          logic: 'governing-collaborations',
          text: 'Gall unrhyw un sy’n gwneud i bethau ddigwydd arwain, gan gynnwys pobl heb deitl nac awdurdod ffurfiol.',
          cite: [VHC],
        },
      ],
    },
    {
      id: 'accountability',
      name: 'Atebolrwydd',
      kind: 'design',
      cells: [
        {
          logic: 'collaborative-governance',
          text: 'Rhaid i’r llywodraeth ateb am yr hyn a wneir, yn enwedig am y ffordd y defnyddir adnoddau cyhoeddus.',
          cite: [VHC],
        },
        {
          logic: 'governing-collaborations',
          text: 'Mae’r rhai sy’n cymryd rhan yn atebol i ddau feistr, y bartneriaeth a’u cyflogwr eu hunain, a gall y ddau dynnu’n groes i’w gilydd.',
          cite: [VHC],
        },
      ],
    },
  ],
  statements: [
    {
      id: 'definition-cg',
      text: 'Sefydlodd y cyngor y bartneriaeth i gyflawni strategaeth newydd y llywodraeth ar gyfer pobl ifanc.',
      logic: 'collaborative-governance',
      row: 'definition',
      explanation: t('Mae’r llywodraeth yn creu cydweithrediad i roi polisi cyhoeddus ar waith: llywodraethu drwy gydweithrediad.', VHC),
    },
    {
      id: 'definition-gc',
      text: 'Ffurfiodd pedair elusen gynghrair i gyflawni gyda’i gilydd yr hyn na allai’r un ohonynt ei wneud ar ei phen ei hun.',
      logic: 'governing-collaborations',
      row: 'definition',
      explanation: t('Caiff y gynghrair ei rhedeg fel endid yn ei hawl ei hun, gyda’r nod o sicrhau mantais gydweithredol.', VHC),
    },
    {
      id: 'inclusion-cg',
      text: 'Rhaid i bob grŵp yr effeithir arno, gan gynnwys cymdeithasau preswylwyr, gael sedd ar y bwrdd.',
      logic: 'collaborative-governance',
      row: 'inclusion',
      explanation: t('Mae anelu at gynnwys pob rhanddeiliad yn nodweddiadol o lywodraethu cydweithredol.', VHC),
    },
    {
      id: 'inclusion-gc',
      text: 'Dim ond y sefydliadau yr oedd gwir angen eu sgiliau ar y prosiect a wahoddwyd gennym.',
      logic: 'governing-collaborations',
      row: 'inclusion',
      explanation: t('Nid oes rheol i gynnwys pawb; mae’r aelodaeth yn dilyn y dasg ar y cyd.', VHC),
    },
    {
      id: 'decisions-cg',
      text: 'Mae’r bartneriaeth yn bodoli i bennu polisi’r ardal ar wasanaethau ieuenctid, ac mae’n trafod pob cynnig nes bod y cyrff cyhoeddus a’r elusennau’n dod i gonsensws.',
      logic: 'collaborative-governance',
      row: 'decisions',
      explanation: t(
        'Cwestiwn o bwys cyhoeddus, a benderfynir ar y cyd gyda’r nod o gyrraedd consensws: llywodraethu cydweithredol. Ni fyddai unfrydedd ar ei ben ei hun yn gwahaniaethu rhwng y ddwy resymeg, oherwydd gall llywodraethu cydweithrediadau ei ddefnyddio fel un ffordd o benderfynu ymhlith llawer.',
        VHC,
      ),
    },
    {
      id: 'decisions-gc',
      text: 'Mae rhai penderfyniadau’n mynd i bleidlais; caiff eraill eu gadael i weithgor neu i’r cadeirydd, pa drefn bynnag sy’n cyflawni’r gwaith ar y cyd.',
      logic: 'governing-collaborations',
      row: 'decisions',
      explanation: t('Mae’r partneriaid yn dewis ffordd o benderfynu sy’n gweddu i bob mater ac i’w nod cyffredin, sy’n cyd-fynd â llywodraethu cydweithrediadau.', VHC),
    },
    {
      id: 'power-cg',
      text: 'Roedd y grym i fod i gael ei rannu, ond y cyngor sydd â’r gair olaf o hyd.',
      logic: 'collaborative-governance',
      row: 'power',
      explanation: t('Mae rhannu grym yn tynnu’n groes i bwysau parhaus hierarchaethau cyhoeddus.', VHC),
    },
    {
      id: 'power-gc',
      text: 'Cwmni preifat, nid y cyngor, yw’r partner mwyaf pwerus yn ein rhwydwaith.',
      logic: 'governing-collaborations',
      row: 'power',
      explanation: t('Yma gall y partner cryfaf fod yn gwmni neu’n elusen yn hytrach nag yn gorff cyhoeddus.', VHC),
    },
    {
      id: 'trust-cg',
      text: 'Cyn y gallai’r bartneriaeth gyflawni’r polisi, roedd yn rhaid i’w hasiantaethau oresgyn blynyddoedd o amheuaeth, felly aeth ei blwyddyn gyntaf ar feithrin ymddiriedaeth.',
      logic: 'collaborative-governance',
      row: 'trust',
      explanation: t('Ymddiriedaeth yw’r cynhwysyn hanfodol, ac mae’n cael ei meithrin yn gyntaf er mwyn goresgyn yr hen ddrwgdybiaeth: safbwynt llywodraethu cydweithredol.', VHC),
    },
    {
      id: 'trust-gc',
      text: 'Gallai’r ymddiriedaeth rhyngom chwalu unrhyw bryd, felly yn ogystal â’i meithrin rydym yn cynllunio beth i’w wneud pan fydd partner yn ein siomi.',
      logic: 'governing-collaborations',
      row: 'trust',
      explanation: t('Ystyrir ymddiriedaeth yn fregus, byth yn rhywbeth sefydlog: mae’r partneriaid yn dal ati i’w meithrin ac yn rheoli’r ddrwgdybiaeth sy’n weddill, sef safbwynt llywodraethu cydweithrediadau.', VHC),
    },
    {
      id: 'resources-cg',
      text: 'Prif waith y bartneriaeth yw rhannu cyllid cyhoeddus yn deg rhwng cymdogaethau.',
      logic: 'collaborative-governance',
      row: 'resources',
      explanation: t('Mae rhannu arian cyhoeddus yn deg yn un o bryderon llywodraethu cydweithredol.', VHC),
    },
    {
      id: 'resources-gc',
      text: 'Mae pob aelod yn dod â staff, adeiladau neu ddata i’r prosiect ar y cyd.',
      logic: 'governing-collaborations',
      row: 'resources',
      explanation: t('Mae’r partneriaid yn cyfrannu eu hasedau eu hunain at y gwaith ar y cyd.', VHC),
    },
    {
      id: 'goals-cg',
      text: 'Daw ein targedau’n syth o’r polisi cenedlaethol a greodd y bartneriaeth.',
      logic: 'collaborative-governance',
      row: 'goals',
      explanation: t('Mae nodau a osodir oddi uchod gan bolisi yn nodweddiadol o lywodraethu cydweithredol.', VHC),
    },
    {
      id: 'goals-gc',
      text: 'Daethom ynghyd am fod pob un ohonom eisiau gweld llai o bobl ifanc yn cysgu ar y stryd.',
      logic: 'governing-collaborations',
      row: 'goals',
      explanation: t('Nodau sy’n gorgyffwrdd a ddaeth â’r partneriaid at ei gilydd.', VHC),
    },
    {
      id: 'lead-cg',
      text: 'Fel y corff cyhoeddus, mae’n naturiol mai’r awdurdod lleol sy’n cadeirio ac yn arwain y bartneriaeth.',
      logic: 'collaborative-governance',
      row: 'lead',
      explanation: t('Mae’r cyngor yn arwain am mai ef yw’r corff cyhoeddus: arwain fel hawl.', VHC),
    },
    {
      id: 'lead-gc',
      text: 'Cytunodd yr aelodau y byddai elusen dai fach yn arwain y bartneriaeth.',
      logic: 'governing-collaborations',
      row: 'lead',
      explanation: t('Gall unrhyw sefydliad y mae’r partneriaid yn cytuno arno arwain, boed yn gyhoeddus neu beidio.', VHC),
    },
    {
      id: 'leaders-cg',
      text: 'Dim ond rhywun sydd â swydd mewn asiantaeth gyhoeddus a gaiff gadeirio’r bwrdd, oherwydd bod y cadeirydd yn gweithredu ag awdurdod y wladwriaeth.',
      logic: 'collaborative-governance',
      row: 'leaders',
      explanation: t('Mae arweinyddiaeth yn mynd law yn llaw â swydd gyhoeddus ac awdurdod y wladwriaeth. Gallai swyddog cyngor arwain yn y naill resymeg neu’r llall; yr hyn sy’n nodweddu’r rhesymeg hon yw mai dim ond deiliad swydd o’r fath a gaiff wneud hynny.', VHC),
    },
    {
      id: 'leaders-gc',
      text: 'Mae gwirfoddolwr heb deitl ffurfiol wedi dod yn berson sy’n cadw popeth ynghyd.',
      logic: 'governing-collaborations',
      row: 'leaders',
      explanation: t('Mae’n bosibl arwain heb deitl wrth lywodraethu cydweithrediad.', VHC),
    },
    {
      id: 'accountability-cg',
      text: 'Rhaid i’r bartneriaeth adrodd i’r llywodraeth ar sut y gwariodd yr arian cyhoeddus.',
      logic: 'collaborative-governance',
      row: 'accountability',
      explanation: t('Mae arian cyhoeddus yn dod ag atebolrwydd y llywodraeth yn ei sgil: mae’r bartneriaeth yn adrodd fel y gall y llywodraeth ateb am yr hyn a wariwyd.', VHC),
    },
    {
      id: 'accountability-gc',
      text: 'Cefnogais y cynllun ar y cyd yn y cyfarfod, ond mae fy mhrif weithredwr fy hun yn ei wrthwynebu.',
      logic: 'governing-collaborations',
      row: 'accountability',
      explanation: t('Mae’r cynrychiolydd wedi’i rwygo rhwng y cydweithrediad a’i sefydliad ei hun.', VHC),
    },
  ],
};
