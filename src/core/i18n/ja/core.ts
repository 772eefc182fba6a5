/** Japanese strings of the chrome every widget shares (see ../en/core.ts for where each appears). */
import type { Messages } from '../catalog.js';
import { num, quote } from '../format.js';

const n = (x: number) => num('ja', x);

export const core: Messages['core'] = {
  loading: '読み込み中…',
  errorTitle: 'この学習活動を読み込めませんでした。',
  errorSafe: '保存された学習内容は無事です。何も変更・削除されていません。担当教員に知らせてから、しばらくしてもう一度お試しください。',
  errorTitleAuthor: 'コンテンツを修正するまで、この学習活動は開始できません。',
  errorStudentsSee: '学生には、学習活動を読み込めなかったことと、保存された学習内容は無事であることが表示されます。',
  errorForLecturer: (count: number, source: string) =>
    `担当教員の方へ：${source ? `${source}に` : ''}修正が必要な問題が${n(count)}件あります`,
  errorMore: (count: number) => `…ほかに${n(count)}件あります（ブラウザーのコンソールを参照してください）。`,
  sourceProperty: 'ページが設定したコンテンツパック',
  sourceInline: 'ページ内に書かれたコンテンツパック',
  sourceUrl: (url: string) => `${url} から読み込んだコンテンツパック`,
  sourceConfig: '学習活動の設定',
  fetchFailed: (status: string) => `読み込めませんでした（${status}）。アドレスが正しいか、ファイルにアクセスできるかを確認してください。`,
  timedOut: (seconds: number) => `${n(seconds)}秒以内に応答がありませんでした`,
  notJson: (detail: string) => `有効な JSON ではありません：${detail}`,
  notJsonAt: (reason: string, line: number, column: number, excerpt: string) =>
    `有効な JSON ではありません（${reason}）。${line}行目、${column}列目：${excerpt}`,
  checkerFailed: (detail: string) =>
    `コンテンツのチェッカーを読み込めませんでした（${detail}）。collabgov-checks.js と collabgov-en.js（dist/ にあります）を、ウィジェットのスクリプトと同じフォルダーに置いてください。`,
  renderFailed: (detail: string) => `学習活動の内部でエラーが起きました：${detail}`,
  storageUnavailable:
    'このブラウザーでは、ページが学習内容を保存できません（プライベートブラウズ中か、保存領域がブロックされています）。ページを離れるか再読み込みするまでは保持されます。',
  saveFailed: '最新の変更をこのブラウザーに保存できませんでした（保存領域がいっぱいになっている可能性があります）。ページを離れるまでは保持されます。',
  stateSetAside: '以前に保存された学習内容を読み込めなかったため、別に取り置いて（削除はしていません）、この学習活動を最初から始めます。',
  stateMigrated: '以前のバージョンで保存された学習内容を、現在のバージョンに合わせて更新しました。',
  stateRestored: '取り置いていた学習内容を元に戻しました。それまで表示していた内容は代わりに取り置いてあるので、また入れ替えることができます。',
  asideKept: 'この学習活動が以前に読み込めなかった学習内容を、このブラウザーに取り置いてあります。',
  asideRestorable: 'このバージョンなら読み込めるので、元に戻すことができます。',
  asideCut: (max: number) => `各メモを${n(max)}文字までに切り詰めれば元に戻せます。ダウンロードすれば、全文が残ります。`,
  asideUnreadable: 'このバージョンでは読み込めません。ダウンロードして保管し、担当教員に知らせてください。',
  asideDownload: 'ダウンロードする',
  asideRestore: '元に戻す',
  asideDelete: 'このブラウザーから削除する',
  tabMerged: '別のタブやウィンドウでこの学習活動に加えた変更を、ここに取り込みました。',
  tabConflict:
    '同じ解答を、ここと別のタブやウィンドウの両方で変更しました。このタブの内容を残し、もう一方は取り置きました（削除はしていません）。',
  tabUnreadable:
    'この学習活動は別のタブやウィンドウでも、より新しいバージョンで開かれています。そちらで保存された学習内容は、このタブでは読み込めません。上書きを防ぐため、このタブでは保存を止めました。続きはもう一方のタブで行ってください。',
  dismiss: '閉じる',
  // Near a note's limits (core/note-limit.ts).
  noteCount: (used: number, max: number) => `${n(used)} / ${n(max)}`,
  noteLeft: (atMost: number, max: number) => `このメモに書けるのは、あと最大${n(atMost)}文字です（上限は${n(max)}文字）。`,
  noteFull: (max: number) => `このメモは上限の${n(max)}文字に達しました。`,
  lmsRoom: (about: number) =>
    `LMS に保存できるのは、あと約${n(about)}文字分です。それを超えた分は、このブラウザーにだけ保存されます。`,
  lmsNoRoom: 'LMS にはこれ以上保存できません。これから書き加える内容は、このコンピューターのこのブラウザーにだけ保存されます。',
  references: '参考文献',
  sources: '出典',
  // Years are not grouped ("2000", not "2,000").
  from: (year: number) => `${year}年以降`,
  era: (name: string, years: string) => `時代：${name}（${years}）。`,
  erasHeading: '公共サービス提供の時代区分',
  casesInEra: '事例：',
  since: '論文の後の動き：',
  framing: 'なぜこれが重要なのか',
  facts: '事実：',
  // Scored modes: attempts, the grade and the end summary (src/core/summary.ts; the rule in src/model/attempts.ts).
  attempt: (count: number, allowed: number) => (Number.isFinite(allowed) ? `${n(count)}回目（全${n(allowed)}回）` : `${n(count)}回目`),
  summaryHeading: (count: number) => `${n(count)}回目の挑戦が終わりました`,
  summaryScore: (raw: number, max: number) => `得点：${n(max)}点中${n(raw)}点。`,
  summaryRight: '正解した項目：',
  summaryRevisit: '見直す項目：',
  summaryAllRight: 'すべて正解です。',
  summaryNoneRight: 'まだ正解した項目はありません。各項目のフィードバックを見直しましょう。',
  grade: (grading: string, raw: number, max: number, done: number) =>
    grading === 'first'
      ? `成績は1回目の挑戦で決まります：${n(max)}点中${n(raw)}点。${done > 1 ? '2回目以降は練習です。' : ''}`
      : grading === 'last'
        ? `成績は最新の挑戦で決まります：${n(max)}点中${n(raw)}点。`
        : done > 1
          ? `成績は${n(done)}回の挑戦のうち最も良かったものです：${n(max)}点中${n(raw)}点。`
          : `成績はこれまでで最も良かった挑戦です：${n(max)}点中${n(raw)}点。`,
  earlier: (scores: string) => `これまでの挑戦：${scores}。`,
  scoreOf: (raw: number, max: number) => `${n(max)}点中${n(raw)}点`,
  retry: 'もう一度挑戦する',
  retryAsk: (count: number, raw: number, max: number, grading: string) =>
    `${n(count)}回目の挑戦を始めますか？今回の解答はすべて消去されます。今回の得点（${n(max)}点中${n(raw)}点）は記録に残ります${
      grading === 'last'
        ? 'が、新しい挑戦を終えると、成績はその挑戦の得点になります。'
        : grading === 'first'
          ? '。成績は1回目の挑戦の得点のまま変わりません。'
          : '。成績はこれまでの挑戦のうち最も良い得点のまま変わりません。'
    }`,
  retryYes: (count: number) => `はい、${n(count)}回目を始めます`,
  retryNo: 'いいえ、今の解答を残します',
  retryKept: '解答はそのまま残っています。',
  retryStarted: (count: number) => `${n(count)}回目の挑戦を始めました。すべての項目にもう一度解答できます。`,
  noAttemptsLeft: '認められた回数の挑戦をすべて使いました。',
  finalAnswer: '最初の解答が採点されます。答え合わせをすると、この回の解答は確定します。',
  badGrading: (value: string) => `${quote('ja', value)}になっています。「best」（既定）、「last」、「first」のいずれかを指定してください。`,
  badAttempts: (value: string) =>
    `${quote('ja', value)}になっています。1以上の整数を指定してください（1：やり直しなし）。回数を制限しない場合は省略してください。`,
  // Description on request (src/core/describe.ts).
  whereAmI: 'いまの状況',
  keyboardHelp: 'キーボード操作',
  keysCommon: [
    ['Tab、Shift + Tab', '次または前の操作部品に移動します。'],
    ['Enter または Space', 'フォーカスのあるボタンを押します。この欄のような項目を開いたり閉じたりします。'],
  ],
};
