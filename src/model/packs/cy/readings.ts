/**
 * Welsh (cy) translation of ../en/readings.ts: texts for the tension sliders' overall reading (the rule is in
 * src/model/tension-reading.ts). Keys and `cite` lists are identical to the English; only the texts are translated.
 */
import type { ContentPack } from '../../types.js';
import { t, PAPER } from '../en/cite.js';

export const readings: ContentPack['readings'] = {
  tensionOpen: t('Nid yw safle ar ei ben ei hun yn dweud sut y caiff y tyndra ei reoli: dewiswch sut mae’r cydweithrediad yn gweithio gydag ef.', 'vangen-2017'),
  tensionSettled: t(
    'Mae’r ymateb hwn yn cadw’r ddwy ochr yn y chwarae, ond mae’r llithrydd ar un pegwn: fel y mae wedi’i osod, caiff y tyndra ei setlo yn hytrach na’i reoli.',
    'vangen-2017',
  ),
  tensionPhase: t('Yr holl ffordd i un pegwn am gyfnod: cynlluniwch pryd y caiff yr ochr arall ei thro.', 'smith-lewis-2011', 'poole-van-de-ven-1989'),
  managed: t(
    'Mae gan bob tyndra a osodwyd gennych ffordd o weithio gydag ef sy’n cadw’r ddwy ochr yn y chwarae, neu sy’n gwyro un ffordd am gyfnod. Dyna sut olwg sydd ar reoli paradocs: nid pwynt ar y llinell, ond ymateb yr ailedrychir arno wrth i bethau newid.',
    'vangen-2017',
    'poole-van-de-ven-1989',
  ),
  leaning: t(
    'Mae ymatebion wedi’u dewis, ond mae tri thyndra neu fwy yn gwyro’n amlwg un ffordd o dan ymatebion sydd i fod i gadw’r ddwy ochr yn y chwarae. Gwiriwch fod ochr wannaf pob un yn dal i gael sylw: yn yr hyn y mae’n ei ddiogelu y mae trafferth yn tueddu i ymddangos gyntaf.',
    'vangen-2017',
  ),
  oneResolved: t(
    'Mae un tyndra wedi’i wthio’r holl ffordd i begwn, heb gynllun i siglo’n ôl. Caiff ei setlo yn hytrach na’i reoli: mae’r cydweithrediad wedi dewis un ochr ac wedi ildio’r hyn y mae’r llall yn ei ddiogelu. Darllenwch risg y pegwn hwnnw: dyna’r gost debygol.',
    'vangen-2017',
  ),
  manyResolved: t(
    'Mae sawl tyndra wedi’u gwthio i’w pegynau ar yr un pryd, pob un wedi’i setlo yn hytrach na’i reoli, a chaiff yr hyn yr oedd yr ochrau a adawyd yn ei ddiogelu ei ildio. Mae’r prosiect hwn yn darllen hynny fel arwydd rhybudd yn hytrach nag fel un o ganfyddiadau’r papur: mae’r papur yn dod i’r casgliad bod cydweithrediadau heb reolaeth ofalus yn fwy tebygol o lithro i syrthni nag o gyflawni mantais.',
    'vangen-2017',
    PAPER,
  ),
  unmanaged: t(
    'Rydych wedi dweud ble mae’r cydweithrediad yn sefyll, ond nid eto sut mae’n gweithio gyda phob tyndra. Nid yw safle, hyd yn oed un cytbwys, yr un peth â rheoli’r tyndra: dewiswch ymateb ar gyfer pob tyndra a osodwyd gennych.',
    'vangen-2017',
  ),
  partlyManaged: t(
    'Mae gan rai tyndraoedd ymateb, ond nid gan eraill eto. Dewiswch sut mae’r cydweithrediad yn gweithio gyda’r gweddill, gan gynnwys y rhai sy’n gytbwys: nid yw safle cytbwys ar ei ben ei hun yn dweud sut yr ymdrinnir â thyndra.',
    'vangen-2017',
  ),
};
