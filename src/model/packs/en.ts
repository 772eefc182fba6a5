/**
 * The default English content pack.
 *
 * Facts and citations follow Vangen, Potter & Jacklin-Jarvis (2017) and the works it cites; every sentence is
 * written in the project's own words, short and plain, for undergraduate students (UK English).
 * Where a case carries form-picker levels, comparison positions or tension positions, these are the project's
 * teaching reading of the paper's facts, not findings reported in the paper.
 */
import type { Cited, ContentPack } from '../types.js';

/** A teaching text with the reference ids it draws on. */
const t = (text: string, ...cite: string[]): Cited => ({ text, cite });

const PAPER = 'vangen-potter-jacklin-jarvis-2017';
const PK = 'provan-kenis-2008';
const VHC = 'vangen-hayes-cornforth-2015';

export const defaultPack: ContentPack = {
  schemaVersion: 1,
  id: 'collabgov-en',
  lang: 'en',
  title: 'Governing collaborations in public services',

  references: [
    {
      id: 'vangen-potter-jacklin-jarvis-2017',
      authors: 'Vangen, S., Potter, K. & Jacklin-Jarvis, C.',
      year: 2017,
      title: 'Collaboration and the governance of public services delivery',
      venue:
        'Paper for the Symposium on the policy and reform trajectory of public services in the UK and Japan, 8–9 November 2017. The Open University (Open Research Online)',
    },
    {
      id: 'provan-kenis-2008',
      authors: 'Provan, K. G. & Kenis, P.',
      year: 2008,
      title: 'Modes of network governance: structure, management, and effectiveness',
      venue: 'Journal of Public Administration Research and Theory, 18(2), 229–252',
    },
    {
      id: 'vangen-hayes-cornforth-2015',
      authors: 'Vangen, S., Hayes, J. P. & Cornforth, C.',
      year: 2015,
      title: 'Governing cross-sector inter-organizational collaborations',
      venue: 'Public Management Review, 17(9), 1237–1260',
      url: 'https://doi.org/10.1080/14719037.2014.903658',
    },
    {
      id: 'vangen-huxham-2003-trust',
      authors: 'Vangen, S. & Huxham, C.',
      year: 2003,
      title: 'Nurturing collaborative relations: building trust in interorganizational collaboration',
      venue: 'Journal of Applied Behavioral Science, 39(1), 5–31',
    },
    {
      id: 'vangen-huxham-2003-leadership',
      authors: 'Vangen, S. & Huxham, C.',
      year: 2003,
      title:
        'Enacting leadership for collaborative advantage: dilemmas of ideology and pragmatism in the activities of partnership managers',
      venue: 'British Journal of Management, 14(S1), 61–76',
    },
    {
      id: 'vangen-huxham-2010',
      authors: 'Vangen, S. & Huxham, C.',
      year: 2010,
      title: 'Introducing the theory of collaborative advantage',
      venue:
        'In S. P. Osborne (ed.), The New Public Governance? Critical Perspectives and Future Directions. London: Routledge',
    },
    {
      id: 'vangen-huxham-2012',
      authors: 'Vangen, S. & Huxham, C.',
      year: 2012,
      title: 'The tangled web: unravelling the principle of common goals in collaborations',
      venue: 'Journal of Public Administration Research and Theory, 22(4), 731–760',
      url: 'https://doi.org/10.1093/jopart/mur065',
    },
    {
      id: 'huxham-vangen-2005',
      authors: 'Huxham, C. & Vangen, S.',
      year: 2005,
      title: 'Managing to Collaborate: The Theory and Practice of Collaborative Advantage',
      venue: 'London: Routledge',
    },
    {
      id: 'huxham-1993',
      authors: 'Huxham, C.',
      year: 1993,
      title: 'Collaborative capability: an intra-organizational perspective on collaborative advantage',
      venue: 'Public Money & Management, 13(3), 21–28',
      url: 'https://doi.org/10.1080/09540969309387771',
    },
    {
      id: 'osborne-2006',
      authors: 'Osborne, S. P.',
      year: 2006,
      title: 'The New Public Governance?',
      venue: 'Public Management Review, 8(3), 377–387',
      url: 'https://doi.org/10.1080/14719030600853022',
    },
    {
      id: 'osborne-2010',
      authors: 'Osborne, S. P. (ed.)',
      year: 2010,
      title: 'The New Public Governance? Critical Perspectives and Future Directions',
      venue: 'London: Routledge',
    },
    {
      id: 'vangen-2017',
      authors: 'Vangen, S.',
      year: 2017,
      title: 'Developing practice-oriented theory on collaboration: a paradox lens',
      venue: 'Public Administration Review',
      url: 'https://doi.org/10.1111/puar.12683',
    },
    {
      id: 'vangen-winchester-2014',
      authors: 'Vangen, S. & Winchester, N.',
      year: 2014,
      title: 'Managing cultural diversity in collaborations: a focus on management tensions',
      venue: 'Public Management Review, 16(5), 686–707',
      url: 'https://doi.org/10.1080/14719037.2012.743579',
    },
    {
      id: 'smith-mathur-skelcher-2006',
      authors: 'Smith, M., Mathur, N. & Skelcher, C.',
      year: 2006,
      title:
        'Corporate governance in a collaborative environment: what happens when government, business and civil society work together?',
      venue: 'Corporate Governance: An International Review, 14(3), 159–171',
      url: 'https://doi.org/10.1111/j.1467-8683.2006.00496.x',
    },
    {
      id: 'skelcher-mathur-smith-2005',
      authors: 'Skelcher, C., Mathur, N. & Smith, M.',
      year: 2005,
      title: 'The public governance of collaborative spaces: discourse, design and democracy',
      venue: 'Public Administration, 83(3), 573–596',
      url: 'https://doi.org/10.1111/j.0033-3298.2005.00463.x',
    },
    {
      id: 'sullivan-barnes-matka-2006',
      authors: 'Sullivan, H., Barnes, M. & Matka, E.',
      year: 2006,
      title: 'Collaborative capacity and strategies in area-based initiatives',
      venue: 'Public Administration, 84(2), 289–310',
      url: 'https://doi.org/10.1111/j.1467-9299.2006.00003.x',
    },
    {
      id: 'liddle-2009',
      authors: 'Liddle, J.',
      year: 2009,
      title: 'The Northern Way: a pan-regional associational network',
      venue: 'International Journal of Public Sector Management, 22(3), 192–202',
      url: 'https://doi.org/10.1108/09513550910949172',
    },
    {
      id: 'lowndes-skelcher-1998',
      authors: 'Lowndes, V. & Skelcher, C.',
      year: 1998,
      title: 'The dynamics of multi-organizational partnerships: an analysis of changing modes of governance',
      venue: 'Public Administration, 76(2), 313–333',
    },
  ],

  concepts: [
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
  ],

  forms: [
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
        t('It is cheap to run: there is no extra organisation to pay for.', PK),
      ],
      weaknesses: [
        t('It gets slow and hard to run as members are added; it works best for a small group.', PK),
        t('Funders and government may struggle to see who speaks for the network.', PK),
        t('It needs high trust and real agreement on goals; without them, decisions stall.', PK, 'vangen-huxham-2012'),
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
  ],

  factors: [
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
  ],

  predictors: [
    { form: 'shared', factor: 'trust', level: 'high', label: 'High density', cite: [PK] },
    { form: 'shared', factor: 'participants', level: 'few', label: 'Few', cite: [PK] },
    { form: 'shared', factor: 'consensus', level: 'high', label: 'High', cite: [PK] },
    { form: 'shared', factor: 'competencies', level: 'low', label: 'Low', cite: [PK] },
    { form: 'lead', factor: 'trust', level: 'low', label: 'Low density, highly centralised', cite: [PK] },
    { form: 'lead', factor: 'participants', level: 'moderate', label: 'Moderate number', cite: [PK] },
    { form: 'lead', factor: 'consensus', level: 'moderately-low', label: 'Moderately low', cite: [PK] },
    { form: 'lead', factor: 'competencies', level: 'moderate', label: 'Moderate', cite: [PK] },
    { form: 'nao', factor: 'trust', level: 'moderate', label: 'Moderate density, NAO monitored by members', cite: [PK] },
    { form: 'nao', factor: 'participants', level: 'many', label: 'Moderate to many', cite: [PK] },
    { form: 'nao', factor: 'consensus', level: 'moderately-high', label: 'Moderately high', cite: [PK] },
    { form: 'nao', factor: 'competencies', level: 'high', label: 'High', cite: [PK] },
  ],

  evolution: [
    {
      from: 'shared',
      to: 'lead',
      likelihood: 'common',
      text: t(
        'As a shared network grows, governing by everyone becomes slow, and one member often takes over the coordinating.',
        PK,
      ),
    },
    {
      from: 'shared',
      to: 'nao',
      likelihood: 'common',
      text: t(
        'A growing shared network may set up a separate body to coordinate it, especially as its work gets more complex.',
        PK,
      ),
    },
    {
      from: 'lead',
      to: 'nao',
      likelihood: 'possible',
      text: t(
        'A lead-organisation network may hand governing to an NAO, for example when the work outgrows one member or others want a more neutral coordinator.',
        PK,
      ),
    },
    {
      from: 'nao',
      to: 'shared',
      likelihood: 'rare',
      text: t('Once a separate body exists, networks seldom dismantle it to go back to governing among themselves.', PK),
    },
    {
      from: 'lead',
      to: 'shared',
      likelihood: 'rare',
      text: t('Networks rarely move from a single lead back to all members governing together.', PK),
    },
    {
      from: 'nao',
      to: 'lead',
      likelihood: 'rare',
      text: t('Handing an NAO’s job back to one member organisation is uncommon.', PK),
    },
  ],

  tensions: [
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
  ],

  readings: {
    managed: t(
      'Every tension is held away from its poles. This is what managing paradox looks like: the collaboration lives with good-enough compromises instead of trying to settle each tension for good.',
      'vangen-2017',
    ),
    leaning: t(
      'Several tensions lean clearly one way, but none is pushed to a pole. Leaning can be sensible for now. Keep an eye on what the weaker side of each tension protects, because that is where trouble will show first.',
      'vangen-2017',
    ),
    oneResolved: t(
      'One tension is pushed all the way to a pole. It is being resolved rather than managed: the collaboration has picked one side and given up what the other side protects. Read that pole’s risk, because this is the cost the collaboration is likely to pay.',
      'vangen-2017',
    ),
    manyResolved: t(
      'Several tensions are pushed to their poles at once. Settling many tensions one way is a warning sign of collaborative inertia: what the abandoned sides protected is lost, progress slows and the work becomes a hard grind.',
      'huxham-vangen-2005',
      'vangen-2017',
    ),
  },

  comparison: {
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
  },

  eras: [
    {
      id: 'pa',
      name: 'Public Administration',
      from: 1880,
      to: 1980,
      summary: t(
        'From the late nineteenth century to around 1980, the state plans and delivers public services itself, through bureaucratic hierarchies and professional staff. In the UK, joint planning between agencies was tried in the 1960s and 1970s but proved too narrow.',
        'osborne-2006',
        'osborne-2010',
        PAPER,
      ),
    },
    {
      id: 'npm',
      name: 'New Public Management',
      from: 1980,
      to: 2000,
      summary: t(
        'Ideas from business enter public services: markets, competition and contracting out. Services become fragmented and poorly coordinated, which in turn leads to calls for more collaboration.',
        'osborne-2006',
        'osborne-2010',
        PAPER,
      ),
    },
    {
      id: 'npg',
      name: 'New Public Governance',
      from: 2000,
      summary: t(
        'A plural state: many interdependent public, private and voluntary organisations deliver services, and many processes feed into policy. Attention turns to relationships between organisations, to governing processes and to outcomes.',
        'osborne-2006',
        'osborne-2010',
      ),
    },
  ],

  cases: [
    {
      id: 'lsp',
      name: 'Local Strategic Partnerships (LSPs)',
      kind: 'table1',
      era: 'npg',
      dates: 'Formally set up in 2002; duties revised in 2009; still kept locally',
      start: 2002,
      origins:
        'Created under New Labour and formally established in 2002, with their duties revised in 2009. They took over or absorbed earlier collaborations such as Health Action Zones and regeneration partnerships.',
      drivers:
        'Joining up local strategies across policy and service areas; tackling deprivation; carrying out national strategies locally; rationalising partnerships; producing a sustainable community strategy.',
      members: ['Public agencies', 'Local businesses', 'Community groups', 'Voluntary organisations'],
      lead: 'Local authorities',
      status: 'Kept at local level after 2010, with structures decided locally.',
      comment: t(
        'Meant as local answers to local problems, LSPs brought earlier partnerships under one roof, with the local authority in the lead. The form-picker levels are this project’s teaching reading, not the paper’s: a broad cross-sector membership (many participants), many strategies to join up (moderately low goal consensus), coordination running through the council (low trust density) and a moderate need for network-level skills.',
        PAPER,
        'sullivan-barnes-matka-2006',
      ),
      factors: { trust: 'low', participants: 'many', consensus: 'moderately-low', competencies: 'moderate' },
      governance: {
        form: 'lead',
        reasoning: t(
          'The local authority leads and coordinates on behalf of a wide mix of public, business, community and voluntary members: the lead organisation form. The large membership pulls it some way towards an NAO, a reminder that real cases blend the ideal types.',
          PAPER,
          PK,
          VHC,
        ),
      },
      comparison: {
        definition: -60,
        inclusion: -70,
        decisions: -50,
        power: -40,
        trust: -20,
        resources: -50,
        goals: -60,
        lead: -80,
        leaders: -60,
        accountability: -60,
      },
      tensions: {
        goals: 40,
        culture: 30,
        trust: 20,
        power: 40,
        leadership: 10,
        structure: -10,
        hierarchy: -20,
        composition: 30,
        accountability: -30,
      },
    },
    {
      id: 'childrens-trusts',
      name: 'Children’s Trust Boards',
      kind: 'table1',
      era: 'npg',
      dates: 'Piloted first; a legal requirement from 2009 until 2010',
      start: 2009,
      end: 2010,
      origins: 'A New Labour initiative: first piloted, then made a legal requirement in 2009.',
      drivers: 'Joining up services and resources to get better outcomes for children.',
      members: ['Education', 'Social care', 'Health', 'Private organisations', 'Voluntary organisations'],
      lead: 'Local authorities',
      status:
        'The Coalition government removed the legal requirement in 2010. Their functions moved into other bodies, such as council committees and Health and Wellbeing Boards.',
      comment: t(
        'A short-lived attempt to coordinate children’s services around need. For a while the law moved the duty to plan children’s services from the local authority to the trust, though the authority still led it. The paper uses Children’s Trusts as its example of government governing through a collaboration. The form-picker levels are this project’s teaching reading: a core group of public agencies (moderate numbers), goals set by policy around children’s outcomes (moderately high consensus) and a moderate need for network-level skills.',
        PAPER,
        VHC,
      ),
      factors: { participants: 'moderate', consensus: 'moderately-high', competencies: 'moderate' },
      governance: {
        form: 'lead',
        reasoning: t(
          'The local authority led the board, while education, social care and health agencies worked with private and voluntary partners. One member coordinating for the rest is the lead organisation form.',
          PAPER,
          PK,
        ),
      },
      comparison: {
        definition: -90,
        inclusion: -60,
        decisions: -50,
        power: -60,
        trust: -40,
        resources: -60,
        goals: -90,
        lead: -85,
        leaders: -80,
        accountability: -80,
      },
      tensions: {
        goals: -40,
        culture: 10,
        trust: -10,
        power: 40,
        leadership: 30,
        structure: 40,
        hierarchy: -40,
        composition: -20,
        accountability: -20,
      },
    },
    {
      id: 'place-based-care',
      name: 'Place-based systems of care',
      kind: 'table1',
      era: 'npg',
      dates: 'From 2013; still developing locally',
      start: 2013,
      origins:
        'Put forward to fill a gap in the leadership of local health systems after the NHS structural changes of 2013.',
      drivers: 'Planning health locally; building a system of care; governing resources to meet local needs.',
      members: ['Health and care service providers', 'Commissioners'],
      lead: 'Service providers, working with commissioners',
      status: 'Developing locally where organisations need to cooperate, innovate and manage resources.',
      comment: t(
        'Each place decides its own model instead of following one set by policy. Collaboration is offered in place of another round of restructuring, to fill the space left when local health authorities that coordinated care were removed and services became fragmented. The form-picker levels are this project’s teaching reading: a handful of local providers with their commissioners (few participants), a shared local need that brought them together (high goal consensus) and a moderate need for network-level skills to plan a system of care.',
        PAPER,
      ),
      factors: { participants: 'few', consensus: 'high', competencies: 'moderate' },
      governance: {
        form: 'shared',
        reasoning: t(
          'Providers lead together, with commissioners involved, and each place designs its own model; no single body is put in charge. In this project’s reading that is closest to shared governance. If one large provider ends up coordinating, the case would drift towards the lead organisation form, a common move as networks grow.',
          PAPER,
          PK,
        ),
      },
      comparison: {
        definition: 40,
        inclusion: 30,
        decisions: 20,
        power: 30,
        trust: 20,
        resources: 40,
        goals: 50,
        lead: 50,
        leaders: 20,
        accountability: -30,
      },
      tensions: {
        goals: 20,
        culture: 0,
        trust: 0,
        power: 20,
        leadership: -30,
        structure: 30,
        hierarchy: 20,
        composition: 40,
        accountability: 0,
      },
    },
    {
      id: 'safeguarding-boards',
      name: 'Local Children’s Safeguarding Boards',
      kind: 'table1',
      era: 'pa',
      dates: 'Roots in the 1970s; ongoing',
      start: 1970,
      origins: 'They go back to efforts in the 1970s to give a joined-up response to children at risk.',
      drivers: 'Keeping children safe.',
      members: [
        'Local authorities',
        'Police',
        'NHS',
        'Community and voluntary sector',
        'Education',
        'Courts',
        'Secure services',
        'Probation',
        'Youth offending services',
      ],
      lead: 'Local authorities',
      status: 'Ongoing.',
      comment: t(
        'These boards have lasted through many changes of government. Every local government area must have one by law, the local authority leads, and the statutory guidance is updated regularly. The form-picker levels are this project’s teaching reading: a long list of agencies (many participants), one clear purpose with differing professional priorities (moderately high consensus), coordination running through the council (low trust density) and a board that coordinates while each agency keeps its own work (moderate need for network-level skills).',
        PAPER,
      ),
      factors: { trust: 'low', participants: 'many', consensus: 'moderately-high', competencies: 'moderate' },
      governance: {
        form: 'lead',
        reasoning: t(
          'Each area must have a board by law, and the local authority leads it, coordinating a long list of agencies. That is the lead organisation form, though the large membership pulls it some way towards an NAO.',
          PAPER,
          PK,
        ),
      },
      comparison: {
        definition: -70,
        inclusion: -40,
        decisions: -40,
        power: -60,
        trust: -30,
        resources: -50,
        goals: -80,
        lead: -90,
        leaders: -70,
        accountability: -80,
      },
      tensions: {
        goals: -50,
        culture: 30,
        trust: 20,
        power: 30,
        leadership: 20,
        structure: 20,
        hierarchy: -40,
        composition: -50,
        accountability: -40,
      },
    },
    {
      id: 'city-governance',
      name: 'City governance: City Deals and Greater Manchester',
      kind: 'table1',
      era: 'npg',
      dates: 'City Deals 2010–15; Greater Manchester legal framework 2008; ongoing',
      start: 2010,
      origins:
        'City Deals were started by the Coalition government between 2010 and 2015. City-wide collaboration has a longer history, such as City Challenge in the early 1990s. In Greater Manchester, a voluntary association of councils formed in the 1980s; a legal framework in 2008 then let the 10 local authorities plan strategically and pool resources as the Greater Manchester Combined Authority (GMCA).',
      drivers: 'Devolution; regional inequalities; transport, the economy and regeneration.',
      members: ['Combined local authorities (10 in Greater Manchester)', 'Local Enterprise Partnership'],
      lead: 'The combined authority, set up by its member councils',
      status: 'Ongoing.',
      comment: t(
        'Greater Manchester shows how long a collaboration can take to mature: from a voluntary association to a legal body that pools resources across ten councils. The form-picker levels are this project’s teaching reading: ten councils plus business partners (many participants), trust built over decades but with members watching the combined body (moderate trust), broad agreement on the city region’s needs (moderately high consensus) and demanding joint work on transport and the economy (high need for network-level skills).',
        PAPER,
      ),
      factors: { trust: 'moderate', participants: 'many', consensus: 'moderately-high', competencies: 'high' },
      governance: {
        form: 'nao',
        reasoning: t(
          'The ten councils created a separate legal body, the combined authority, to govern their joint work and pool resources. A body set up by the members to run the network is the NAO form.',
          PAPER,
          PK,
        ),
      },
      comparison: {
        definition: 10,
        inclusion: 20,
        decisions: 0,
        power: -20,
        trust: 10,
        resources: 30,
        goals: 30,
        lead: -40,
        leaders: -50,
        accountability: -40,
      },
      tensions: {
        goals: 0,
        culture: -10,
        trust: -20,
        power: 20,
        leadership: 10,
        structure: 50,
        hierarchy: 30,
        composition: -40,
        accountability: 10,
      },
    },
    {
      id: 'government-offices',
      name: 'Integrated government offices in the English regions',
      kind: 'initiative',
      era: 'npm',
      dates: '1990s (set up in 1994; closed in 2011)',
      start: 1994,
      end: 2011,
      origins:
        'Created by the Conservatives, one per English region, to serve central departments and ministers while also building partnerships with local interests and feeding local views into policy.',
      drivers:
        'Joining up public services after the fragmentation of the NPM years, while taking back central control of how policy was carried out.',
      members: ['Central government departments', 'Local authorities', 'Other local interests'],
      lead: 'Central government',
      status: 'Closed in 2011; the paper names them as an early step towards joined-up working.',
      comment: t(
        'An example of government trying to join up services and regain control at the same time: the offices answered to ministers while also working in partnership with local bodies.',
        PAPER,
        'lowndes-skelcher-1998',
      ),
    },
    {
      id: 'health-action-zones',
      name: 'Health Action Zones',
      kind: 'initiative',
      era: 'npm',
      dates: 'From 1998 until overtaken by Local Strategic Partnerships in the early 2000s',
      start: 1998,
      end: 2003,
      origins: 'Among the earliest partnership schemes launched after Labour came to power in 1997.',
      drivers: 'Tackling poor health by getting local agencies to work together rather than compete.',
      members: ['NHS bodies', 'Local authorities', 'Voluntary and community organisations'],
      lead: 'Local health bodies with their partners',
      status: 'Superseded by Local Strategic Partnerships, which took over their work.',
      comment: t(
        'Part of New Labour’s turn from markets and competition to partnership. Health Action Zones were soon folded into broader local partnerships.',
        PAPER,
        'sullivan-barnes-matka-2006',
      ),
    },
    {
      id: 'local-area-agreements',
      name: 'Local Area Agreements (LAAs)',
      kind: 'initiative',
      era: 'npg',
      dates: 'Mid-2000s to 2010',
      start: 2004,
      end: 2010,
      origins: 'Introduced as part of New Labour’s wider programme to modernise public services.',
      drivers: 'Setting out what mattered most in each area, agreed by Whitehall, the council and other local partners.',
      members: ['Central government', 'Local authorities', 'Other local partners'],
      lead: 'Local authorities, in agreement with central government',
      status: 'Ended after the change of government in 2010.',
      comment: t(
        'An agreement-based tool: central and local partners signed up to shared priorities for one area.',
        PAPER,
        'liddle-2009',
      ),
    },
    {
      id: 'multi-area-agreements',
      name: 'Multi Area Agreements (MAAs)',
      kind: 'initiative',
      era: 'npg',
      dates: 'Late 2000s (13 agreements across England)',
      start: 2007,
      end: 2010,
      origins:
        'Thirteen agreements across England that let city regions work beyond the boundary of a single council, linking several cities and their local strategic partnerships.',
      drivers: 'Aligning managerial, administrative and community aims across a wider city region.',
      members: ['Groups of local authorities', 'Their local strategic partnerships'],
      lead: 'Local authorities acting together',
      status: 'Ended after the change of government in 2010.',
      comment: t(
        'They opened up a new space for action above the single council, linking cities across a region.',
        PAPER,
        'liddle-2009',
      ),
    },
    {
      id: 'neighbourhood-renewal-fund',
      name: 'Neighbourhood Renewal Fund',
      kind: 'initiative',
      era: 'npg',
      dates: '2001 to 2008',
      start: 2001,
      end: 2008,
      origins: 'A New Labour funding stream for regenerating deprived areas.',
      drivers: 'Area-based regeneration, with money that cut across service boundaries.',
      members: ['Local authorities in deprived areas', 'Local Strategic Partnerships'],
      lead: 'Central government funding, spent through local partnerships',
      status: 'Replaced by a successor fund in 2008.',
      comment: t(
        'An example of cross-cutting money: funding meant to get agencies working together on regeneration, part of a growing reliance on area-based programmes.',
        PAPER,
        'sullivan-barnes-matka-2006',
      ),
    },
    {
      id: 'big-society',
      name: 'The ‘big society’ and localism',
      kind: 'initiative',
      era: 'npg',
      dates: 'From 2010',
      start: 2010,
      origins: 'The agenda of the Conservative and Liberal Democrat coalition formed after the 2010 election.',
      drivers:
        'Cutting public spending; devolving power and promoting localism; encouraging people to volunteer; shifting power from Whitehall to councils.',
      members: ['Central government', 'Local government', 'Voluntary sector organisations', 'Volunteers and communities'],
      lead: 'Central government policy, carried out locally',
      status:
        'Many collaborative structures that Labour had set in law were removed. Voluntary sector work moved from negotiated service level agreements towards tightly regulated contracts and tendering.',
      comment: t(
        'Gave the voluntary sector a bigger part in delivering public services, but on more formal, contract-based terms.',
        PAPER,
      ),
    },
  ],
};
