// A widget in Japanese or Welsh explains a lecturer pack's problems in its language: the checker (English only) is
// given the words that came in the language's file. In a page of its own, so nothing else registered them first.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/index.js';
import { defaultPack } from '../../src/model/packs/en.js';
import { cleanSlate } from '../helpers/clean-slate.js';

const badRefs = { cases: [{ ...defaultPack.cases[0]!, id: 'our-case', name: 'Our case', era: 'no-such-era' }] };

describe('a widget in Japanese explains a lecturer pack’s problems in Japanese', () => {
  cleanSlate();
  it('shows the error panel in Japanese, the checker given the words from collabgov-ja', async () => {
    const el = await fixture<HTMLElement & { content?: unknown }>(html`<cg-form-picker lang="ja"></cg-form-picker>`);
    el.content = badRefs;
    const panel = () => el.shadowRoot!.querySelector('[role="alert"]');
    await waitUntil(() => panel()?.textContent?.includes('no-such-era'), 'the error panel names the bad era', { timeout: 5000 });
    const shown = panel()!.textContent!;
    expect(shown).to.include('パックにありません');
    expect(shown).not.to.include('which is not in the pack');
  });
});

describe('a widget in Welsh explains them in Welsh', () => {
  cleanSlate();
  it('shows the error panel in Welsh', async () => {
    const el = await fixture<HTMLElement & { content?: unknown }>(html`<div lang="cy-GB"><cg-tension-sliders></cg-tension-sliders></div>`);
    const w = el.querySelector('cg-tension-sliders') as HTMLElement & { content?: unknown };
    w.content = badRefs;
    const panel = () => w.shadowRoot!.querySelector('[role="alert"]');
    await waitUntil(() => panel()?.textContent?.includes('no-such-era'), 'the error panel names the bad era', { timeout: 5000 });
    expect(panel()!.textContent!).to.include('nad yw yn y pecyn');
  });
});
