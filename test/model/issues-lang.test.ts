import { expect } from '@open-wc/testing';
import { checkPack } from '../../src/model/checks.js';
import { defaultPack } from '../../src/model/packs/en.js';
import { issuesEn } from '../../src/model/i18n/issues-en.js';

const broken = { cases: [{ id: 'x', name: 'Leeds health partnership' }] };

describe('checker explanations in Japanese and Welsh', () => {
  it('explains in Japanese', () => {
    const r = checkPack(broken, defaultPack, 'ja');
    expect(r.ok).to.equal(false);
    if (r.ok) return;
    const text = r.issues.map((i) => `${i.where} ${i.message}`).join('\n');
    expect(text).to.include('事例「Leeds health partnership」');
    expect(text).to.include('は必須ですが、ありません。');
    expect(text).not.to.include(issuesEn.required);
  });
  it('explains in Welsh', () => {
    const r = checkPack(broken, defaultPack, 'cy-GB');
    expect(r.ok).to.equal(false);
    if (r.ok) return;
    const text = r.issues.map((i) => `${i.where} ${i.message}`).join('\n');
    expect(text).to.include('yr achos ‘Leeds health partnership’');
    expect(text).to.include('yn ofynnol ond mae ar goll.');
    expect(text).not.to.include(issuesEn.required);
  });
  it('falls back to English for an unknown language', () => {
    const r = checkPack(broken, defaultPack, 'fr');
    if (r.ok) throw new Error('expected issues');
    expect(r.issues.map((i) => i.message).join('\n')).to.include(issuesEn.required);
  });
});
