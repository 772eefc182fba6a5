/** The paper’s Table 2: collaborative governance against governing collaborations. Part of the default English pack (../en.ts). */
import type { ContentPack } from '../../types.js';
import { t, PAPER, VHC } from './cite.js';

export const comparison: ContentPack['comparison'] = {
  title: 'Collaborative governance or governing collaborations?',
  intro: t(
    'The paper borrows from Vangen, Hayes and Cornforth (2015) a contrast between two bodies of writing on governance and collaboration. Each raises the same design questions, such as who takes part, how decisions are made, who leads and where accountability lies, but answers them in its own way. The paper argues that this distinction explains part of the complexity public managers face.',
    VHC,
    PAPER,
  ),
  logics: [
    {
      id: 'collaborative-governance',
      name: 'Collaborative governance',
      summary: t(
        'Governance through collaboration: government brings organisations together as a more democratic alternative to hierarchy, mainly to put public policy into practice.',
        VHC,
        'skelcher-mathur-smith-2005',
      ),
    },
    {
      id: 'governing-collaborations',
      name: 'Governing collaborations',
      summary: t(
        'Governance of a collaboration: how a group of organisations runs its joint arrangement so that it achieves collaborative advantage. Government and public policy need not be involved.',
        VHC,
        'huxham-vangen-2005',
      ),
    },
  ],
  rows: [
    {
      id: 'definition',
      name: 'Definitional characteristics, purpose and focus',
      kind: 'definitional',
      cells: [
        {
          logic: 'collaborative-governance',
          text: 'Government uses partnerships as its way of governing: a more democratic option than command through hierarchy and bureaucracy. The partnership exists mainly to put public policy into effect.',
          cite: [VHC],
        },
        {
          logic: 'governing-collaborations',
          text: 'Here the object of governance is the partnership itself. Its arrangements are chosen to help partners reach the aims they share, and success means achieving what none of them could alone.',
          cite: [VHC],
        },
      ],
    },
    {
      id: 'inclusion',
      name: 'Stakeholder inclusion',
      kind: 'design',
      cells: [
        {
          logic: 'collaborative-governance',
          text: 'Bringing everyone with a stake to the table is often the point: public bodies and charities first, and at times local people as well.',
          cite: [VHC],
        },
        {
          logic: 'governing-collaborations',
          text: 'Who joins depends on what the joint task needs; nothing says that all those affected must take part or be given a voice.',
          cite: [VHC],
        },
      ],
    },
    {
      id: 'decisions',
      name: 'Decision making',
      kind: 'design',
      cells: [
        {
          logic: 'collaborative-governance',
          text: 'Partners try to settle public questions together, looking for a view they can all accept.',
          cite: [VHC],
        },
        {
          logic: 'governing-collaborations',
          text: 'A vote, a working group, a lead partner’s call: partners use whatever way of deciding suits the matter in hand.',
          cite: [VHC],
        },
      ],
    },
    {
      id: 'power',
      name: 'Power asymmetries',
      kind: 'design',
      cells: [
        {
          logic: 'collaborative-governance',
          text: 'Handing power from elected bodies to the stakeholders together sits uneasily with the weight that public hierarchies still carry.',
          cite: [VHC],
        },
        {
          logic: 'governing-collaborations',
          text: 'Partners may hold power jointly. Where some hold more than others, the strongest need not be a public body: a charity or a firm can carry the most weight.',
          cite: [VHC],
        },
      ],
    },
    {
      id: 'trust',
      name: 'Trust and distrust',
      kind: 'design',
      cells: [
        {
          logic: 'collaborative-governance',
          text: 'Without trust the arrangement cannot work, so a main task is to grow it among partners who start out suspicious of one another.',
          cite: [VHC],
        },
        {
          logic: 'governing-collaborations',
          text: 'Partners know that trust matters and that it can break at any time, so they work on two fronts: growing it, and coping where it is missing.',
          cite: [VHC],
        },
      ],
    },
    {
      id: 'resources',
      name: 'Distribution of resources',
      kind: 'design',
      cells: [
        {
          logic: 'collaborative-governance',
          text: 'Much of the work is about who gets public money, and whether the share-out is fair.',
          cite: [VHC],
        },
        {
          logic: 'governing-collaborations',
          text: 'What counts is getting partners to put their own money, people, skills and data into the joint work.',
          cite: [VHC],
        },
      ],
    },
    {
      id: 'goals',
      name: 'Goals and values',
      kind: 'design',
      cells: [
        {
          logic: 'collaborative-governance',
          text: 'The aims come from government: policy says what the partnership must achieve.',
          cite: [VHC],
        },
        {
          logic: 'governing-collaborations',
          text: 'What gets partners started is finding that their aims overlap.',
          cite: [VHC],
        },
      ],
    },
    {
      id: 'lead',
      name: 'Lead organisation',
      kind: 'design',
      cells: [
        {
          logic: 'collaborative-governance',
          text: 'Leading falls to public bodies as of right, in a role no other partner has.',
          cite: [VHC],
        },
        {
          logic: 'governing-collaborations',
          text: 'There is no rule about who leads. The partners might lead together or pick one organisation to do it; that organisation could come from inside or outside the collaboration, and from any sector.',
          cite: [VHC],
        },
      ],
    },
    {
      id: 'leaders',
      name: 'Individual leaders',
      kind: 'design',
      cells: [
        {
          logic: 'collaborative-governance',
          text: 'The people who lead speak for public bodies, or act with powers the state has given them.',
          cite: [VHC],
        },
        {
          logic: 'governing-collaborations',
          text: 'Anyone who makes things happen can lead, including people with no title or formal authority.',
          cite: [VHC],
        },
      ],
    },
    {
      id: 'accountability',
      name: 'Accountability',
      kind: 'design',
      cells: [
        {
          logic: 'collaborative-governance',
          text: 'Government must answer for what is done, in particular for how public resources are used.',
          cite: [VHC],
        },
        {
          logic: 'governing-collaborations',
          text: 'Those who take part answer to two masters, the partnership and their own employer, and the two can pull apart.',
          cite: [VHC],
        },
      ],
    },
  ],
  statements: [
    {
      id: 'definition-cg',
      text: 'The council set up the partnership to deliver the government’s new strategy for young people.',
      logic: 'collaborative-governance',
      row: 'definition',
      explanation: t('Government creates a collaboration to carry out public policy: governance through collaboration.', VHC),
    },
    {
      id: 'definition-gc',
      text: 'Four charities formed an alliance to achieve together what none could manage alone.',
      logic: 'governing-collaborations',
      row: 'definition',
      explanation: t('The alliance is run as an entity in its own right, aiming at collaborative advantage.', VHC),
    },
    {
      id: 'inclusion-cg',
      text: 'Every group affected, including residents’ associations, must have a seat on the board.',
      logic: 'collaborative-governance',
      row: 'inclusion',
      explanation: t('Aiming to include every stakeholder is typical of collaborative governance.', VHC),
    },
    {
      id: 'inclusion-gc',
      text: 'We only invited the organisations whose skills the project actually needed.',
      logic: 'governing-collaborations',
      row: 'inclusion',
      explanation: t('There is no rule to include everyone; membership follows the joint task.', VHC),
    },
    {
      id: 'decisions-cg',
      text: 'The partnership exists to settle the area’s policy on youth services, and it debates each proposal until the public bodies and charities reach a consensus.',
      logic: 'collaborative-governance',
      row: 'decisions',
      explanation: t(
        'A question of public concern, decided collectively with consensus as the aim: collaborative governance. Unanimity alone would not tell the logics apart, since governing collaborations may use it as one way of deciding among many.',
        VHC,
      ),
    },
    {
      id: 'decisions-gc',
      text: 'Some decisions go to a vote; others are left to a working group or the chair, whichever gets the joint work done.',
      logic: 'governing-collaborations',
      row: 'decisions',
      explanation: t('Partners pick a way of deciding to suit each matter and their shared goal, which fits governing collaborations.', VHC),
    },
    {
      id: 'power-cg',
      text: 'Power was supposed to be shared, but the council still has the final word.',
      logic: 'collaborative-governance',
      row: 'power',
      explanation: t('Shared power pulls against the lasting weight of public hierarchies.', VHC),
    },
    {
      id: 'power-gc',
      text: 'The most powerful partner in our network is a private company, not the council.',
      logic: 'governing-collaborations',
      row: 'power',
      explanation: t('Here the strongest partner can be a company or a charity rather than a public body.', VHC),
    },
    {
      id: 'trust-cg',
      text: 'Before the partnership could deliver the policy, its agencies had to get past years of suspicion, so its first year went on building trust.',
      logic: 'collaborative-governance',
      row: 'trust',
      explanation: t('Trust is the essential ingredient, built first so that the old distrust is overcome: the collaborative governance view.', VHC),
    },
    {
      id: 'trust-gc',
      text: 'Trust between us could break at any time, so as well as building it we plan what to do when a partner lets us down.',
      logic: 'governing-collaborations',
      row: 'trust',
      explanation: t('Trust is seen as fragile, never settled: partners keep building it and manage the distrust that remains, the governing collaborations view.', VHC),
    },
    {
      id: 'resources-cg',
      text: 'The partnership’s main job is to share public funding fairly between neighbourhoods.',
      logic: 'collaborative-governance',
      row: 'resources',
      explanation: t('A fair share-out of public money is a collaborative governance concern.', VHC),
    },
    {
      id: 'resources-gc',
      text: 'Each member brings staff, premises or data to the joint project.',
      logic: 'governing-collaborations',
      row: 'resources',
      explanation: t('Partners put their own assets into the joint work.', VHC),
    },
    {
      id: 'goals-cg',
      text: 'Our targets come straight from the national policy that created the partnership.',
      logic: 'collaborative-governance',
      row: 'goals',
      explanation: t('Aims handed down by policy mark collaborative governance.', VHC),
    },
    {
      id: 'goals-gc',
      text: 'We came together because all of us wanted fewer young people sleeping rough.',
      logic: 'governing-collaborations',
      row: 'goals',
      explanation: t('Overlapping goals are what brought the partners together.', VHC),
    },
    {
      id: 'lead-cg',
      text: 'As the public body, the local authority naturally chairs and leads the partnership.',
      logic: 'collaborative-governance',
      row: 'lead',
      explanation: t('The council leads because it is the public body: leadership by right.', VHC),
    },
    {
      id: 'lead-gc',
      text: 'The members agreed that a small housing charity would lead the partnership.',
      logic: 'governing-collaborations',
      row: 'lead',
      explanation: t('Any organisation the partners agree on may lead, public or not.', VHC),
    },
    {
      id: 'leaders-cg',
      text: 'Only someone holding a post in a public agency may chair the board, because the chair acts with the state’s authority.',
      logic: 'collaborative-governance',
      row: 'leaders',
      explanation: t('Leadership goes with a public post and the authority of the state. A council officer could lead in either logic; what marks this one is that only such a post may.', VHC),
    },
    {
      id: 'leaders-gc',
      text: 'A volunteer with no formal title has become the person who holds everything together.',
      logic: 'governing-collaborations',
      row: 'leaders',
      explanation: t('Leading without a title is possible when governing a collaboration.', VHC),
    },
    {
      id: 'accountability-cg',
      text: 'The partnership must report to government on how it spent the public money.',
      logic: 'collaborative-governance',
      row: 'accountability',
      explanation: t('Public money brings government accountability with it: the partnership reports so that government can answer for what was spent.', VHC),
    },
    {
      id: 'accountability-gc',
      text: 'I backed the joint plan at the meeting, but my own chief executive opposes it.',
      logic: 'governing-collaborations',
      row: 'accountability',
      explanation: t('The representative is torn between the collaboration and their own organisation.', VHC),
    },
  ],
};
