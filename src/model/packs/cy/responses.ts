/**
 * Welsh (cy) translation of ../en/responses.ts: ways of working with a paradox, for the tension sliders (what each is,
 * what it gives and what it costs). Ids, `atPole` and `cite` lists are identical to the English; only the texts are translated.
 */
import type { ContentPack } from '../../types.js';
import { t, PAPER } from '../en/cite.js';

const PVV = 'poole-van-de-ven-1989';
const SL = 'smith-lewis-2011';
const V17 = 'vangen-2017';

export const responses: ContentPack['responses'] = [
  {
    id: 'accept',
    name: 'Byw gyda’r tyndra',
    summary: t(
      'Trinwch y tyndra fel rhan barhaol o’r cydweithrediad: enwch ef yn agored, cadwch y ddwy ochr mewn golwg a defnyddiwch y dynfa rhyngddynt, yn lle ceisio gwneud iddo ddiflannu.',
      PVV,
      SL,
      V17,
    ),
    gives: t('Nid oes neb yn esgus bod y tyndra wedi’i ddatrys, felly mae’r ddwy ochr yn aros ar y bwrdd a gall y partneriaid siarad amdano’n onest.', SL, V17),
    costs: t('Mae’n anghyfforddus ac nid yw’n rhoi rheol i weithredu arni: rhaid gweithio pob penderfyniad allan o hyd, ac mae hynny’n cymryd amser ac amynedd.', SL, V17),
  },
  {
    id: 'time',
    name: 'Gwahanu dros amser',
    summary: t(
      'Gwyrwch tuag at un ochr am y tro a thuag at y llall yn nes ymlaen, er enghraifft cyfnod o gyfeiriad cadarn i gychwyn, ac yna cyfnod o gyfranogiad eang.',
      PVV,
      SL,
    ),
    gives: t('Gweithredu clir ym mhob cyfnod, a phob ochr yn cael ei thro; mae gwyro, hyd yn oed yr holl ffordd, yn rhan o’r cynllun.', PVV, SL),
    costs: t(
      'Tra bo un ochr yn arwain, caiff yr hyn y mae’r llall yn ei ddiogelu ei esgeuluso. Rhaid i’r newid ddigwydd, neu bydd y gwyro’n troi’n dawel yn ddewis sefydlog.',
      SL,
      V17,
    ),
    atPole: 'phase',
  },
  {
    id: 'place',
    name: 'Gwahanu yn ôl lle neu lefel',
    summary: t(
      'Gadewch i wahanol rannau neu lefelau o’r cydweithrediad ffafrio ochrau gwahanol, er enghraifft bwrdd sy’n integreiddio tra bo gweithgorau’n cadw ffyrdd pob partner ei hun.',
      PVV,
    ),
    gives: t('Gall pob rhan weithredu’n glir yn ei ffordd ei hun, tra bo’r cydweithrediad yn ei gyfanrwydd yn cadw’r ddwy ochr.', PVV, SL),
    costs: t(
      'Rhaid cysylltu’r rhannau â’i gilydd. Y bobl sy’n gweithio ar eu traws sy’n teimlo’r tyndra fwyaf, a gall y rhannau grwydro oddi wrth ei gilydd.',
      SL,
      V17,
    ),
  },
  {
    id: 'synthesis',
    name: 'Dod o hyd i synthesis',
    summary: t(
      'Chwiliwch am ffordd newydd o fframio’r mater neu o drefnu’r gwaith sy’n gwasanaethu’r ddwy ochr ar unwaith, fel bod y gwahaniaeth ei hun yn troi’n adnodd.',
      PVV,
      'huxham-vangen-2005',
    ),
    gives: t(
      'Pan fydd yn llwyddo, dyma o ble y daw mantais gydweithredol: caiff gwahaniaethau’r partneriaid eu cyfuno, yn hytrach nag aberthu’r naill er mwyn y llall.',
      'huxham-vangen-2005',
      V17,
    ),
    costs: t(
      'Mae’n anodd dod o hyd iddo ac anaml y mae’n derfynol: mae aelodau, nodau neu bwysau newydd yn dod â’r tyndra yn ôl, felly rhaid ailedrych arno.',
      SL,
      V17,
    ),
  },
  {
    id: 'compromise',
    name: 'Cyfaddawd digon da am y tro',
    summary: t(
      'Cytunwch ar safle canol ymarferol y gall y ddwy ochr fyw gydag ef am y tro, a chytunwch pryd i edrych arno eto.',
      V17,
      PAPER,
    ),
    gives: t('Gall y gwaith symud ymlaen heb aros am ateb perffaith, peth prin mewn cydweithrediad.', V17, PAPER),
    costs: t(
      'Mae pob ochr yn ildio rhywbeth, a gall cyfaddawd nad oes neb yn ailedrych arno galedu’n setliad tawel nad yw’n gweddu i neb.',
      V17,
    ),
  },
];
