/** The three Provan–Kenis governance forms. Part of the default English pack (../en.ts). */
import type { ContentPack } from '../../types.js';
import { t, PK } from './cite.js';

export const forms: ContentPack['forms'] = [
  {
    id: 'shared',
    name: 'Participant-governed network (shared governance)',
    short: 'Shared',
    description: t(
      'All the member organisations govern the collaboration together. There is no separate body in charge: members meet, decide and do the governing work among themselves, formally or informally.',
      PK,
    ),
    strengths: [
      t('Every member has a say, so members tend to feel the network is theirs and stay committed.', PK),
      t('It can change course quickly, because members can adjust how they work without asking anyone else.', PK),
      t('Members see it as fairly run, since they run it themselves: it is strong on internal legitimacy.', PK),
    ],
    weaknesses: [
      t('It is inefficient: every decision takes time and effort from every member, and more so with each member added. It suits a small group.', PK),
      t('Funders and government may struggle to see who speaks for the network.', PK),
      t('It works only where trust is widely shared and members broadly agree on goals; without them, decisions stall.', PK),
    ],
  },
  {
    id: 'lead',
    name: 'Lead organisation-governed network',
    short: 'Lead organisation',
    description: t(
      'One member takes charge. It coordinates the work, steers the main decisions and often handles the money. The other members take part, but the lead carries most of the governing load.',
      PK,
    ),
    strengths: [
      t('Decisions are quick and the network runs efficiently, because one organisation coordinates.', PK),
      t('Outsiders such as funders and government have one clear point of contact.', PK),
      t('It can work where trust is thin: members need to trust the lead, not every other member.', PK),
    ],
    weaknesses: [
      t('The lead may put its own agenda first, and other members may resent its dominance.', PK),
      t('Members who have little say may commit less to the network.', PK),
      t('The network depends on the lead’s resources and goodwill; if the lead pulls out, the network struggles.', PK),
    ],
  },
  {
    id: 'nao',
    name: 'Network Administrative Organisation (NAO)',
    short: 'NAO',
    description: t(
      'A separate administrative body governs the network. Members create it or appoint it to coordinate and sustain their joint work. It may be a small unit or a formal organisation with its own staff and board.',
      PK,
    ),
    strengths: [
      t('It can cope with many members and complex tasks, because governing is someone’s full-time job.', PK),
      t('A neutral body can balance members’ interests, easing fears that one member will dominate.', PK),
      t('It gives the network a visible, stable identity that outsiders recognise.', PK),
    ],
    weaknesses: [
      t('Setting up and running a separate body costs money and effort.', PK),
      t('It adds bureaucracy and can make the network slower to adapt.', PK),
      t('Members may feel distant from decisions, so the NAO has to keep earning their support.', PK),
    ],
  },
];
