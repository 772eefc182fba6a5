/**
 * The tensions, in two groups: the paper's nine (DOMAIN.md section 4) and the three Provan–Kenis tensions that
 * each governance form leans on. Part of the default English pack (../en.ts).
 */
import type { ContentPack } from '../../types.js';
import { t, PAPER, PK, VHC } from './cite.js';

/** The paper's tensions: two poles each, what each protects, the risk of pushing to it. */
export const paperTensions: ContentPack['tensions'] = [
  {
    id: 'goals',
    name: 'Congruent and diverse goals',
    group: 'paper',
    examples: {
      time: t('Start on a small joint task that the common ground allows, and bring partners’ own aims onto the agenda as the work grows.', 'vangen-huxham-2012', 'poole-van-de-ven-1989'),
      place: t('Agree a few joint aims at board level, while each partner pursues its own aims through its own projects.', 'vangen-huxham-2012', 'poole-van-de-ven-1989'),
    },
    summary: t(
      'Partners need enough shared purpose to act together, yet each brings its own aims: some stated, some hidden, some personal rather than organisational. Waiting for complete agreement can mean never starting; work usually begins on whatever common ground exists.',
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
    examples: {
      time: t('Give an early phase to exploring each profession’s approach, then turn to the clashes it reveals before firm decisions are made.', 'vangen-winchester-2014', 'poole-van-de-ven-1989'),
      place: t('Draw on different professional views in workshops, and agree common procedures where services meet the public.', 'vangen-winchester-2014', 'poole-van-de-ven-1989'),
    },
    summary: t(
      'Different professional and organisational cultures spark new ideas, and they also cause clashes over values and ways of working. Handling them means deciding which compromises to make, rather than trying to remove every difference.',
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
    examples: {
      time: t('Begin with small, low-risk joint steps backed by clear agreements, and relax the safeguards as trust grows.', 'vangen-huxham-2003-trust', 'poole-van-de-ven-1989'),
      place: t('Keep formal agreements for money and data, while relying on goodwill in day-to-day joint work.', 'vangen-huxham-2003-trust', 'poole-van-de-ven-1989'),
    },
    summary: t(
      'Partners often start out with little trust in one another, though they expect to need it. The work has two sides: growing trust step by step where that is possible, and finding ways to act together where it is not. Both call for sustained time and effort.',
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
    examples: {
      time: t('Let the best-resourced partner steer the set-up, then rotate the chair so that others take their turn.', 'huxham-vangen-2005', 'poole-van-de-ven-1989'),
      place: t('Give every partner an equal vote at the board, while the partner holding the budget manages it openly, with checks.', 'huxham-vangen-2005', 'poole-van-de-ven-1989'),
    },
    summary: t(
      'Sharing power matters, but partners rarely hold equal power. Imbalances, whether real or only perceived, tend to affect how partners behave, for the worse. Power is bound up with trust.',
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
    name: 'Facilitative and authoritative leadership',
    group: 'paper',
    examples: {
      time: t('Steer firmly to get a stalled partnership moving, then step back and draw partners in.', 'vangen-huxham-2003-leadership', 'poole-van-de-ven-1989'),
      place: t('A partnership manager facilitates in meetings, while a senior sponsor works the politics with partners’ leaders.', 'vangen-huxham-2003-leadership', 'poole-van-de-ven-1989'),
    },
    summary: t(
      'Leadership in a collaboration is judged by whether anything gets done. Those who lead move between drawing partners in and steering the agenda themselves, and the work needs both.',
      'vangen-huxham-2003-leadership',
      'vangen-2017',
    ),
    poles: [
      {
        id: 'facilitative',
        label: 'Facilitative leadership',
        protects: t(
          'Partners’ involvement and ownership: drawing them in, giving them a voice and the means to act, and getting them moving.',
          'vangen-huxham-2003-leadership',
        ),
        risk: t(
          'Leadership that only facilitates may never move the agenda on, so the work drifts.',
          'vangen-huxham-2003-leadership',
        ),
      },
      {
        id: 'authoritative',
        label: 'Authoritative leadership',
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
    examples: {
      time: t('Pool resources for a fixed-term joint project, then hand them back to the partners when it ends.', 'vangen-2017', 'poole-van-de-ven-1989'),
      place: t('Integrate one shared service fully, while partners keep their other services their own.', 'vangen-2017', 'poole-van-de-ven-1989'),
    },
    summary: t(
      'What each partner brings is valuable because it is different. Pool it too fully and the difference is lost; hold it back and nothing joint happens. The arrangements have to keep partners’ resources distinct while putting them to work together.',
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
    examples: {
      time: t('Work as one team during a joint project, then take decisions back through each partner’s own lines before anything is final.', 'vangen-2017', 'poole-van-de-ven-1989'),
      place: t('Settle day-to-day matters in the collaboration, and leave strategic commitments to each partner’s own hierarchy.', 'vangen-2017', 'poole-van-de-ven-1989'),
    },
    summary: t(
      'Each member still answers up its own line of management and has its own remit, while the joint work runs across organisations. Much of what makes collaboration paradoxical comes from working in both at once.',
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
    examples: {
      time: t('Keep a steady core group through a start-up phase, then open membership as the purpose widens.', 'huxham-vangen-2005', 'poole-van-de-ven-1989'),
      place: t('Hold a small, stable core, with a wider circle of partners who join for particular tasks and then leave.', 'huxham-vangen-2005', 'poole-van-de-ven-1989'),
    },
    summary: t(
      'Who belongs, and what for, rarely stays still: a newcomer brings its own agenda, the purpose shifts, and the new purpose draws in different partners. Some steadiness helps relationships grow, while change brings in what the task now needs.',
      'huxham-vangen-2005',
      PAPER,
    ),
    note: t(
      'The paper describes composition as in constant flux; it does not set stability against flux. This slider is the project’s way of asking how far the collaboration holds its membership steady within that flux.',
      PAPER,
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
    examples: {
      time: t('Let representatives negotiate freely for the collaboration, then have their own organisations ratify the outcome.', VHC, 'poole-van-de-ven-1989'),
      place: t('Agree which matters a representative may commit to at the table and which must go back to their own organisation.', VHC, 'poole-van-de-ven-1989'),
    },
    summary: t(
      'People who represent their organisation in a collaboration answer to two bodies at once: their employer and the collaboration. The two can pull in opposite directions.',
      VHC,
      PAPER,
    ),
    note: t(
      'Accountability is not one of the paradoxes the paper discusses: it is a row of its Table 2, where governing collaborations sets individuals’ accountability to the collaboration against their accountability to their own organisations.',
      PAPER,
      VHC,
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
        text: t(
          'A separate body doing the governing work is more efficient than governing by everyone, while members keep a voice through the NAO’s board: it holds a course between the other two forms.',
          PK,
        ),
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
        text: t(
          'A formal NAO gives the network an identity outsiders recognise. Being neutral, not a member with its own agenda, helps it keep members’ trust, but it must keep earning their support.',
          PK,
        ),
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
