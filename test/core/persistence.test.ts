import { expect, fixture, html, fixtureCleanup } from '@open-wc/testing';
import { setStateStore, type StateStore } from '../../src/core/persistence.js';
import type { CgTestCounter } from './test-element.js';
import './test-element.js';
import { cleanSlate } from '../helpers/clean-slate.js';

const shadow = (el: Element) => el.shadowRoot!;
const count = (el: Element) => shadow(el).querySelector('.count')!.textContent;
const click = async (el: CgTestCounter) => {
  shadow(el).querySelector<HTMLButtonElement>('button.add')!.click();
  await el.updateComplete;
};
const noticeOf = (el: Element) => shadow(el).querySelector('.notice')?.textContent ?? '';
const KEY = 'collabgov:cg-test-counter:k1';

describe('PersistenceController', () => {
  cleanSlate();
  afterEach(() => fixtureCleanup());

  it('restores state across re-creation under a state-key', async () => {
    const a = await fixture<CgTestCounter>(html`<cg-test-counter state-key="k1"></cg-test-counter>`);
    await click(a);
    await click(a);
    fixtureCleanup();
    const b = await fixture<CgTestCounter>(html`<cg-test-counter state-key="k1"></cg-test-counter>`);
    expect(count(b)).to.equal('2');
    expect(b.result).to.deep.equal({ count: 2 });
    // `r` and `p` mark the write and the one it came from (for merging two tabs' work).
    expect(JSON.parse(localStorage.getItem(KEY)!)).to.deep.include({ v: 2, w: 'test-counter', s: { count: 2 } });
  });

  it('keeps instances apart by position when they have no state-key', async () => {
    const wrap = await fixture(html`<div><cg-test-counter></cg-test-counter><cg-test-counter></cg-test-counter></div>`);
    const [first, second] = wrap.querySelectorAll('cg-test-counter');
    await first.updateComplete;
    await click(first);
    await second.updateComplete;
    expect(count(first)).to.equal('1');
    expect(count(second)).to.equal('0');
    const keys = Object.keys(localStorage);
    expect(keys.length).to.equal(1);
    expect(keys[0]).to.match(/^collabgov:cg-test-counter:.*:0$/);
  });

  it('keeps working in memory, and says so, when storage throws', async () => {
    setStateStore(() => {
      throw new DOMException('The operation is insecure.', 'SecurityError');
    });
    const el = await fixture<CgTestCounter>(html`<cg-test-counter state-key="k1"></cg-test-counter>`);
    await click(el);
    expect(count(el)).to.equal('1');
    expect(noticeOf(el)).to.contain('not letting the page save');
  });

  it('keeps working when writing fails (quota) and tells the student', async () => {
    const full: StateStore = {
      getItem: () => null,
      setItem: () => {
        throw new DOMException('Quota exceeded', 'QuotaExceededError');
      },
    };
    setStateStore(() => full);
    const el = await fixture<CgTestCounter>(html`<cg-test-counter state-key="k1"></cg-test-counter>`);
    await click(el);
    expect(count(el)).to.equal('1');
    expect(noticeOf(el)).to.contain('could not be saved');
  });

  it('sets corrupt saved state aside with a notice instead of crashing', async () => {
    localStorage.setItem(KEY, '{not json');
    const el = await fixture<CgTestCounter>(html`<cg-test-counter state-key="k1"></cg-test-counter>`);
    expect(count(el)).to.equal('0');
    expect(noticeOf(el)).to.contain('set aside');
    const aside = Object.keys(localStorage).find((k) => k.startsWith(`${KEY}:set-aside:`));
    expect(aside && localStorage.getItem(aside)).to.equal('{not json');
    await click(el);
    expect(JSON.parse(localStorage.getItem(KEY)!).s).to.deep.equal({ count: 1 });
  });

  it('never overwrites unreadable state it could not set aside', async () => {
    const data = new Map([[KEY, '{"v":2,"w":"test-counter","s":{"count":"many"}}']]);
    setStateStore(() => ({
      getItem: (k) => data.get(k) ?? null,
      setItem: (k, v) => {
        if (k !== KEY) throw new DOMException('Quota exceeded', 'QuotaExceededError');
        data.set(k, v);
      },
    }));
    const el = await fixture<CgTestCounter>(html`<cg-test-counter state-key="k1"></cg-test-counter>`);
    await click(el);
    expect(count(el)).to.equal('1');
    expect(data.get(KEY)).to.contain('"many"');
  });

  it('migrates state saved by an older version', async () => {
    localStorage.setItem(KEY, JSON.stringify({ v: 1, w: 'test-counter', s: { n: 5 } }));
    const el = await fixture<CgTestCounter>(html`<cg-test-counter state-key="k1"></cg-test-counter>`);
    expect(count(el)).to.equal('5');
    expect(noticeOf(el)).to.contain('brought up to date');
    expect(JSON.parse(localStorage.getItem(KEY)!).v).to.equal(2);
  });
});

describe('PersistenceController keys', () => {
  const seen = cleanSlate();
  afterEach(() => fixtureCleanup());

  it('warns when two instances on one page share a state-key', async () => {
    await fixture(html`<div><cg-test-counter state-key="same"></cg-test-counter><cg-test-counter state-key="same"></cg-test-counter></div>`);
    const warnings = seen.warnings.map((w) => String(w[0])).filter((w) => w.includes('share one copy'));
    expect(warnings.length).to.equal(1);
    expect(warnings[0]).to.contain('collabgov:cg-test-counter:same');
  });

  it('does not warn for distinct keys, or when an instance is re-created under its key', async () => {
    await fixture(html`<div><cg-test-counter state-key="a"></cg-test-counter><cg-test-counter state-key="b"></cg-test-counter></div>`);
    fixtureCleanup();
    await fixture(html`<cg-test-counter state-key="a"></cg-test-counter>`);
    expect(seen.warnings.filter((w) => String(w[0]).includes('share one copy'))).to.deep.equal([]);
  });
});
