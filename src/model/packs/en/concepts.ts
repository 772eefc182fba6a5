/** Key concepts of the theory of collaborative advantage, for the tension sliders. Part of the default English pack (../en.ts). */
import type { ContentPack } from '../../types.js';
import { t, PAPER, VHC } from './cite.js';

export const concepts: ContentPack['concepts'] = [
  {
    id: 'collaboration',
    term: 'Collaboration',
    definition: t(
      'A formal arrangement in which organisations work together, on a continuing and coordinated basis, towards results that none of them could reach by itself. Each organisation stays legally independent throughout.',
      'vangen-huxham-2012',
    ),
  },
  {
    id: 'collaborative-advantage',
    term: 'Collaborative advantage',
    definition: t(
      'The extra value of working together: achieving something no single partner could achieve. It grows out of the partners’ differences (their expertise, assets, priorities, cultures and values) when these are brought together well.',
      'huxham-1993',
      'huxham-vangen-2005',
    ),
  },
  {
    id: 'collaborative-inertia',
    term: 'Collaborative inertia',
    definition: t(
      'The more usual result of collaborating: progress is very slow and every success takes pain and hard grind. Unless a collaboration is managed with care, inertia is a likelier outcome than advantage.',
      'huxham-vangen-2005',
      'vangen-huxham-2010',
    ),
  },
  {
    id: 'governing-without-hierarchy',
    term: 'Governing without hierarchy',
    definition: t(
      'A collaboration has no boss at the top. Unlike a single organisation, it often has no clear legal form and no body formally in charge, so partners have to govern it by agreement.',
      'smith-mathur-skelcher-2006',
    ),
  },
  {
    id: 'paradox',
    term: 'Paradox and managing tensions',
    definition: t(
      'Collaborations are full of tensions between two things that both matter, such as shared aims and different aims. These cannot be settled once and for all. Managing them means finding compromises that are good enough for now, and coming back to them as things change.',
      'vangen-2017',
    ),
  },
  {
    id: 'composition',
    term: 'Ambiguous, complex and dynamic composition',
    definition: t(
      'It is often unclear who belongs to a collaboration and why, and the answer keeps changing. Organisations join and leave; each newcomer shifts the purpose, and the new purpose in turn attracts different members.',
      'huxham-vangen-2005',
      PAPER,
    ),
  },
  {
    id: 'collaborative-governance',
    term: 'Collaborative governance',
    definition: t(
      'Governing through collaboration. Government brings public, private and voluntary organisations together to deliver policy or run public programmes, as an alternative to hierarchy and bureaucracy.',
      'skelcher-mathur-smith-2005',
      VHC,
    ),
  },
  {
    id: 'governing-collaborations',
    term: 'Governing collaborations',
    definition: t(
      'Governing a collaboration as an entity in its own right: how partners lead, manage and govern their joint arrangement so that it achieves collaborative advantage. Government need not be involved.',
      VHC,
      'vangen-huxham-2012',
    ),
  },
  {
    id: 'new-public-governance',
    term: 'New Public Governance',
    definition: t(
      'A view of public services since about 2000: many interdependent organisations deliver services, and many processes shape policy. The focus moves to relationships between organisations, to how processes are governed, and to outcomes.',
      'osborne-2006',
      'osborne-2010',
    ),
  },
];
