/**
 * Welsh (cy) translation of ../en/concepts.ts: key ideas of the paper and the theory of collaborative advantage.
 * Ids and `cite` lists are identical to the English; only the texts are translated.
 */
import type { ContentPack } from '../../types.js';
import { t, PAPER, PK, VHC } from '../en/cite.js';

export const concepts: ContentPack['concepts'] = [
  {
    id: 'collaboration',
    term: 'Cydweithrediad',
    definition: t(
      'Trefniant ffurfiol lle mae sefydliadau’n gweithio gyda’i gilydd, yn barhaus ac mewn modd cydgysylltiedig, tuag at ganlyniadau na allai’r un ohonynt eu cyrraedd ar ei ben ei hun. Mae pob sefydliad yn aros yn annibynnol yn gyfreithiol drwy gydol yr amser.',
      'vangen-huxham-2012',
    ),
  },
  {
    id: 'collaborative-advantage',
    term: 'Mantais gydweithredol (collaborative advantage)',
    definition: t(
      'Gwerth ychwanegol gweithio gyda’i gilydd: cyflawni rhywbeth na allai’r un partner ei gyflawni ar ei ben ei hun. Mae’n tyfu o’r ffyrdd y mae’r partneriaid yn wahanol, o ran yr hyn y maent yn ei wybod, yr hyn sydd ganddynt, yr hyn y maent yn ei roi gyntaf a’r hyn y maent yn ei werthfawrogi, pan gaiff y gwahaniaethau hynny eu cyfuno’n dda.',
      'huxham-1993',
      'huxham-vangen-2005',
    ),
  },
  {
    id: 'collaborative-inertia',
    term: 'Syrthni cydweithredol (collaborative inertia)',
    definition: t(
      'Yr hyn y mae cydweithrediadau’n aml yn ei gynhyrchu yn lle mantais: mae pethau’n symud ar gyflymder malwen, ac mae beth bynnag a gyflawnir yn costio llawer iawn o ymdrech a rhwystredigaeth. Os caiff ei adael i redeg heb ei reoli’n fwriadol, mae cydweithrediad yn fwy tebygol o gyrraedd y fan hon nag o ennill mantais.',
      'huxham-vangen-2005',
      PAPER,
    ),
  },
  {
    id: 'governing-without-hierarchy',
    term: 'Llywodraethu heb hierarchaeth',
    definition: t(
      'Mewn un sefydliad, mae’r gyfraith a rheoliadau’n pennu pwy sy’n penderfynu, ac mae cadwyn reoli yn rhoi’r penderfyniadau ar waith. Fel arfer nid oes gan gydweithrediad yr un o’r ddau: caiff llawer eu sefydlu heb unrhyw ffurf gyfreithiol eu hunain a heb neb yn ffurfiol yn gyfrifol, felly rhaid i’r partneriaid gytuno sut y cânt eu llywodraethu.',
      'smith-mathur-skelcher-2006',
      PAPER,
    ),
  },
  {
    id: 'conditions',
    term: 'Amodau, nid sgôr',
    definition: t(
      'Tynnodd Provan a Kenis yr amodau hyn o astudiaethau cynharach, nid o waith maes newydd: maent yn dweud ble mae pob ffurf yn tueddu i fod yn effeithiol. Mae’r dehongliad yn dangos i ba raddau y mae cydweithrediad yn eu bodloni. Nid yw’n rhoi gradd i’r cydweithrediad, ac yn ymarferol mae llywodraethu’n cymysgu’r ffurfiau.',
      PK,
      VHC,
      PAPER,
    ),
  },
  {
    id: 'fit-rule',
    term: 'Sut mae’r dehongliad yn gweithio',
    definition: t(
      'Rheol y prosiect hwn ar gyfer dehongli amodau Provan a Kenis: mae ffactor sydd ddau gam neu fwy oddi wrth amod ffurf yn gwrthdaro, ac ni all unrhyw nifer o gyfatebiaethau mewn mannau eraill orbwyso hynny. Caiff y ffurfiau eu trefnu yn ôl pa un sydd â’r lleiaf o wrthdrawiadau, yna yn ôl nifer yr amodau a fodlonir, gydag un cam i ffwrdd yn cyfrif fel hanner. Ni all un ffactor ar ei ben ei hun ddweud pa ffurf sy’n addas, a lle mae pob ffurf yn gwrthdaro, nid oes yr un yn addas iawn.',
      PK,
    ),
  },
  {
    id: 'blend',
    term: 'Cyfuniad o’r ffurfiau',
    definition: t(
      'Mae llywodraethu go iawn yn cymysgu’r ffurfiau delfrydol, ac mae’n fwy cymhleth na’r deipoleg. Y diemwnt wedi’i lenwi yw lle mae’r ffactorau’n pwyntio: mae pob ffactor rydych yn ei osod yn tynnu tuag at y ffurf y mae’n agosaf at ei hamod. Rhowch y cylch lle rydych chi’n meddwl y mae’r cydweithrediad yn eistedd.',
      VHC,
      PAPER,
    ),
  },
  {
    id: 'nao',
    term: 'Sefydliad Gweinyddol Rhwydwaith (NAO: Network Administrative Organisation)',
    definition: t(
      'Corff sy’n llywodraethu rhwydwaith ar ran ei aelodau, naill ai un y maent wedi’i sefydlu eu hunain neu un a benodwyd i wneud y gwaith. Gall fod yn uned fach neu’n sefydliad ffurfiol gyda’i staff a’i fwrdd ei hun.',
      PK,
      PAPER,
    ),
  },
  {
    id: 'through-or-of',
    term: 'Llywodraethu drwy gydweithrediad, neu lywodraethu cydweithrediad',
    definition: t(
      'Ystyr llywodraethu drwy gydweithrediad yw bod y llywodraeth yn defnyddio partneriaethau fel ei ffordd o lywodraethu ac o roi polisi ar waith. Mae llywodraethu cydweithrediad yn ymwneud â’r ffordd y mae’r partneriaid yn rhedeg y bartneriaeth ei hun fel ei bod yn cyflawni ei nodau. Mae’r papur yn dadlau bod y gwahaniaeth hwn yn un rheswm pam mae llywodraethu mewn gwasanaethau cyhoeddus yn edrych mor gymhleth.',
      PAPER,
      VHC,
    ),
  },
  {
    id: 'paradox',
    term: 'Paradocs a rheoli tyndraoedd',
    definition: t(
      'Mae cydweithrediadau’n llawn tyndraoedd rhwng dau beth sydd ill dau yn bwysig, fel nodau a rennir a nodau gwahanol. Nid oes modd setlo’r rhain unwaith ac am byth. Mae eu rheoli yn golygu dewis sut i weithio gyda’r ddwy ochr, er enghraifft drwy gyfaddawdau sy’n ddigon da am y tro, a dod yn ôl atynt wrth i bethau newid.',
      'vangen-2017',
      PAPER,
    ),
  },
  {
    id: 'composition',
    term: 'Cyfansoddiad amwys, cymhleth a deinamig',
    definition: t(
      'Mae’r aelodaeth yn aml yn aneglur, yn glymog ac yn ansefydlog: nid yw pobl yn siŵr pwy sy’n perthyn go iawn nac ar ran pwy y mae eraill yn siarad, ac mae’r cast yn dal i newid wrth i’r diben symud.',
      'huxham-vangen-2005',
      PAPER,
    ),
  },
  {
    id: 'collaborative-governance',
    term: 'Llywodraethu cydweithredol (collaborative governance)',
    definition: t(
      'Llywodraethu drwy gydweithrediad. Mae’r llywodraeth yn dod â sefydliadau cyhoeddus, preifat a gwirfoddol ynghyd i roi polisi ar waith neu i redeg rhaglenni cyhoeddus, fel dewis amgen i hierarchaeth a biwrocratiaeth.',
      'skelcher-mathur-smith-2005',
      VHC,
    ),
  },
  {
    id: 'governing-collaborations',
    term: 'Llywodraethu cydweithrediadau (governing collaborations)',
    definition: t(
      'Llywodraethu cydweithrediad fel endid ynddo’i hun: sut mae partneriaid yn arwain, yn rheoli ac yn llywodraethu eu trefniant ar y cyd fel ei fod yn cyflawni mantais gydweithredol. Nid oes rhaid i’r llywodraeth fod yn rhan ohono.',
      VHC,
      'vangen-huxham-2012',
    ),
  },
  {
    id: 'new-public-governance',
    term: 'Llywodraethu Cyhoeddus Newydd (New Public Governance, NPG)',
    definition: t(
      'Yr enw a roddodd Osborne ar wasanaethau cyhoeddus o tua 2000 ymlaen. Nid un asiantaeth sy’n darparu gwasanaeth: mae llawer o gyrff cyhoeddus, preifat a gwirfoddol yn dibynnu ar ei gilydd i wneud hynny, a chaiff polisi ei lunio mewn llawer man ar yr un pryd. Yr hyn sydd bwysicaf yw sut mae sefydliadau’n gweithio gyda’i gilydd, sut y caiff y prosesau rhyngddynt eu llywodraethu, a’r hyn y mae gwasanaethau’n ei gyflawni.',
      'osborne-2006',
      'osborne-2010',
    ),
  },
  {
    id: 'policy-advice',
    term: 'Yr hyn y mae’r papur yn ei ofyn gan lunwyr polisi',
    definition: t(
      'Nid ateb cyflym yw cydweithredu. Dylai’r rhai sy’n ei hyrwyddo ddeall faint y mae’n ei ofyn gan y bobl dan sylw, disgwyl i’r aelodau a’r dibenion newid o hyd, a disgwyl y bydd angen buddsoddiad mawr, sgiliau arwain go iawn ac amynedd gan bawb sy’n cymryd rhan. Dylent gadw mewn golwg yr hyn na ellir ei gyflawni ond drwy gydweithredu, a’i ddefnyddio’n ofalus yn hytrach nag fel dewis awtomatig.',
      PAPER,
      'vangen-huxham-2010',
    ),
  },
];
