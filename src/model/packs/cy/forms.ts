/**
 * Welsh (cy) translation of ../en/forms.ts: the three Provan–Kenis governance forms.
 * Ids and `cite` lists are identical to the English; only the texts are translated.
 */
import type { ContentPack } from '../../types.js';
import { t, PK } from '../en/cite.js';

export const forms: ContentPack['forms'] = [
  {
    id: 'shared',
    name: 'Rhwydwaith a lywodraethir gan y cyfranogwyr (llywodraethu a rennir)',
    short: 'A rennir',
    description: t(
      'Mae’r holl sefydliadau sy’n aelodau yn llywodraethu’r cydweithrediad gyda’i gilydd. Nid oes corff ar wahân yn gyfrifol: mae’r aelodau’n cwrdd, yn penderfynu ac yn gwneud y gwaith llywodraethu rhyngddynt eu hunain, yn ffurfiol neu’n anffurfiol.',
      PK,
    ),
    strengths: [
      t('Mae gan bob aelod lais, felly mae’r aelodau’n tueddu i deimlo mai eu rhwydwaith hwy ydyw, ac yn aros yn ymrwymedig.', PK),
      t('Gall newid cyfeiriad yn gyflym, oherwydd gall yr aelodau addasu eu ffordd o weithio heb ofyn i neb arall.', PK),
      t('Mae’r aelodau’n ei weld yn cael ei redeg yn deg, gan mai hwy eu hunain sy’n ei redeg: mae’n gryf o ran cyfreithlondeb mewnol.', PK),
    ],
    weaknesses: [
      t('Mae’n aneffeithlon: mae pob penderfyniad yn cymryd amser ac ymdrech gan bob aelod, a mwy felly gyda phob aelod a ychwanegir. Mae’n gweddu i grŵp bach.', PK),
      t('Efallai y bydd cyllidwyr a’r llywodraeth yn ei chael yn anodd gweld pwy sy’n siarad ar ran y rhwydwaith.', PK),
      t('Dim ond lle mae ymddiriedaeth wedi’i rhannu’n eang a’r aelodau’n cytuno’n fras ar nodau y mae’n gweithio; hebddynt, mae penderfyniadau’n dod i stop.', PK),
    ],
  },
  {
    id: 'lead',
    name: 'Rhwydwaith a lywodraethir gan sefydliad arweiniol',
    short: 'Sefydliad arweiniol',
    description: t(
      'Mae un aelod yn cymryd yr awenau. Mae’n cydgysylltu’r gwaith, yn llywio’r prif benderfyniadau ac yn aml yn gofalu am yr arian. Mae’r aelodau eraill yn cymryd rhan, ond y sefydliad arweiniol sy’n cario’r rhan fwyaf o’r baich llywodraethu.',
      PK,
    ),
    strengths: [
      t('Mae penderfyniadau’n gyflym a’r rhwydwaith yn rhedeg yn effeithlon, oherwydd bod un sefydliad yn cydgysylltu.', PK),
      t('Mae gan bobl o’r tu allan, fel cyllidwyr a’r llywodraeth, un pwynt cyswllt clir.', PK),
      t('Gall weithio lle mae ymddiriedaeth yn denau: mae angen i’r aelodau ymddiried yn y sefydliad arweiniol, nid ym mhob aelod arall.', PK),
    ],
    weaknesses: [
      t('Gall y sefydliad arweiniol roi ei agenda ei hun yn gyntaf, a gall yr aelodau eraill ddigio wrth ei weld yn tra-arglwyddiaethu.', PK),
      t('Gall aelodau sydd heb fawr o lais ymrwymo llai i’r rhwydwaith.', PK),
      t('Mae’r rhwydwaith yn dibynnu ar adnoddau ac ewyllys da’r sefydliad arweiniol; os yw’r sefydliad arweiniol yn tynnu’n ôl, mae’r rhwydwaith mewn trafferth.', PK),
    ],
  },
  {
    id: 'nao',
    name: 'Sefydliad Gweinyddol Rhwydwaith (NAO: Network Administrative Organisation)',
    short: 'NAO',
    description: t(
      'Mae corff gweinyddol ar wahân yn llywodraethu’r rhwydwaith. Mae’r aelodau’n ei greu neu’n ei benodi i gydgysylltu a chynnal eu gwaith ar y cyd. Gall fod yn uned fach neu’n sefydliad ffurfiol gyda’i staff a’i fwrdd ei hun.',
      PK,
    ),
    strengths: [
      t('Gall ymdopi â llawer o aelodau a thasgau cymhleth, oherwydd bod llywodraethu yn swydd amser llawn i rywun.', PK),
      t('Gall corff niwtral gydbwyso buddiannau’r aelodau, gan leddfu’r ofn y bydd un aelod yn tra-arglwyddiaethu.', PK),
      t('Mae’n rhoi i’r rhwydwaith hunaniaeth weladwy, sefydlog y mae pobl o’r tu allan yn ei hadnabod.', PK),
    ],
    weaknesses: [
      t('Mae sefydlu a rhedeg corff ar wahân yn costio arian ac ymdrech.', PK),
      t('Mae’n ychwanegu biwrocratiaeth a gall wneud y rhwydwaith yn arafach i addasu.', PK),
      t('Gall yr aelodau deimlo’n bell oddi wrth y penderfyniadau, felly rhaid i’r NAO ddal ati i ennill eu cefnogaeth.', PK),
    ],
  },
];
