/**
 * Welsh (cy) translation of ../en/eras.ts: the three eras of public service delivery the cases belong to (the paper,
 * after Osborne). Ids, years and `cite` lists are identical to the English; only the texts are translated.
 */
import type { ContentPack } from '../../types.js';
import { t, PAPER } from '../en/cite.js';

export const eras: ContentPack['eras'] = [
  {
    id: 'pa',
    name: 'Gweinyddiaeth Gyhoeddus (Public Administration)',
    from: 1880,
    to: 1980,
    summary: t(
      'O ddiwedd y bedwaredd ganrif ar bymtheg hyd tua 1980, mae’r wladwriaeth yn cynllunio ac yn darparu gwasanaethau cyhoeddus ei hun, drwy hierarchaethau biwrocrataidd a staff proffesiynol. Yn y Deyrnas Unedig yn y 1960au a’r 1970au, cynllunio ar y cyd rhwng asiantaethau oedd yr ateb a ffefrid i broblemau gwasanaethau, nes iddo brofi’n rhy gyfyng; mae cydweithredu fel y mae’r papur yn ei ddiffinio yn mynd ymhellach.',
      'osborne-2006',
      'osborne-2010',
      'snape-taylor-2003',
      PAPER,
    ),
  },
  {
    id: 'npm',
    name: 'Rheolaeth Gyhoeddus Newydd (New Public Management, NPM)',
    from: 1980,
    to: 2000,
    summary: t(
      'O’r 1980au ymlaen, daw syniadau o fyd busnes i mewn i wasanaethau cyhoeddus: marchnadoedd, cystadleuaeth a chontractio allan, gyda chyrff preifat a gwirfoddol yn ymgymryd â mwy o’r gwaith. Mae gwasanaethau’n mynd yn ddarniog ac wedi’u cydgysylltu’n wael, ac mae hynny yn ei dro yn arwain at alwadau am fwy o gydweithredu.',
      'osborne-2006',
      'osborne-2010',
      PAPER,
    ),
  },
  {
    id: 'npg',
    name: 'Llywodraethu Cyhoeddus Newydd (New Public Governance, NPG)',
    from: 2000,
    summary: t(
      'O tua 2000 ymlaen, caiff gwasanaethau eu darparu gan rwydau o sefydliadau cyhoeddus, preifat a gwirfoddol sy’n dibynnu ar ei gilydd, a chaiff polisi ei lunio drwy lawer sianel ar yr un pryd. Mae llywodraethu’n golygu llywio’r cydberthnasau hynny a barnu gwasanaethau yn ôl yr hyn y maent yn ei gyflawni.',
      'osborne-2006',
      'osborne-2010',
      PAPER,
    ),
  },
];
