/** The four contingency factors, each with its levels from low to high. Part of the default English pack (../en.ts). */
import type { ContentPack } from '../../types.js';
import { t, PK } from './cite.js';

export const factors: ContentPack['factors'] = [
  {
    id: 'trust',
    name: 'Trust',
    question: 'How widely is trust shared among the members of your collaboration?',
    levels: [
      { id: 'low', label: 'Low: trust is thin and runs through one central member' },
      { id: 'moderate', label: 'Moderate: members trust a coordinator enough, but keep an eye on it' },
      { id: 'high', label: 'High: widely shared across members' },
    ],
    explanation: t(
      'Provan and Kenis look at how widely trust runs between members (its density). Shared governance needs trust between nearly all members. Where trust is thin, members can still work through one organisation they all rely on. An NAO fits the middle: members trust it to govern but monitor it. Bear in mind that trust between partners is often weak in practice.',
      PK,
      'vangen-huxham-2003-trust',
    ),
  },
  {
    id: 'participants',
    name: 'Number of participants',
    question: 'How many organisations take part in your collaboration?',
    levels: [
      { id: 'few', label: 'Few: a small group that can all sit round one table' },
      { id: 'moderate', label: 'Moderate: too many for everyone to decide everything together' },
      { id: 'many', label: 'Many: a large network of organisations' },
    ],
    explanation: t(
      'The more members there are, the slower and more complicated it is for all of them to govern together. Small networks can share governance; larger ones usually need a lead member or a separate body to coordinate.',
      PK,
    ),
  },
  {
    id: 'consensus',
    name: 'Goal consensus',
    question: 'How far do the members agree on what the collaboration is for?',
    levels: [
      { id: 'low', label: 'Low: members disagree about the aims' },
      { id: 'moderately-low', label: 'Moderately low: some common ground, many differences' },
      { id: 'moderately-high', label: 'Moderately high: broad agreement, some differences' },
      { id: 'high', label: 'High: members agree on the aims' },
    ],
    explanation: t(
      'Shared governance relies on members agreeing about aims. A lead organisation can push on with only moderately low agreement, and an NAO needs moderately high agreement. In practice goals are tangled and rarely fully agreed, so be honest about this one.',
      PK,
      'vangen-huxham-2012',
    ),
  },
  {
    id: 'competencies',
    name: 'Need for network-level competencies',
    question: 'How much does the joint task demand skills and coordination at the level of the whole network?',
    levels: [
      { id: 'low', label: 'Low: a simple task that members can coordinate themselves' },
      { id: 'moderate', label: 'Moderate: some joint skills and coordination are needed' },
      { id: 'high', label: 'High: a complex, interdependent task or heavy outside demands' },
    ],
    explanation: t(
      'Some tasks need skills that belong to the network as a whole, such as coordinating closely linked work, bidding for funds or answering to outside bodies. The greater that need, the more the network gains from a dedicated coordinator: a lead organisation or an NAO.',
      PK,
    ),
  },
];
