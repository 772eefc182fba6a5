/** Japanese strings of <cg-tension-sliders>'s chrome (teaching content comes from the content pack). */
import type { Messages } from '../catalog.js';
import { num, quote } from '../format.js';

const n = (x: number) => num('ja', x);

export const tensionSliders: Messages['tensionSliders'] = {
  title: 'それぞれの緊張関係について、協働はどこに位置しているでしょうか？',
  intro:
    '各スライダーを、二つの極の間で協働が位置するところまで動かし、その緊張関係にどう対応しているかを選んでください。どちらの極も大切です。位置は協働がどこにあるかを、対応は緊張関係をどのようにマネジメントしているかを示します。',
  presetFrom: (name: string) => `スライダーは、本プロジェクトが${name}を位置づけたところから始まります。あなたが考える位置まで動かしてください。`,
  compareWith: (name: string) => `まず自分でスライダーを置き、その位置を本プロジェクトによる${name}の読み取りと比べてください。`,
  progress: (done: number, total: number) => `${n(total)}個の緊張関係のうち${n(done)}個を配置または確定しました。`,
  // Positions in words (also the sliders' aria-valuetext).
  unset: 'まだ置いていません',
  balanced: (a: string, b: string) => `${a}と${b}の間でバランスがとれている`,
  slightly: (pole: string) => `わずかに${pole}寄り`,
  leaning: (pole: string) => `${pole}寄り`,
  strongly: (pole: string) => `強く${pole}寄り`,
  resolved: (pole: string) => `${pole}の端まで押し切っている`,
  // What a position protects and risks.
  protects: (pole: string) => `${pole}の側に保つことで守られるもの：`,
  risks: (pole: string) => `さらに${pole}の側へ押すことで生じるリスク：`,
  resolvedFlag: 'マネジメントではなく解消',
  resolvedNote: (pole: string) => `${pole}の端まで押し切ると、この緊張関係はマネジメントされるのではなく、解消されてしまいます。`,
  lost: (pole: string) => `${pole}が守っていたものを手放すことになります：`,
  cost: 'その結果として生じやすい代償：',
  phaseFlag: '今は一方の極にある',
  // Responses: how the collaboration works with a tension.
  responseLabel: 'この緊張関係に、協働はどのように対応していますか？',
  noResponse: '対応を選んでください…',
  gives: '得られるもの：',
  costs: '代償：',
  example: '例：',
  paperNote: '注：',
  placeHint: '各スライダーを動かすか、「この位置でよい」で位置を確定してください（事例が位置を決めていなければ中央です）。',
  about: 'この緊張関係について',
  responseMore: (name: string) => `${quote('ja', name)}で得られるものと代償`,
  noteSummary: 'あなたのメモ',
  confirm: 'この位置でよい',
  confirmed: '配置済み',
  noteLabel: (name: string) => `${name}についてのメモ`,
  noteHint: '入力すると自動で保存されます。',
  // Compare mode.
  reference: (name: string) => `${name}：`,
  compareUnset: '比べるには、スライダーを置いてください。',
  compareHidden: (name: string) => `まずスライダーを置いてください。その後、同じ尺度の上に${name}の位置が、その理由とともに表示されます。`,
  refWhy: (name: string, pole: string) => `理由：本プロジェクトは、${name}が${pole}の側に保たれていると読んでいます。それによって守られるもの：`,
  refWhyBalanced: (name: string) =>
    `理由：本プロジェクトは、${name}がここでは両方の極のバランスを保っており、どちらも手放していないと読んでいます。`,
  refBasis: 'これは、事例の事実をもとにした教育用の読み取りです：',
  compareClose: 'あなたの位置は、これに近いです。',
  compareTowards: (pole: string) => `あなたは、これよりも${pole}の側に置いています。`,
  // The overall picture.
  overall: '全体像',
  figure: '各緊張関係について協働が位置するところ',
  you: 'あなたの位置',
  caseMark: (name: string) => `${name}（参照）`,
  resolvedMark: '極まで押し切った位置（四角の印）',
  readingTitle: '全体の読み取り',
  readingEmpty: '読み取りを見るには、少なくとも一つのスライダーを置いてください。',
  notScore: 'これは読み取りであり、採点ではありません。正しい位置も誤った位置もありません。',
  resolvedList: '極まで押し切ったもの：',
  responsesUsed: '選んだ対応：',
  noResponseYet: 'まだ対応を選んでいないもの：',
  readingNames: {
    managed: '緊張関係をマネジメントしている',
    leaning: 'いくつかの緊張関係が一方に傾いている',
    oneResolved: '一つの緊張関係を解消している',
    manyResolved: 'いくつかの緊張関係を解消している',
    unmanaged: 'まだ対応を選んでいない',
    partlyManaged: '対応のない緊張関係がある',
  },
  liveBand: (name: string, words: string) => `${name}：${words}。`,
  liveReading: (name: string) => `全体の読み取り：${name}。`,
  // "Where am I?" and the keyboard help (src/core/describe.ts).
  whereNext: (name: string) => `次に置く緊張関係：${name}。`,
  keys: [
    ['スライダーで矢印キー', 'どちらかの極の方へ、5ずつ動かします。'],
    ['Page Up、Page Down', 'より大きく動かします。'],
    ['Home、End', '一つ目または二つ目の極の端まで押し切ります。'],
    ['「この位置でよい」で Enter', '今の位置（中央、または事例の位置）で確定します。'],
    ['対応の一覧で矢印キー', 'その緊張関係に協働がどう対応しているかを選びます。'],
    ['メモに入力', '入力すると自動で保存されます。'],
  ],
  // Export and print.
  download: '振り返りをダウンロード',
  print: '振り返りを印刷',
  fileName: 'my-reflection.md',
  mdTitle: '私の振り返り：協働の緊張関係',
  mdPosition: '位置：',
  mdNote: '私のメモ：',
  mdResponse: (name: string) => `対応：${name}。`,
  mdNoResponse: '対応：まだ選んでいません。',
  mdNoNote: 'メモはありません。',
  mdReferences: '参考文献',
  // Settings problems.
  badMode: (mode: string) => `${quote('ja', mode)}になっています。「reflect」または「compare」を指定してください。`,
  unknownTension: (id: string, known: string) => `パックにない緊張関係${quote('ja', id)}を指定しています。指定できる緊張関係：${known}。`,
  noTensions: '緊張関係が一つも指定されていません。緊張関係の id をコンマ区切りで指定するか、論文の九つの緊張関係を使う場合は省略してください。',
  unknownCase: (id: string, known: string) => `パックにない事例${quote('ja', id)}を指定しています。指定できる事例：${known}。`,
  compareNeedsCase: '「compare」になっていますが、これには比べる事例が必要です。case="<case id>" を追加してください。',
  caseHasNoPositions: (id: string) => `事例${quote('ja', id)}を指定していますが、この事例には比べるための緊張関係上の位置がありません。`,
};
