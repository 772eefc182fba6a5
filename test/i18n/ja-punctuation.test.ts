// Japanese punctuation where the widgets join their words with the pack's: no ASCII '.', ',', ':' or ';' next to
// Japanese text in any mode (the widgets join pieces with format.ts punctuation(), not with ". " or ": "), and the
// helpers themselves.
import { expect } from '@open-wc/testing';
import '../../src/index.js';
import { addLanguage } from '../../src/core/languages.js';
import { ja } from '../../src/core/i18n/ja/index.js';
import { jaPack } from '../../src/model/packs/ja.js';
import { punctuation } from '../../src/core/i18n/format.js';
import { levelWord } from '../../src/widgets/form-picker/quiz.js';
import { cleanSlate } from '../helpers/clean-slate.js';
import { MODES, make } from './widgets.js';

const JA = '\\p{sc=Han}\\p{sc=Hiragana}\\p{sc=Katakana}ー';
/** An ASCII mark right after Japanese text or a full-width bracket, or ". " / ": " right before Japanese text. */
const ASCII_NEXT_TO_JA = new RegExp(`[${JA}）」][.,:;]|[.,:;] ?[${JA}（「]`, 'u');

/** The text a widget shows and says (its shadow root without <style>), with where each mark-up piece ends. */
function shownText(root: ShadowRoot): string {
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  let out = '';
  for (let n = walker.nextNode(); n; n = walker.nextNode()) if (!n.parentElement?.closest('style')) out += n.textContent;
  return out.replace(/\s+/g, ' ');
}

describe('Japanese punctuation in the widgets', () => {
  cleanSlate();
  before(() => addLanguage({ lang: 'ja', messages: ja, pack: jaPack }));

  for (const [tag, attrs] of MODES) {
    it(`${tag} ${JSON.stringify(attrs)}: no ASCII '.', ',', ':' or ';' against Japanese text`, async () => {
      const el = await make(tag, attrs, 'ja');
      const text = shownText(el.shadowRoot!);
      expect(text).to.match(new RegExp(`[${JA}]`, 'u'));
      const found = text.match(new RegExp(`.{0,12}(?:${ASCII_NEXT_TO_JA.source}).{0,12}`, 'gu')) ?? [];
      expect(found).to.deep.equal([]);
    });
  }

  it('the check finds an ASCII mark against Japanese text, and lets Latin citations be', () => {
    expect(ASCII_NEXT_TO_JA.test('得点：5点.')).to.equal(true);
    expect(ASCII_NEXT_TO_JA.test('構成メンバー: 公的機関')).to.equal(true);
    expect(ASCII_NEXT_TO_JA.test('公的機関, 地元企業')).to.equal(true);
    expect(ASCII_NEXT_TO_JA.test('（Provan and Kenis, 2008）得点：5点。')).to.equal(false);
  });
});

describe('punctuation() and levelWord', () => {
  it('Japanese joins with full-width marks and no spaces; English and Welsh with ASCII marks and spaces', () => {
    const j = punctuation('ja');
    expect(j.sentences(j.end(j.label('構成メンバー', j.series(['公的機関', '地元企業']))), j.end('終了です。'))).to.equal(
      '構成メンバー：公的機関、地元企業。終了です。',
    );
    expect(j.aside('2') + j.entries(['a', 'b'])).to.equal('（2）a／b');
    for (const lang of ['en', 'cy', 'en-GB']) {
      const p = punctuation(lang);
      expect(p.sentences(p.end(p.label('Members', p.series(['a', 'b']))), p.end('Done.'), '', p.end('Why?'))).to.equal('Members: a, b. Done. Why?');
      expect(`Name${p.aside('2')}${p.colon}x`).to.equal('Name (2): x');
    }
  });
  it('a sentence already ended keeps its mark, even before a closing quote or bracket', () => {
    expect(punctuation('ja').end('「正解です。」')).to.equal('「正解です。」');
    expect(punctuation('en').end('He said ‘yes.’')).to.equal('He said ‘yes.’');
    expect(punctuation('en').end('a (b)')).to.equal('a (b).');
  });
  it('levelWord takes the words before an ASCII or a full-width colon', () => {
    expect(levelWord('Low: trust is thin')).to.equal('Low');
    expect(levelWord('低い：信頼は薄く、中心となる一つの参加組織を経由している')).to.equal('低い');
    expect(levelWord('High')).to.equal('High');
  });
});
