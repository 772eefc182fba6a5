// The pack checker explains in Japanese and Welsh: its explanations in those languages come in each language's file
// (src/lang/<lang>.ts), which the widget hands to the checker; the checker itself carries English only.
import { expect } from '@open-wc/testing';
import { checkPack, registerIssueMessages } from '../../src/model/checks.js';
import { issueMessagesFor } from '../../src/model/issues.js';
import { defaultPack } from '../../src/model/packs/en.js';
import { issuesEn } from '../../src/model/i18n/issues-en.js';

const broken = { cases: [{ id: 'x', name: 'Leeds health partnership' }] };
/** A pack whose items are all there but point at things that are not: an unknown era, a repeated form id. */
const badRefs = {
  cases: [{ ...defaultPack.cases[0]!, id: 'our-case', name: 'Our case', era: 'no-such-era' }],
};
const text = (r: ReturnType<typeof checkPack>) => (r.ok ? '' : r.issues.map((i) => `${i.where} ${i.message}`).join('\n'));

describe('checker explanations in Japanese and Welsh', () => {
  it('the checker alone explains in English whatever the language, until a language file gives its words', async () => {
    // A fresh checker has only English for a language nobody registered.
    expect(text(checkPack(broken, defaultPack, 'fr'))).to.include(issuesEn.required);
    const { language } = await import('../../src/lang/ja.js');
    registerIssueMessages('ja', language.issues!);
    expect(issueMessagesFor('ja').required).to.equal(language.issues!.required);
  });

  it('explains schema problems, unknown references and missing translations in Japanese', async () => {
    const { language } = await import('../../src/lang/ja.js');
    registerIssueMessages('ja', language.issues!);
    const schema = text(checkPack(broken, defaultPack, 'ja'));
    expect(schema).to.include('事例「Leeds health partnership」');
    expect(schema).to.include('は必須ですが、ありません。');
    expect(schema).not.to.include(issuesEn.required);
    const refs = text(checkPack(badRefs, defaultPack, 'ja'));
    expect(refs).to.include('時代 "no-such-era" を指していますが、パックにありません');
    expect(refs).not.to.include('which is not in the pack');
    const translated = text(checkPack({ ...badRefs, cases: [{ ...badRefs.cases[0]!, era: defaultPack.eras[0]!.id }], translations: { ja: { cases: [{ id: 'our-case' }] } } }, defaultPack, 'ja'));
    expect(translated).to.include('日本語（ja）のテキストがありません');
    expect(text(checkPack([1], defaultPack, 'ja'))).to.include('JSON オブジェクト');
  });

  it('explains the same problems in Welsh', async () => {
    const { language } = await import('../../src/lang/cy.js');
    registerIssueMessages('cy', language.issues!);
    const schema = text(checkPack(broken, defaultPack, 'cy-GB'));
    expect(schema).to.include('yr achos ‘Leeds health partnership’');
    expect(schema).to.include('yn ofynnol ond mae ar goll.');
    const refs = text(checkPack(badRefs, defaultPack, 'cy'));
    expect(refs).to.include('yn enwi’r cyfnod "no-such-era", nad yw yn y pecyn');
    expect(refs).not.to.include('which is not in the pack');
  });

  it('the studio explains in its own language while the pack is checked as English (explainIn)', async () => {
    const { language } = await import('../../src/lang/ja.js');
    registerIssueMessages('ja', language.issues!);
    const r = checkPack(badRefs, defaultPack, undefined, 'ja');
    expect(text(r)).to.include('パックにありません');
  });
});
