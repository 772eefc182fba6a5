/** The paper’s Table 2: collaborative governance against governing collaborations. Part of the default English pack (../en.ts). */
import type { ContentPack } from '../../types.js';
import { t, PAPER, VHC } from './cite.js';

export const comparison: ContentPack['comparison'] = {
  title: 'Collaborative governance or governing collaborations?',
  intro: t(
    'The paper uses a comparison by Vangen, Hayes and Cornforth (2015) of two ways of thinking about governance and collaboration. Both deal with the same design questions, such as who takes part, how decisions are made and who leads, but they answer them differently. Real collaborations often mix the two.',
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
          text: 'Government governs by forming collaborations between organisations. Collaboration is treated as a (democratic) way of governing, set against hierarchy and bureaucracy, and its main job is carrying out public policy.',
          cite: [VHC],
        },
        {
          logic: 'governing-collaborations',
          text: 'The collaboration itself is what is being governed. Its governance is designed to make a partnership with joint goals work well, and the focus is on collaborative advantage.',
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
          text: 'Public agencies and non-profit bodies take part, sometimes with communities too. The aim is often to include every stakeholder.',
          cite: [VHC],
        },
        {
          logic: 'governing-collaborations',
          text: 'There is no principled rule that everyone affected by an issue must be involved or empowered.',
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
          text: 'Decisions on matters of public concern are made collectively, aiming for consensus.',
          cite: [VHC],
        },
        {
          logic: 'governing-collaborations',
          text: 'Partners may use many different ways of reaching decisions as they pursue their joint goals.',
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
          text: 'Power is meant to pass from elected bodies to all stakeholders jointly, yet public hierarchies keep their weight, so the two pull against each other.',
          cite: [VHC],
        },
        {
          logic: 'governing-collaborations',
          text: 'Power can be shared, and where it is unequal the balance does not necessarily favour public agencies.',
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
          text: 'Trust is a vital ingredient that has to be built up so that distrust can be overcome.',
          cite: [VHC],
        },
        {
          logic: 'governing-collaborations',
          text: 'Trust is seen as vital but easily broken, so the work is both building trust and managing distrust.',
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
          text: 'The concern is sharing out public resources fairly.',
          cite: [VHC],
        },
        {
          logic: 'governing-collaborations',
          text: 'The concern is drawing on members’ own resources to reach joint goals.',
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
          text: 'Public policy sets out what the collaboration is for.',
          cite: [VHC],
        },
        {
          logic: 'governing-collaborations',
          text: 'Partners come together because their goals overlap; that overlap is what drives the collaboration.',
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
          text: 'Public agencies are seen as rightful leaders with a special role.',
          cite: [VHC],
        },
        {
          logic: 'governing-collaborations',
          text: 'Leadership may be shared, or held by a lead organisation the partners agree on. That lead may be inside or outside the collaboration, and public or not.',
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
          text: 'Leaders are people who represent public agencies or carry the authority of the state.',
          cite: [VHC],
        },
        {
          logic: 'governing-collaborations',
          text: 'Leaders may be people with no formal position of authority.',
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
          text: 'Accountability runs to government, above all for how public money and assets are used.',
          cite: [VHC],
        },
        {
          logic: 'governing-collaborations',
          text: 'Individuals are caught between answering to the collaboration and answering to their own organisations.',
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
      text: 'The board acts on an issue only once every partner has agreed to it.',
      logic: 'collaborative-governance',
      row: 'decisions',
      explanation: t('Collective decisions that aim at consensus on public matters.', VHC),
    },
    {
      id: 'decisions-gc',
      text: 'Some decisions go to a vote; others are left to a working group or the chair.',
      logic: 'governing-collaborations',
      row: 'decisions',
      explanation: t('Partners use a range of ways to reach decisions.', VHC),
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
      explanation: t('Imbalances of power do not necessarily favour public agencies.', VHC),
    },
    {
      id: 'trust-cg',
      text: 'Agencies that had long distrusted each other were brought together so trust could grow.',
      logic: 'collaborative-governance',
      row: 'trust',
      explanation: t('Trust is an essential ingredient, built up to overcome distrust.', VHC),
    },
    {
      id: 'trust-gc',
      text: 'We keep working on trust, but we also agree safeguards in case it fails.',
      logic: 'governing-collaborations',
      row: 'trust',
      explanation: t('Trust is fragile, so partners both build trust and manage distrust.', VHC),
    },
    {
      id: 'resources-cg',
      text: 'The partnership’s main job is to share public funding fairly between neighbourhoods.',
      logic: 'collaborative-governance',
      row: 'resources',
      explanation: t('The focus is on a fair distribution of public resources.', VHC),
    },
    {
      id: 'resources-gc',
      text: 'Each member brings staff, premises or data to the joint project.',
      logic: 'governing-collaborations',
      row: 'resources',
      explanation: t('Members’ own resources are mobilised towards joint goals.', VHC),
    },
    {
      id: 'goals-cg',
      text: 'Our targets come straight from the national policy that created the partnership.',
      logic: 'collaborative-governance',
      row: 'goals',
      explanation: t('The collaboration’s goals are set in public policy.', VHC),
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
      explanation: t('Public agencies are treated as having a rightful, distinct leadership role.', VHC),
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
      text: 'The board is chaired by the council’s director of children’s services.',
      logic: 'collaborative-governance',
      row: 'leaders',
      explanation: t('The leader is a person representing a public agency with official authority.', VHC),
    },
    {
      id: 'leaders-gc',
      text: 'A volunteer with no formal title has become the person who holds everything together.',
      logic: 'governing-collaborations',
      row: 'leaders',
      explanation: t('Leadership comes from someone without a formal position of authority.', VHC),
    },
    {
      id: 'accountability-cg',
      text: 'The partnership must report to government on how it spent the public money.',
      logic: 'collaborative-governance',
      row: 'accountability',
      explanation: t('Accountability runs to government, especially for public resources.', VHC),
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
