/**
 * Japanese strings of the notices the SCORM bridge raises about where the student's work is (src/lms/scorm.ts),
 * the iframe page's error panel and the embed page's title (see ../en/lms.ts).
 */
import type { Messages } from '../catalog.js';
import { quote } from '../format.js';

export const lms: Messages['lms'] = {
  lmsFull:
    '学習内容が、このコースの LMS に保存できる量を超えました。すべての内容はこのコンピューターのこのブラウザーに保存されています。LMS には、上限を超える前の学習内容が残っています。メモを短くすれば、LMS にまたすべてを保存できます。',
  lmsNearlyFull: '学習内容が、このコースの LMS に保存できる上限に近づいています。上限を超えると、新しい内容はこのコンピューターのこのブラウザーにだけ保存されます。',
  lmsUnreadable:
    '以前 LMS に保存された学習内容を、このバージョンの学習活動では読み込めませんでした（途中で切れているか、より新しいバージョンで保存された可能性があります）。LMS 上の内容には手を加えていません。これからの学習内容は、このコンピューターのこのブラウザーにだけ保存されます。担当教員に知らせてください。',
  lmsRestored: '前回ページを離れたとき、最新の学習内容がまだ LMS に届いていませんでした。このブラウザーから元に戻し、いま LMS に保存しています。',
  lmsNewerElsewhere:
    '最新の学習内容は LMS に保存するには大きすぎたため、作業したコンピューターのブラウザーにだけ残っています。ここに表示しているのは、LMS が最後に保存した学習内容です。',
  lmsBackupSetAside:
    'このブラウザーには LMS に届かなかった学習内容がありましたが、LMS にはより新しい内容があるため、そちらを表示しています。古い方はこのブラウザーに取り置きました（削除はしていません）。',
  lmsSaveFailing:
    'LMS が現在、学習内容を受け付けていません（ログインの有効期限が切れた可能性があります）。学習内容はこのブラウザーに保存されており、LMS が応答しだい送信されます。この状態が続く場合は、コースのページから学習活動を開き直してください。',
  // The iframe page (embed.html): its error panel, and why a `src` in its address is refused (lms/embed-config.ts).
  embedTitle: 'この学習活動を開始できませんでした。',
  embedIntro: 'アドレスに問題があります。担当教員に知らせてください。',
  embedCrashed: (detail: string) => `内部エラーが起きました：${detail}`,
  srcTwoSlashes: (src: string) =>
    `${quote('ja', src)}は別のサーバー上のアドレスです（// で始まっています）。embed.html と同じ場所にあるパックのパスを指定してください（例：src=my-pack.json）。`,
  srcNotAddress: (src: string) => `${quote('ja', src)}はアドレスではありません。`,
  srcScheme: (src: string, own: string, scheme: string) =>
    `${quote('ja', src)}になっています。embed.html がコンテンツパックを読み込むのは、自分のサーバーから ${own} で読み込む場合だけで、${scheme} のアドレスからは読み込みません。`,
  srcOrigin: (src: string, theirs: string, own: string) =>
    `${quote('ja', src)}は別のサーバー（${theirs}）上にあります。embed.html がコンテンツパックを読み込むのは、自分のサーバー（${own}）からだけです。パックを embed.html と同じ場所に置き、そのパスを指定してください（例：src=my-pack.json）。`,
  // The embed page's title (src/lms/embed-title.ts): the activity, its mode and case.
  activityTitle: (name: string, mode: string, caseName?: string) => `${name}（${mode}${caseName ? `：${caseName}` : ''}）– collabgov`,
  modeNames: {
    explore: '探究',
    quiz: 'クイズ',
    table: '表を読む',
    sort: '記述を分類する',
    case: '事例を位置づける',
    reflect: '振り返る',
    compare: '比べる',
  },
};
