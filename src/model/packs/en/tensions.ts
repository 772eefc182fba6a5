/**
 * The tensions, in two groups: the paper's nine (DOMAIN.md section 4) and the three Provan–Kenis tensions that
 * each governance form leans on. Part of the default English pack (../en.ts).
 */
import type { ContentPack } from '../../types.js';
import { t, PK, VHC } from './cite.js';

/** The paper's tensions: two poles each, what each protects, the risk of pushing to it. */
export const paperTensions: ContentPack['tensions'] = [
  {
    id: 'goals',
    name: 'Congruent and diverse goals',
    group: 'paper',
    summary: t(
      'Partners need enough shared purpose to act together, yet each brings its own aims: some stated, some hidden, some personal rather than organisational. Because goals are so tangled, a collaboration often has to get going before everyone fully agrees.',
      'vangen-huxham-2012',
      'vangen-2017',
    ),
    poles: [
      {
        id: 'congruent',
        label: 'Congruent goals',
        protects: t('A clear joint purpose that members can rally round and measure progress against.', 'vangen-huxham-2012'),
        risk: t(
          'Insisting on full agreement first can stop the work from starting, or push partners to hide the aims that really drive them.',
          'vangen-huxham-2012',
        ),
      },
      {
        id: 'diverse',
        label: 'Diverse goals',
        protects: t(
          'The different aims that brought each partner in, and the variety that makes joint work worth doing.',
          'vangen-huxham-2012',
        ),
        risk: t(
          'With too little common ground, partners pull in different directions and little joint work gets done.',
          'vangen-huxham-2012',
        ),
      },
    ],
  },
  {
    id: 'culture',
    name: 'Cultural diversity: stimulation and friction',
    group: 'paper',
    summary: t(
      'Partners bring different professional and organisational cultures. That difference is both a source of fresh ideas and a source of clashes over values and behaviour. The task is to trade these off, not to smooth every difference away.',
      'vangen-winchester-2014',
      'vangen-2017',
    ),
    poles: [
      {
        id: 'stimulation',
        label: 'Diversity as stimulation',
        protects: t(
          'The creativity and new ideas that come from different ways of working, which is where advantage comes from.',
          'vangen-winchester-2014',
        ),
        risk: t(
          'Celebrating every difference can leave real clashes of values unspoken until they break out.',
          'vangen-winchester-2014',
        ),
      },
      {
        id: 'friction',
        label: 'Diversity as friction',
        protects: t(
          'Attention to misunderstandings and clashes of values before they damage the work.',
          'vangen-winchester-2014',
        ),
        risk: t(
          'Ironing out every difference removes the variety that made the partnership worth forming.',
          'vangen-winchester-2014',
        ),
      },
    ],
  },
  {
    id: 'trust',
    name: 'Building trust and managing distrust',
    group: 'paper',
    summary: t(
      'Trust is widely seen as a condition for success, yet people working in collaborations often report that it is weak or missing. So partners have to build trust and, at the same time, find ways to work despite distrust. Both take a lot of time.',
      'vangen-huxham-2003-trust',
      'vangen-2017',
    ),
    poles: [
      {
        id: 'building',
        label: 'Building trust',
        protects: t('Goodwill and openness, so that partners can take risks for one another.', 'vangen-huxham-2003-trust'),
        risk: t(
          'Waiting for trust before acting can delay the work, and relying on it leaves partners exposed if it breaks.',
          'vangen-huxham-2003-trust',
        ),
      },
      {
        id: 'distrust',
        label: 'Managing distrust',
        protects: t(
          'Realism: safeguards and clear agreements that let the work continue where trust is weak.',
          'vangen-huxham-2003-trust',
        ),
        risk: t(
          'Relying only on contracts and checks can harden suspicion and block the goodwill the work needs.',
          'vangen-huxham-2003-trust',
        ),
      },
    ],
  },
  {
    id: 'power',
    name: 'Sharing power and power imbalances',
    group: 'paper',
    summary: t(
      'Sharing power matters, but partners rarely hold equal power, and imbalances that are only perceived do as much harm as real ones. Power and trust are closely linked: imbalance tends to erode trust.',
      'vangen-huxham-2003-trust',
      'huxham-vangen-2005',
    ),
    poles: [
      {
        id: 'sharing',
        label: 'Sharing power',
        protects: t('Every partner’s voice and commitment, so smaller partners stay engaged.', 'huxham-vangen-2005'),
        risk: t(
          'Acting as if power were equal can hide real imbalances, which then operate out of sight.',
          'huxham-vangen-2005',
        ),
      },
      {
        id: 'imbalance',
        label: 'Real and perceived imbalances',
        protects: t(
          'Realism about who controls the money, information and agenda, so it can be dealt with openly.',
          'huxham-vangen-2005',
        ),
        risk: t(
          'Letting the strongest partners dominate pushes others out or into token membership, and damages trust.',
          'vangen-huxham-2003-trust',
          'huxham-vangen-2005',
        ),
      },
    ],
  },
  {
    id: 'leadership',
    name: 'Facilitative and directive leadership',
    group: 'paper',
    summary: t(
      'Leading a collaboration is about making things happen. Leaders move between drawing partners in and steering the agenda themselves, and both kinds of activity are needed.',
      'vangen-huxham-2003-leadership',
      'vangen-2017',
    ),
    poles: [
      {
        id: 'facilitative',
        label: 'Facilitative leadership',
        protects: t(
          'Partners’ involvement and ownership: embracing, empowering, involving and mobilising them.',
          'vangen-huxham-2003-leadership',
        ),
        risk: t(
          'Leadership that only facilitates may never move the agenda on, so the work drifts.',
          'vangen-huxham-2003-leadership',
        ),
      },
      {
        id: 'directive',
        label: 'Directive leadership',
        protects: t(
          'Momentum: someone shapes the agenda and works the politics so that things actually happen.',
          'vangen-huxham-2003-leadership',
        ),
        risk: t(
          'Too much manipulating of agendas and politicking can alienate partners and undermine their trust.',
          'vangen-huxham-2003-leadership',
        ),
      },
    ],
  },
  {
    id: 'structure',
    name: 'Protecting and integrating partners’ resources',
    group: 'paper',
    summary: t(
      'Collaborative advantage needs each partner’s distinct resources to be kept intact and, at the same time, combined for joint goals. Working arrangements have to do both.',
      'vangen-2017',
    ),
    poles: [
      {
        id: 'autonomy',
        label: 'Protecting autonomy',
        protects: t('Each partner’s distinct resources and expertise: the differences that create advantage.', 'vangen-2017'),
        risk: t('Partners who guard everything never combine their resources, so no joint result emerges.', 'vangen-2017'),
      },
      {
        id: 'integration',
        label: 'Integrating for joint goals',
        protects: t('Joint working: resources pooled and directed towards shared aims.', 'vangen-2017'),
        risk: t(
          'Merging too fully wears away the differences that made each partner valuable, and can threaten partners’ own remits.',
          'vangen-2017',
        ),
      },
    ],
  },
  {
    id: 'hierarchy',
    name: 'Vertical and horizontal structures',
    group: 'paper',
    summary: t(
      'Members remain part of their own organisations, with their own hierarchies and remits, while also working sideways in the collaboration. Living in both structures at once is a source of many paradoxes.',
      'vangen-2017',
    ),
    poles: [
      {
        id: 'vertical',
        label: 'Own hierarchy and remit',
        protects: t('Each partner’s own lines of accountability and its duties to its own organisation.', 'vangen-2017'),
        risk: t(
          'If members only act for their home organisations, the collaboration becomes a talking shop with no joint action.',
          'vangen-2017',
        ),
      },
      {
        id: 'horizontal',
        label: 'The collaborative relationship',
        protects: t('The joint relationships through which shared services are actually delivered.', 'vangen-2017'),
        risk: t(
          'Members who act only for the collaboration can lose the backing and mandate of their own organisations.',
          'vangen-2017',
        ),
      },
    ],
  },
  {
    id: 'composition',
    name: 'Stability and flux in membership',
    group: 'paper',
    summary: t(
      'Membership and purpose keep shifting: organisations join for their own reasons, change the purpose, and so change who else joins. Some stability is needed to build relationships, yet flux brings in what the changing task needs.',
      'huxham-vangen-2005',
      'vangen-2017',
    ),
    poles: [
      {
        id: 'stability',
        label: 'Stable membership and purpose',
        protects: t('Continuity, so relationships, trust and shared understanding can build up over time.', 'huxham-vangen-2005'),
        risk: t(
          'Freezing membership can shut out partners that a changing purpose needs, and the collaboration goes stale.',
          'huxham-vangen-2005',
        ),
      },
      {
        id: 'flux',
        label: 'Constant flux',
        protects: t('Adaptability: new partners join as the purpose shifts, bringing what is needed now.', 'huxham-vangen-2005'),
        risk: t(
          'When who is involved, and why, keeps changing, relationships and agreements must be rebuilt again and again.',
          'huxham-vangen-2005',
        ),
      },
    ],
  },
  {
    id: 'accountability',
    name: 'Accountability to partner and to collaboration',
    group: 'paper',
    summary: t(
      'People who represent their organisation in a collaboration answer to two bodies at once: their employer and the collaboration. The two can pull in opposite directions.',
      VHC,
      'vangen-2017',
    ),
    poles: [
      {
        id: 'partner',
        label: 'To the partner organisation',
        protects: t('The representative’s mandate and the backing of the organisation that sent them.', VHC),
        risk: t('Representatives who answer only to their home organisations block joint decisions.', VHC),
      },
      {
        id: 'collaboration',
        label: 'To the collaboration',
        protects: t('Commitment to the joint aims and to decisions made together.', VHC),
        risk: t(
          'Representatives may lose their home organisation’s support, or commit it to things it cannot deliver.',
          VHC,
        ),
      },
    ],
  },
];

/** The Provan–Kenis tensions, with each form's leaning (the form picker shows these). */
export const provanKenisTensions: ContentPack['tensions'] = [
  {
    id: 'efficiency-inclusiveness',
    name: 'Efficiency and inclusiveness',
    group: 'provan-kenis',
    summary: t(
      'Involving every member in decisions builds commitment but takes time and money; deciding centrally is quicker but leaves members out. Every governance form has to strike some balance.',
      PK,
    ),
    poles: [
      {
        id: 'efficiency',
        label: 'Efficiency',
        protects: t('Quick, low-cost decisions and action.', PK),
        risk: t('Leaving members out of decisions weakens their commitment and loses what they know.', PK),
      },
      {
        id: 'inclusiveness',
        label: 'Inclusiveness',
        protects: t('Members’ involvement, voice and commitment.', PK),
        risk: t('Involving everyone in everything makes decisions slow and costly, more so as the network grows.', PK),
      },
    ],
    leanings: [
      {
        form: 'shared',
        pole: 'inclusiveness',
        text: t('All members take part in governing, so shared governance favours inclusiveness, at some cost in speed.', PK),
      },
      {
        form: 'lead',
        pole: 'efficiency',
        text: t('The lead can decide and act for everyone, which is efficient but leaves other members with less say.', PK),
      },
      {
        form: 'nao',
        pole: 'efficiency',
        text: t('The NAO does the governing work centrally, so the network runs efficiently; members are consulted rather than involved in everything.', PK),
      },
    ],
  },
  {
    id: 'internal-external-legitimacy',
    name: 'Internal and external legitimacy',
    group: 'provan-kenis',
    summary: t(
      'A network needs its members to see it as worthwhile and fairly run (internal legitimacy) and outsiders such as funders and government to recognise it (external legitimacy). Forms that win one tend to strain the other.',
      PK,
    ),
    poles: [
      {
        id: 'internal',
        label: 'Internal legitimacy',
        protects: t('Members’ belief that the network is worth their time and is run fairly.', PK),
        risk: t('A network that looks only inwards may not be recognised, funded or listened to by outsiders.', PK),
      },
      {
        id: 'external',
        label: 'External legitimacy',
        protects: t('Recognition by funders, government and the public, which brings resources and support.', PK),
        risk: t('Chasing outside recognition can leave members feeling the network no longer serves them.', PK),
      },
    ],
    leanings: [
      {
        form: 'shared',
        pole: 'internal',
        text: t('Members run the network themselves, so they tend to see it as theirs; outsiders may find it hard to deal with.', PK),
      },
      {
        form: 'lead',
        pole: 'external',
        text: t('The lead gives outsiders one clear face to deal with, though members may come to see the network as the lead’s project.', PK),
      },
      {
        form: 'nao',
        pole: 'external',
        text: t('A formal NAO gives the network an identity outsiders recognise; it must still work to keep members on side.', PK),
      },
    ],
  },
  {
    id: 'flexibility-stability',
    name: 'Flexibility and stability',
    group: 'provan-kenis',
    summary: t(
      'A network must be able to adapt to new problems and chances, yet also keep settled routines that members and outsiders can rely on. More formal forms gain stability and lose some flexibility.',
      PK,
    ),
    poles: [
      {
        id: 'flexibility',
        label: 'Flexibility',
        protects: t('The ability to adjust quickly to new problems and opportunities.', PK),
        risk: t('Constant adjustment leaves no settled routines or memory, and the network can drift.', PK),
      },
      {
        id: 'stability',
        label: 'Stability',
        protects: t('Continuity and a settled way of working that members and outsiders can rely on.', PK),
        risk: t('Fixed structures and routines adapt slowly when needs change.', PK),
      },
    ],
    leanings: [
      {
        form: 'shared',
        pole: 'flexibility',
        text: t('With no separate structure to change, members can adapt their shared network quickly.', PK),
      },
      {
        form: 'lead',
        pole: 'stability',
        text: t('The lead’s own systems and staff give the network continuity, but changes depend on the lead.', PK),
      },
      {
        form: 'nao',
        pole: 'stability',
        text: t('A dedicated body with staff and procedures makes the network stable, but also slower to change.', PK),
      },
    ],
  },
];
