/**
 * 論文の表2：協働ガバナンスと、協働を統治すること。既定パックの日本語版（英語版 ../en/comparison.ts の翻訳）。
 * Every id, kind, logic, row and `cite` list is as in ../en/comparison.ts; only the texts are translated (です・ます調).
 */
import type { ContentPack } from '../../types.js';
import { t, PAPER, VHC } from '../en/cite.js';

export const comparison: ContentPack['comparison'] = {
  title: '協働ガバナンスか、協働を統治することか？',
  intro: t(
    '論文は Vangen, Hayes and Cornforth（2015）から、ガバナンスと協働をめぐる二つの文献群の対比を借りています。協働ガバナンス（collaborative governance）と、協働を統治すること（governing collaborations）です。どちらも、誰が参加するのか、どう決定するのか、誰が主導するのか、アカウンタビリティ（説明責任）がどこにあるのかといった同じ設計上の問いを立てますが、それぞれ異なる答え方をします。論文は、この区別が、公共部門のマネージャーが直面する複雑さの一因を説明すると論じています。',
    VHC,
    PAPER,
  ),
  logics: [
    {
      id: 'collaborative-governance',
      name: '協働ガバナンス',
      summary: t(
        '協働を通じた統治です。政府は、階統制に代わるより民主的な選択肢として組織を集めます。その主な目的は公共政策を実施することです。',
        VHC,
        'skelcher-mathur-smith-2005',
      ),
    },
    {
      id: 'governing-collaborations',
      name: '協働を統治すること',
      summary: t(
        '協働の統治です。組織の集まりが、協働優位を達成できるよう、共同の取り決めをどう運営するかを指します。政府や公共政策が関わる必要はありません。',
        VHC,
        'huxham-vangen-2005',
      ),
    },
  ],
  rows: [
    {
      id: 'definition',
      name: '定義上の特徴、目的、焦点',
      kind: 'definitional',
      cells: [
        {
          logic: 'collaborative-governance',
          text: '政府はパートナーシップを統治の手段として用います。階統制や官僚制による命令よりも民主的な選択肢です。パートナーシップは主に、公共政策を実行に移すために存在します。',
          cite: [VHC],
        },
        {
          logic: 'governing-collaborations',
          text: 'ここでは統治の対象はパートナーシップそのものです。その取り決めは、パートナーが共有する目的を達成できるよう選ばれ、成功とは、どのパートナーも単独では成し遂げられないことを達成することです。',
          cite: [VHC],
        },
      ],
    },
    {
      id: 'inclusion',
      name: 'ステークホルダーの包摂',
      kind: 'design',
      cells: [
        {
          logic: 'collaborative-governance',
          text: '利害をもつすべての人を協議の場に集めること自体が、しばしば目的です。まず公的機関と慈善団体、ときには地域の住民も加わります。',
          cite: [VHC],
        },
        {
          logic: 'governing-collaborations',
          text: '誰が加わるかは、共同の作業が何を必要とするかによります。影響を受けるすべての人が参加したり、発言の機会を与えられたりしなければならないという決まりはありません。',
          cite: [VHC],
        },
      ],
    },
    {
      id: 'decisions',
      name: '意思決定',
      kind: 'design',
      cells: [
        {
          logic: 'collaborative-governance',
          text: 'パートナーは公共の問題を共同で解決しようとし、全員が受け入れられる見解を探ります。',
          cite: [VHC],
        },
        {
          logic: 'governing-collaborations',
          text: '投票、作業部会、主導するパートナーの判断など、パートナーはその案件に合った決め方を何でも用います。',
          cite: [VHC],
        },
      ],
    },
    {
      id: 'power',
      name: '権力の非対称性',
      kind: 'design',
      cells: [
        {
          logic: 'collaborative-governance',
          text: '選挙で選ばれた機関からステークホルダー全体へ権力を委ねることは、公的な階統制がいまも持つ重みとなじみにくいものです。',
          cite: [VHC],
        },
        {
          logic: 'governing-collaborations',
          text: 'パートナーが権力を共同でもつこともあります。一部のパートナーがほかより多くの権力をもつ場合でも、最も強い者が公的機関であるとは限りません。慈善団体や企業が最も大きな重みをもつこともあります。',
          cite: [VHC],
        },
      ],
    },
    {
      id: 'trust',
      name: '信頼と不信',
      kind: 'design',
      cells: [
        {
          logic: 'collaborative-governance',
          text: '信頼がなければ取り決めは機能しません。そのため、互いに疑いを抱いて出発したパートナーのあいだで信頼を育てることが、主な仕事になります。',
          cite: [VHC],
        },
        {
          logic: 'governing-collaborations',
          text: 'パートナーは、信頼が大切であり、いつでも崩れうることを知っています。そのため、信頼を育てることと、信頼が欠けているところに対処することの両面で取り組みます。',
          cite: [VHC],
        },
      ],
    },
    {
      id: 'resources',
      name: '資源の配分',
      kind: 'design',
      cells: [
        {
          logic: 'collaborative-governance',
          text: '仕事の多くは、誰が公的資金を受け取るのか、その配分が公平かどうかをめぐるものです。',
          cite: [VHC],
        },
        {
          logic: 'governing-collaborations',
          text: '重要なのは、パートナーに自らの資金、人員、技能、データを共同の作業へ投入してもらうことです。',
          cite: [VHC],
        },
      ],
    },
    {
      id: 'goals',
      name: '目標と価値観',
      kind: 'design',
      cells: [
        {
          logic: 'collaborative-governance',
          text: '目的は政府から与えられます。パートナーシップが何を達成すべきかは政策が定めます。',
          cite: [VHC],
        },
        {
          logic: 'governing-collaborations',
          text: 'パートナーが動き出すきっかけは、互いの目的が重なっていると気づくことです。',
          cite: [VHC],
        },
      ],
    },
    {
      id: 'lead',
      name: '主導組織',
      kind: 'design',
      cells: [
        {
          logic: 'collaborative-governance',
          text: '主導する役割は、当然の権利として公的機関に委ねられます。これはほかのどのパートナーももたない役割です。',
          cite: [VHC],
        },
        {
          logic: 'governing-collaborations',
          text: '誰が主導するかについて決まりはありません。パートナーが共同で主導することも、一つの組織を選んで任せることもあります。その組織は協働の内部から選ばれることも外部から選ばれることもあり、どの部門の組織でもかまいません。',
          cite: [VHC],
        },
      ],
    },
    {
      id: 'leaders',
      name: '個々のリーダー',
      kind: 'design',
      cells: [
        {
          logic: 'collaborative-governance',
          text: '主導する人々は公的機関を代表して発言するか、国家から与えられた権限にもとづいて行動します。',
          cite: [VHC],
        },
        {
          logic: 'governing-collaborations',
          text: '物事を動かす人なら誰でも主導できます。肩書きや公式の権限をもたない人も含まれます。',
          cite: [VHC],
        },
      ],
    },
    {
      id: 'accountability',
      name: 'アカウンタビリティ（説明責任）',
      kind: 'design',
      cells: [
        {
          logic: 'collaborative-governance',
          text: '行われたことについて、とりわけ公的資源がどう使われたかについて、政府が説明責任を負います。',
          cite: [VHC],
        },
        {
          logic: 'governing-collaborations',
          text: '参加する人々は、パートナーシップと自らの所属組織という二つの相手に対して責任を負い、その二つは食い違うことがあります。',
          cite: [VHC],
        },
      ],
    },
  ],
  statements: [
    {
      id: 'definition-cg',
      text: '自治体は、若者に関する政府の新しい戦略を実施するためにパートナーシップを設けた。',
      logic: 'collaborative-governance',
      row: 'definition',
      explanation: t('政府が公共政策を実施するために協働をつくっています。協働を通じた統治です。', VHC),
    },
    {
      id: 'definition-gc',
      text: '四つの慈善団体が、どの団体も単独では成し遂げられないことを共に達成するために連合を結成した。',
      logic: 'governing-collaborations',
      row: 'definition',
      explanation: t('この連合はそれ自体一つの実体として運営され、協働優位をめざしています。', VHC),
    },
    {
      id: 'inclusion-cg',
      text: '住民団体を含め、影響を受けるすべての集団が理事会に席をもたなければならない。',
      logic: 'collaborative-governance',
      row: 'inclusion',
      explanation: t('すべてのステークホルダーを包摂しようとすることは、協働ガバナンスに典型的です。', VHC),
    },
    {
      id: 'inclusion-gc',
      text: '私たちは、プロジェクトが実際に必要とする技能をもつ組織だけを招いた。',
      logic: 'governing-collaborations',
      row: 'inclusion',
      explanation: t('全員を包摂するという決まりはありません。メンバー構成は共同の作業に従います。', VHC),
    },
    {
      id: 'decisions-cg',
      text: 'このパートナーシップは地域の若者向けサービスの方針を決めるために存在し、公的機関と慈善団体がコンセンサスに達するまで、一つひとつの提案を議論する。',
      logic: 'collaborative-governance',
      row: 'decisions',
      explanation: t(
        '公共の関心事について、コンセンサスを目標に集団で決定しています。協働ガバナンスです。ただし全会一致だけでは二つの論理を見分けられません。協働を統治することでも、数ある決め方の一つとして全会一致を用いることがあるからです。',
        VHC,
      ),
    },
    {
      id: 'decisions-gc',
      text: '投票にかける決定もあれば、作業部会や議長に任せる決定もある。共同の作業が進むほうを選ぶ。',
      logic: 'governing-collaborations',
      row: 'decisions',
      explanation: t('パートナーは、案件ごとに、また共有する目標に合わせて決め方を選んでいます。これは協働を統治することに当てはまります。', VHC),
    },
    {
      id: 'power-cg',
      text: '権力は共有されるはずだったが、最終的な決定権はいまも自治体が握っている。',
      logic: 'collaborative-governance',
      row: 'power',
      explanation: t('権力の共有は、公的な階統制が持ちつづける重みと引っ張り合います。', VHC),
    },
    {
      id: 'power-gc',
      text: '私たちのネットワークで最も力のあるパートナーは、自治体ではなく民間企業だ。',
      logic: 'governing-collaborations',
      row: 'power',
      explanation: t('ここでは、最も強いパートナーが公的機関ではなく、企業や慈善団体であることもありえます。', VHC),
    },
    {
      id: 'trust-cg',
      text: 'パートナーシップが政策を実施できるようになる前に、参加機関は長年の疑念を乗り越えなければならなかった。そのため最初の1年は信頼づくりに費やされた。',
      logic: 'collaborative-governance',
      row: 'trust',
      explanation: t('信頼は欠かせない要素であり、以前からの不信を乗り越えるためにまず築かれます。協働ガバナンスの見方です。', VHC),
    },
    {
      id: 'trust-gc',
      text: '私たちのあいだの信頼はいつ崩れてもおかしくない。だから信頼を築くだけでなく、パートナーに裏切られたときにどうするかも計画している。',
      logic: 'governing-collaborations',
      row: 'trust',
      explanation: t('信頼はもろく、決して確定しないものと見なされています。パートナーは信頼を築きつづけ、残る不信をマネジメントします。協働を統治することの見方です。', VHC),
    },
    {
      id: 'resources-cg',
      text: 'このパートナーシップの主な仕事は、公的資金を地区のあいだで公平に配分することだ。',
      logic: 'collaborative-governance',
      row: 'resources',
      explanation: t('公的資金の公平な配分は、協働ガバナンスの関心事です。', VHC),
    },
    {
      id: 'resources-gc',
      text: '各メンバーは、職員、施設、データを共同プロジェクトにもち寄る。',
      logic: 'governing-collaborations',
      row: 'resources',
      explanation: t('パートナーが自らの資産を共同の作業に投入しています。', VHC),
    },
    {
      id: 'goals-cg',
      text: '私たちの目標は、このパートナーシップを生んだ国の政策からそのまま来ている。',
      logic: 'collaborative-governance',
      row: 'goals',
      explanation: t('政策から与えられる目的は、協働ガバナンスのしるしです。', VHC),
    },
    {
      id: 'goals-gc',
      text: '私たちが集まったのは、路上で寝る若者を減らしたいと全員が思っていたからだ。',
      logic: 'governing-collaborations',
      row: 'goals',
      explanation: t('重なり合う目標が、パートナーを結びつけました。', VHC),
    },
    {
      id: 'lead-cg',
      text: '公的機関である地方自治体が、当然のようにパートナーシップの議長を務め、主導している。',
      logic: 'collaborative-governance',
      row: 'lead',
      explanation: t('自治体が主導するのは、それが公的機関だからです。権利としての主導です。', VHC),
    },
    {
      id: 'lead-gc',
      text: 'メンバーは、小さな住宅支援の慈善団体がパートナーシップを主導することで合意した。',
      logic: 'governing-collaborations',
      row: 'lead',
      explanation: t('公的か否かを問わず、パートナーが合意したどの組織でも主導できます。', VHC),
    },
    {
      id: 'leaders-cg',
      text: '理事会の議長を務められるのは公的機関で役職に就いている人だけだ。議長は国家の権限にもとづいて行動するからだ。',
      logic: 'collaborative-governance',
      row: 'leaders',
      explanation: t('リーダーシップは公的な役職と国家の権限に結びついています。自治体の職員はどちらの論理でも主導しえます。この記述の特徴は、そうした役職の人だけが主導できるとしている点です。', VHC),
    },
    {
      id: 'leaders-gc',
      text: '公式の肩書きをもたないボランティアが、全体をまとめる存在になった。',
      logic: 'governing-collaborations',
      row: 'leaders',
      explanation: t('協働を統治する場合には、肩書きなしに主導することもできます。', VHC),
    },
    {
      id: 'accountability-cg',
      text: 'パートナーシップは、公的資金をどう使ったかを政府に報告しなければならない。',
      logic: 'collaborative-governance',
      row: 'accountability',
      explanation: t('公的資金には政府のアカウンタビリティがともないます。政府が支出について説明できるよう、パートナーシップが報告します。', VHC),
    },
    {
      id: 'accountability-gc',
      text: '私は会議で共同計画を支持したが、自分の組織の最高経営責任者はそれに反対している。',
      logic: 'governing-collaborations',
      row: 'accountability',
      explanation: t('代表者は、協働と自らの組織とのあいだで板挟みになっています。', VHC),
    },
  ],
};
