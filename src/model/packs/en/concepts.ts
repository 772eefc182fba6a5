/**
 * Key ideas of the paper and the theory of collaborative advantage. The widgets show them as their opening framing
 * and as key terms where they are used (each widget names the ids it shows). Part of the default English pack (../en.ts).
 */
import type { ContentPack } from '../../types.js';
import { t, PAPER, PK, VHC } from './cite.js';

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
      'The extra value of working together: achieving something no single partner could achieve. It grows out of how the partners differ, in what they know, what they have, what they put first and what they value, when those differences are combined well.',
      'huxham-1993',
      'huxham-vangen-2005',
    ),
  },
  {
    id: 'collaborative-inertia',
    term: 'Collaborative inertia',
    definition: t(
      'What collaborations often produce instead of advantage: things move at a crawl, and whatever does get done costs a great deal of effort and frustration. Left to run without deliberate management, a collaboration is more likely to end up here than to gain an advantage.',
      'huxham-vangen-2005',
      PAPER,
    ),
  },
  {
    id: 'governing-without-hierarchy',
    term: 'Governing without hierarchy',
    definition: t(
      'In a single organisation, law and regulation shape who decides, and a chain of command carries decisions out. A collaboration usually has neither: many are set up with no legal shape of their own and nobody formally in charge, so the partners must agree how they will be governed.',
      'smith-mathur-skelcher-2006',
      PAPER,
    ),
  },
  {
    id: 'conditions',
    term: 'Conditions, not a score',
    definition: t(
      'Provan and Kenis drew these conditions from earlier studies, not from new fieldwork: where each form tends to be effective. The reading says how far a collaboration meets them. It does not grade the collaboration, and in practice governance mixes the forms.',
      PK,
      VHC,
      PAPER,
    ),
  },
  {
    id: 'fit-rule',
    term: 'How the reading works',
    definition: t(
      'This project’s rule for reading Provan and Kenis’s conditions: a factor two or more steps from a form’s condition is a clash, and no number of matches elsewhere outweighs it. Forms rank by fewest clashes, then by conditions met, with one step off counting half. One factor alone cannot tell which form fits, and where every form clashes, none fits well.',
      PK,
    ),
  },
  {
    id: 'blend',
    term: 'A blend of the forms',
    definition: t(
      'Real governance mixes the ideal forms, and is more complex than the typology. The filled diamond is where the factors point: each factor you set pulls towards the form whose condition it is closest to. Place the ring where you think the collaboration sits.',
      VHC,
      PAPER,
    ),
  },
  {
    id: 'nao',
    term: 'Network Administrative Organisation (NAO)',
    definition: t(
      'A body that governs a network on its members’ behalf, either one they set up themselves or one appointed to the job. It can be a small unit or a formal organisation with its own staff and board.',
      PK,
      PAPER,
    ),
  },
  {
    id: 'through-or-of',
    term: 'Governance through or of a collaboration',
    definition: t(
      'Governing through collaboration is government using partnerships as its way of governing and of putting policy into effect. Governing a collaboration is about how partners run the partnership itself so that it achieves its aims. The paper argues that this distinction is one reason governance in public services looks so complex.',
      PAPER,
      VHC,
    ),
  },
  {
    id: 'paradox',
    term: 'Paradox and managing tensions',
    definition: t(
      'Collaborations are full of tensions between two things that both matter, such as shared aims and different aims. These cannot be settled once and for all. Managing them means choosing how to work with both sides, for instance through compromises that are good enough for now, and coming back to them as things change.',
      'vangen-2017',
      PAPER,
    ),
  },
  {
    id: 'composition',
    term: 'Ambiguous, complex and dynamic composition',
    definition: t(
      'Membership is often blurred, tangled and shifting: people are unsure who really belongs and on whose behalf others speak, and the cast keeps changing as the purpose moves.',
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
    term: 'New Public Governance (NPG)',
    definition: t(
      'Osborne’s name for public services from about 2000. No single agency delivers a service: many public, private and voluntary bodies depend on one another to do it, and policy is shaped in many places at once. What matters most is how organisations work together, how the processes between them are governed, and what services achieve.',
      'osborne-2006',
      'osborne-2010',
    ),
  },
  {
    id: 'policy-advice',
    term: 'What the paper asks of policy makers',
    definition: t(
      'Collaboration is no quick fix. Those who promote it should grasp how much it asks of the people involved, expect members and purposes to keep changing, and expect it to need heavy investment, real leadership skill and patience from everyone taking part. They should keep in view what only collaboration can achieve, and use it with care rather than by default.',
      PAPER,
      'vangen-huxham-2010',
    ),
  },
];
