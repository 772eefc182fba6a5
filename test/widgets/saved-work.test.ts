// Saved work as a student meets it: bursts of typing, leaving the page, two tabs, an address with tracking
// parameters, a block added above, saved work from an older version's key, a note past the limit, and work that was
// set aside. Through the real widgets, their controls and localStorage only.
import { expect, fixture, fixtureCleanup, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/index.js';
import type { CgTensionSliders } from '../../src/widgets/tension-sliders/tension-sliders.js';
import type { CgTableComparator } from '../../src/widgets/table-comparator/table-comparator.js';
import { NOTE_MAX } from '../../src/model/limits.js';
import { cleanSlate } from '../helpers/clean-slate.js';

const KEY = 'collabgov:cg-tension-sliders:work';
const $ = <T extends Element = HTMLElement>(el: Element, sel: string) => el.shadowRoot!.querySelector<T>(sel)!;
const text = (el: Element | null) => (el?.textContent ?? '').replace(/\s+/g, ' ').trim();
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const sliders = (attrs = 'state-key="work" tensions="goals,trust"') => {
  const wrap = document.createElement('div');
  wrap.innerHTML = `<cg-tension-sliders ${attrs}></cg-tension-sliders>`;
  return fixture<HTMLElement>(wrap).then(async (w) => {
    const el = w.firstElementChild as CgTensionSliders;
    await el.updateComplete;
    return el;
  });
};
const type = async (el: CgTensionSliders, id: string, value: string) => {
  const area = $<HTMLTextAreaElement>(el, `#n-${id}`);
  area.value = value;
  area.dispatchEvent(new Event('input', { bubbles: true }));
  await el.updateComplete;
};
const saved = (key = KEY) => JSON.parse(localStorage.getItem(key)!) as { s: { notes: Record<string, string>; positions: Record<string, number> } };
const seed = (s: object, key = KEY) =>
  localStorage.setItem(key, JSON.stringify({ v: 2, w: 'tension-sliders', s: { positions: {}, notes: {}, touched: [], responses: {}, ...s } }));
/** What another tab of this site does: writes the key, and this page gets a `storage` event. */
const otherTab = (key: string, value: string) => {
  const oldValue = localStorage.getItem(key);
  localStorage.setItem(key, value);
  window.dispatchEvent(new StorageEvent('storage', { key, oldValue, newValue: value, storageArea: localStorage, url: location.href }));
};
const envelope = (s: object) => JSON.stringify({ v: 2, w: 'tension-sliders', s: { positions: {}, notes: {}, touched: [], responses: {}, ...s } });

describe('saved work', () => {
  cleanSlate();
  afterEach(() => fixtureCleanup());

  it('a burst of 300 keystrokes is a few writes, not 300; leaving the page writes the last one', async () => {
    const el = await sliders();
    let writes = 0;
    const setItem = Storage.prototype.setItem;
    Storage.prototype.setItem = function (k: string, v: string) {
      if (k === KEY) writes++;
      return setItem.call(this, k, v);
    };
    try {
      for (let i = 1; i <= 300; i++) await type(el, 'goals', 'x'.repeat(i));
      expect(writes).to.be.at.most(4);
      window.dispatchEvent(new PageTransitionEvent('pagehide'));
      expect(saved().s.notes.goals).to.equal('x'.repeat(300));
    } finally {
      Storage.prototype.setItem = setItem;
    }
  });

  it('the last edit is written when the page is hidden, and when the widget is removed', async () => {
    const el = await sliders();
    await type(el, 'goals', 'first');
    await type(el, 'goals', 'second');
    Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => 'hidden' });
    try {
      document.dispatchEvent(new Event('visibilitychange'));
    } finally {
      delete (document as { visibilityState?: string }).visibilityState;
    }
    expect(saved().s.notes.goals).to.equal('second');
    await type(el, 'goals', 'third');
    el.remove();
    expect(saved().s.notes.goals).to.equal('third');
  });

  it('two tabs: a note written in one and a slider moved in the other both survive, in both', async () => {
    const el = await sliders();
    $<HTMLInputElement>(el, '#s-trust').focus();
    await sendKeys({ press: 'Home' });
    await el.updateComplete;
    window.dispatchEvent(new PageTransitionEvent('pagehide'));
    // The other tab, opened before this move, writes a note on goals.
    otherTab(KEY, envelope({ notes: { goals: 'from the other tab' } }));
    await el.updateComplete;
    expect($<HTMLTextAreaElement>(el, '#n-goals').value).to.equal('from the other tab');
    expect(el.result.positions.trust).to.equal(-100);
    expect(saved().s.notes.goals).to.equal('from the other tab');
    expect(saved().s.positions.trust, 'this tab wrote the merge back').to.equal(-100);
    expect(text($(el, '[part=notice]'))).to.contain('another tab or window were brought in');
  });

  it('two tabs, one after the other: a tab that built on this tab’s save takes over its note, with no conflict', async () => {
    const el = await sliders();
    await type(el, 'goals', 'first draft');
    window.dispatchEvent(new PageTransitionEvent('pagehide'));
    const mine = JSON.parse(localStorage.getItem(KEY)!) as { r: string };
    otherTab(KEY, JSON.stringify({ v: 2, w: 'tension-sliders', s: { positions: {}, notes: { goals: 'second draft' }, touched: [], responses: {} }, r: 'other1', p: mine.r }));
    await el.updateComplete;
    expect($<HTMLTextAreaElement>(el, '#n-goals').value).to.equal('second draft');
    expect(Object.keys(localStorage).filter((k) => k.includes(':set-aside:'))).to.deep.equal([]);
  });

  it('two tabs changing the same note: this tab keeps its own and sets the other aside, offered to download or restore', async () => {
    const el = await sliders();
    await type(el, 'goals', 'mine');
    window.dispatchEvent(new PageTransitionEvent('pagehide'));
    otherTab(KEY, envelope({ notes: { goals: 'theirs' } }));
    await el.updateComplete;
    expect($<HTMLTextAreaElement>(el, '#n-goals').value).to.equal('mine');
    const aside = Object.keys(localStorage).filter((k) => k.startsWith(`${KEY}:set-aside:`));
    expect(aside.length).to.equal(1);
    expect(JSON.parse(localStorage.getItem(aside[0]!)!).s.notes.goals).to.equal('theirs');
    const notice = $(el, '[part=notice]');
    expect(text(notice)).to.contain('the other one was set aside');
    const restore = [...notice.querySelectorAll('button')].find((b) => b.textContent === 'Restore it')!;
    restore.click();
    await el.updateComplete;
    expect($<HTMLTextAreaElement>(el, '#n-goals').value, 'restored').to.equal('theirs');
    const swapped = Object.keys(localStorage).filter((k) => k.startsWith(`${KEY}:set-aside:`));
    expect(swapped.map((k) => JSON.parse(localStorage.getItem(k)!).s.notes.goals), 'what was shown is set aside in its place').to.deep.equal(['mine']);
  });

  it('two instances with one key on a page share the work instead of overwriting it', async () => {
    const wrap = await fixture(html`<div>
      <cg-tension-sliders state-key="twice" tensions="goals"></cg-tension-sliders>
      <cg-tension-sliders state-key="twice" tensions="goals,trust"></cg-tension-sliders>
    </div>`);
    const [a, b] = [...wrap.querySelectorAll('cg-tension-sliders')] as CgTensionSliders[];
    await a.updateComplete;
    await b.updateComplete;
    await type(a, 'goals', 'typed in the first');
    await type(b, 'trust', 'typed in the second');
    await sleep(600);
    await a.updateComplete;
    await b.updateComplete;
    expect($<HTMLTextAreaElement>(b, '#n-goals').value).to.equal('typed in the first');
    expect(JSON.parse(localStorage.getItem('collabgov:cg-tension-sliders:twice')!).s.notes).to.deep.equal({
      goals: 'typed in the first',
      trust: 'typed in the second',
    });
  });

  it('without a state-key: tracking parameters on the address, and a block added above, do not move the work', async () => {
    const address = location.href;
    try {
      const el = await sliders('tensions="goals"');
      await type(el, 'goals', 'my note');
      fixtureCleanup();
      const url = new URL(address);
      url.searchParams.set('utm_source', 'newsletter');
      url.searchParams.set('fbclid', 'abc');
      history.replaceState(null, '', url);
      const wrap = await fixture(html`<div>
        <cg-tension-sliders tensions="trust"></cg-tension-sliders>
        <cg-table-comparator></cg-table-comparator>
        <cg-tension-sliders tensions="goals"></cg-tension-sliders>
      </div>`);
      const [added, again] = [...wrap.querySelectorAll('cg-tension-sliders')] as CgTensionSliders[];
      await again.updateComplete;
      await added.updateComplete;
      expect(again.result.notes).to.deep.equal({ goals: 'my note' });
      expect(added.result.notes, 'the new block above starts empty').to.deep.equal({});
    } finally {
      history.replaceState(null, '', address);
    }
  });

  it('work saved under an earlier version’s key (page address and position) is moved to the new key, once', async () => {
    const legacy = `collabgov:cg-tension-sliders:${location.pathname}${location.search}:0`;
    seed({ notes: { goals: 'from last term' } }, legacy);
    const el = await sliders('tensions="goals"');
    expect(el.result.notes).to.deep.equal({ goals: 'from last term' });
    expect(localStorage.getItem(legacy)).to.equal(null);
    const moved = Object.keys(localStorage).filter((k) => k.startsWith('collabgov:cg-tension-sliders:'));
    expect(moved.length).to.equal(1);
    expect(JSON.parse(localStorage.getItem(moved[0]!)!).s.notes.goals).to.equal('from last term');
  });

  it('a note takes at most NOTE_MAX characters, says so before the end, and the saved work stays readable', async () => {
    const el = await sliders();
    const area = $<HTMLTextAreaElement>(el, '#n-goals');
    expect(area.maxLength).to.equal(NOTE_MAX);
    expect(area.getAttribute('aria-describedby')).to.contain('nl-goals');
    await type(el, 'goals', 'a'.repeat(NOTE_MAX - 1500));
    expect(text($(el, '#nl-goals'))).to.contain('At most 2,000 more characters fit in this note');
    await type(el, 'goals', 'a'.repeat(NOTE_MAX + 500));
    expect(el.result.notes.goals.length).to.equal(NOTE_MAX);
    expect(text($(el, '#nl-goals'))).to.contain('This note is full');
    await expect(el).to.be.accessible();
    fixtureCleanup();
    const again = await sliders();
    expect(again.result.notes.goals.length, 'read back, not set aside').to.equal(NOTE_MAX);
    expect(again.shadowRoot!.querySelector('[part=notice]')).to.equal(null);
  });

  it('the table’s case notes take NOTE_MAX characters too', async () => {
    const el = await fixture<CgTableComparator>(html`<cg-table-comparator mode="case" case="lsp" state-key="t"></cg-table-comparator>`);
    const area = $<HTMLTextAreaElement>(el, 'textarea');
    expect(area.maxLength).to.equal(NOTE_MAX);
  });

  it('work set aside because one note was too long is offered back: download it, restore it (the note cut), then delete the copy', async () => {
    seed({ positions: { trust: 40 }, touched: ['trust'], notes: { goals: 'g'.repeat(NOTE_MAX + 5000), trust: 'kept' } });
    const raw = localStorage.getItem(KEY)!;
    const el = await sliders();
    const notice = () => $(el, '[part=notice]');
    expect(text(notice())).to.contain('set aside (not deleted)');
    expect(text(notice())).to.contain('each note cut to 20,000 characters');
    const button = (label: string) => [...notice().querySelectorAll('button')].find((b) => b.textContent === label);
    // Download: the file is the saved copy as it was.
    let file: { name: string; href: string } | undefined;
    const click = HTMLAnchorElement.prototype.click;
    HTMLAnchorElement.prototype.click = function () {
      file = { name: this.download, href: this.href };
    };
    try {
      button('Download it')!.click();
    } finally {
      HTMLAnchorElement.prototype.click = click;
    }
    expect(file!.name).to.equal('collabgov-tension-sliders-saved-work.json');
    expect(await (await fetch(file!.href)).text()).to.equal(raw);
    await el.updateComplete;
    button('Restore it')!.click();
    await el.updateComplete;
    expect(el.result.positions.trust).to.equal(40);
    expect(el.result.notes.trust).to.equal('kept');
    expect(el.result.notes.goals.length).to.equal(NOTE_MAX);
    expect(text(notice())).to.contain('The work that was set aside is back');
    expect(Object.keys(localStorage).filter((k) => k.includes(':set-aside:')), 'the fresh start was empty: nothing to set aside').to.deep.equal([]);
  });

  it('unreadable work stays offered on later visits until the student downloads and deletes it', async () => {
    localStorage.setItem(KEY, '{"v":2,"w":"tension-sliders","s":{"notes":');
    await sliders();
    fixtureCleanup();
    const el = await sliders();
    const notice = () => $(el, '[part=notice]');
    expect(text(notice())).to.contain('could not read on an earlier visit');
    expect(text(notice())).to.contain('cannot read it; download it');
    const button = (label: string) => [...notice().querySelectorAll('button')].find((b) => b.textContent === label);
    expect(button('Restore it')).to.equal(undefined);
    expect(button('Delete it from this browser'), 'not before it is downloaded').to.equal(undefined);
    const click = HTMLAnchorElement.prototype.click;
    HTMLAnchorElement.prototype.click = () => {};
    try {
      button('Download it')!.click();
    } finally {
      HTMLAnchorElement.prototype.click = click;
    }
    await el.updateComplete;
    button('Delete it from this browser')!.click();
    await el.updateComplete;
    expect(Object.keys(localStorage).filter((k) => k.includes(':set-aside:'))).to.deep.equal([]);
    expect(el.shadowRoot!.querySelector('[part=notice]')).to.equal(null);
  });
});
