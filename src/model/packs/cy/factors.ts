/**
 * Welsh (cy) translation of ../en/factors.ts: the four contingency factors (ffactorau wrth gefn), each with its
 * levels from low to high. Ids, level order and `cite` lists are identical to the English; only the texts are translated.
 */
import type { ContentPack } from '../../types.js';
import { t, PK } from '../en/cite.js';

export const factors: ContentPack['factors'] = [
  {
    id: 'trust',
    name: 'Ymddiriedaeth',
    question: 'Pa mor eang y mae ymddiriedaeth wedi’i rhannu ymhlith aelodau eich cydweithrediad?',
    levels: [
      { id: 'low', label: 'Isel: mae ymddiriedaeth yn denau ac yn rhedeg drwy un aelod canolog' },
      { id: 'moderate', label: 'Cymedrol: mae’r aelodau’n ymddiried digon mewn cydgysylltydd, ond yn cadw llygad arno' },
      { id: 'high', label: 'Uchel: wedi’i rhannu’n eang ymhlith yr aelodau' },
    ],
    explanation: t(
      'Mae Provan a Kenis yn edrych ar ba mor eang y mae ymddiriedaeth yn rhedeg rhwng yr aelodau (ei dwysedd). Mae llywodraethu a rennir yn gofyn am ymddiriedaeth rhwng bron pob aelod. Lle mae ymddiriedaeth yn denau, gall yr aelodau weithio gyda’i gilydd o hyd drwy un sefydliad y mae pob un ohonynt yn dibynnu arno. Mae NAO yn gweddu i’r canol: mae’r aelodau’n ymddiried ynddo i lywodraethu ond yn ei fonitro. Cofiwch fod ymddiriedaeth rhwng partneriaid yn aml yn wan yn ymarferol.',
      PK,
      'vangen-huxham-2003-trust',
    ),
  },
  {
    id: 'participants',
    name: 'Nifer y cyfranogwyr',
    question: 'Faint o sefydliadau sy’n cymryd rhan yn eich cydweithrediad?',
    levels: [
      { id: 'few', label: 'Ychydig: grŵp bach sy’n gallu eistedd o amgylch un bwrdd' },
      { id: 'moderate', label: 'Cymedrol: gormod i bawb benderfynu popeth gyda’i gilydd' },
      { id: 'many', label: 'Llawer: rhwydwaith mawr o sefydliadau' },
    ],
    explanation: t(
      'Po fwyaf o aelodau sydd, mwyaf araf a chymhleth yw hi iddynt i gyd lywodraethu gyda’i gilydd. Gall rhwydweithiau bach rannu’r llywodraethu; fel arfer mae angen aelod arweiniol neu gorff ar wahân ar rai mwy i gydgysylltu.',
      PK,
    ),
  },
  {
    id: 'consensus',
    name: 'Consensws ar nodau',
    question: 'I ba raddau y mae’r aelodau’n cytuno ar ddiben y cydweithrediad?',
    levels: [
      { id: 'low', label: 'Isel: mae’r aelodau’n anghytuno ynghylch y nodau' },
      { id: 'moderately-low', label: 'Gweddol isel: rhywfaint o dir cyffredin, llawer o wahaniaethau' },
      { id: 'moderately-high', label: 'Gweddol uchel: cytundeb eang, rhai gwahaniaethau' },
      { id: 'high', label: 'Uchel: mae’r aelodau’n cytuno ar y nodau' },
    ],
    explanation: t(
      'Mae llywodraethu a rennir yn dibynnu ar gytundeb rhwng yr aelodau ynghylch y nodau. Gall sefydliad arweiniol fwrw ymlaen gyda chytundeb gweddol isel yn unig, ac mae angen cytundeb gweddol uchel ar NAO. Yn ymarferol mae nodau wedi’u plethu drwy’i gilydd, ac anaml y cytunir arnynt yn llawn, felly byddwch yn onest am y ffactor hwn.',
      PK,
      'vangen-huxham-2012',
    ),
  },
  {
    id: 'competencies',
    name: 'Angen am gymwyseddau ar lefel rhwydwaith',
    question: 'I ba raddau y mae’r dasg ar y cyd yn gofyn am sgiliau a chydgysylltu ar lefel y rhwydwaith cyfan?',
    levels: [
      { id: 'low', label: 'Isel: tasg syml y gall yr aelodau ei chydgysylltu eu hunain' },
      { id: 'moderate', label: 'Cymedrol: mae angen rhywfaint o sgiliau a chydgysylltu ar y cyd' },
      { id: 'high', label: 'Uchel: tasg gymhleth a rhyngddibynnol, neu ofynion trwm o’r tu allan' },
    ],
    explanation: t(
      'Mae rhai tasgau’n gofyn am sgiliau sy’n perthyn i’r rhwydwaith cyfan, fel cydgysylltu gwaith sydd â chysylltiadau agos, gwneud cais am arian neu ateb i gyrff allanol. Po fwyaf yw’r angen hwnnw, mwyaf y mae’r rhwydwaith yn elwa o gael cydgysylltydd penodedig: sefydliad arweiniol neu NAO.',
      PK,
    ),
  },
];
