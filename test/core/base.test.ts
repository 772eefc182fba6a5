import { expect, fixture, html, waitUntil, oneEvent } from '@open-wc/testing';
import { defaultPack } from '../../src/model/index.js';
import './test-element.js';
import type { CgTestCounter } from './test-element.js';

const shadow = (el: Element) => el.shadowRoot!;
const text = (el: Element, sel: string) => shadow(el).querySelector(sel)?.textContent?.trim();
const alertOf = (el: Element) => shadow(el).querySelector('[role="alert"]');

describe('CgElement content resolution', () => {
  let warn: typeof console.warn;
  let warnings: unknown[][];
  beforeEach(() => {
    localStorage.clear();
    warn = console.warn;
    warnings = [];
    console.warn = (...args: unknown[]) => warnings.push(args);
  });
  afterEach(() => {
    console.warn = warn;
  });

  it('uses the default pack when given nothing', async () => {
    const el = await fixture<CgTestCounter>(html`<cg-test-counter></cg-test-counter>`);
    expect(text(el, '.title')).to.equal(defaultPack.title);
    expect(alertOf(el)).to.equal(null);
  });

  it('prefers the content property over inline JSON and src', async () => {
    const el = await fixture<CgTestCounter>(html`<cg-test-counter
      .content=${{ title: 'From property' }}
      src="/test/fixtures/partial-pack.json"
      ><script type="application/json">
        { "title": "From inline" }
      </script></cg-test-counter
    >`);
    expect(text(el, '.title')).to.equal('From property');
  });

  it('prefers inline JSON over src', async () => {
    const el = await fixture<CgTestCounter>(html`<cg-test-counter src="/test/fixtures/partial-pack.json"
      ><script type="application/json">
        { "title": "From inline" }
      </script></cg-test-counter
    >`);
    expect(text(el, '.title')).to.equal('From inline');
  });

  it('fetches src, validates it and merges it over the default pack', async () => {
    const el = await fixture<CgTestCounter>(html`<cg-test-counter src="/test/fixtures/partial-pack.json"></cg-test-counter>`);
    await waitUntil(() => text(el, '.title') === 'Fetched pack', 'fetched pack rendered');
    expect(text(el, '.cases')).to.equal(String(defaultPack.cases.length));
  });

  it('shows an error panel naming each bad path of an inline pack, and warns once', async () => {
    const el = await fixture<CgTestCounter>(html`<cg-test-counter
      ><script type="application/json">
        { "tensions": [{ "id": "goals", "name": "Goals", "group": "paper", "summary": { "text": "x", "cite": ["vangen-2017"] },
          "poles": [{ "id": "a", "label": "A", "protects": { "text": "x", "cite": ["vangen-2017"] }, "risk": { "text": "x", "cite": ["vangen-2017"] } },
                    { "id": "b", "label": 7, "protects": { "text": "x", "cite": ["vangen-2017"] }, "risk": { "text": "x", "cite": ["vangen-2017"] } }] }] }
      </script></cg-test-counter
    >`);
    const alert = alertOf(el)!;
    expect(alert).to.exist;
    expect(alert.textContent).to.contain('tensions[0].poles[1].label');
    expect(alert.textContent).to.contain('should be text, but is a whole number');
    expect(shadow(el).querySelector('.title')).to.equal(null);
    expect(warnings.length).to.equal(1);
    expect(String(warnings[0][0])).to.contain('tensions[0].poles[1].label');
    await expect(el).to.be.accessible();
  });

  it('shows an error panel for inline text that is not JSON', async () => {
    const el = await fixture<CgTestCounter>(html`<cg-test-counter
      ><script type="application/json">
        { "title": "unterminated
      </script></cg-test-counter
    >`);
    expect(alertOf(el)?.textContent).to.contain('(inline JSON)');
    expect(alertOf(el)?.textContent).to.contain('is not valid JSON');
  });

  it('shows an error panel when src cannot be fetched or is invalid', async () => {
    const missing = await fixture<CgTestCounter>(html`<cg-test-counter src="/test/fixtures/no-such-pack.json"></cg-test-counter>`);
    await waitUntil(() => alertOf(missing), 'error panel for 404');
    expect(alertOf(missing)!.textContent).to.contain('/test/fixtures/no-such-pack.json');
    expect(alertOf(missing)!.textContent).to.contain('HTTP 404');

    const broken = await fixture<CgTestCounter>(html`<cg-test-counter src="/test/fixtures/broken-pack.json"></cg-test-counter>`);
    await waitUntil(() => alertOf(broken), 'error panel for invalid pack');
    expect(alertOf(broken)!.textContent).to.contain('title');
    expect(alertOf(broken)!.textContent).to.contain('tensions[0].name');
  });

  it('gives up on a src that does not answer, with the error panel instead of endless loading', async () => {
    const ctor = customElements.get('cg-test-counter') as unknown as { fetchTimeout: number };
    const before = ctor.fetchTimeout;
    ctor.fetchTimeout = 300;
    try {
      const el = await fixture<CgTestCounter>(html`<cg-test-counter src="/test-slow/pack.json"></cg-test-counter>`);
      expect(shadow(el).querySelector('[role="status"]')?.textContent).to.contain('Loading');
      await waitUntil(() => alertOf(el), 'error panel after the timeout', { timeout: 3000 });
      expect(alertOf(el)!.textContent).to.contain('no answer within 1 second');
    } finally {
      ctor.fetchTimeout = before;
    }
  });

  it('recovers when the content property is replaced by a valid pack', async () => {
    const el = await fixture<CgTestCounter>(html`<cg-test-counter .content=${{ title: 42 }}></cg-test-counter>`);
    expect(alertOf(el)).to.exist;
    el.content = { title: 'Fixed' };
    await el.updateComplete;
    expect(alertOf(el)).to.equal(null);
    expect(text(el, '.title')).to.equal('Fixed');
  });

  it('shows the error panel instead of throwing when rendering fails', async () => {
    const el = await fixture<CgTestCounter>(html`<cg-test-counter></cg-test-counter>`);
    el.shouldThrow = true;
    el.requestUpdate();
    await el.updateComplete;
    expect(alertOf(el)?.textContent).to.contain('boom');
  });
});

describe('CgElement events', () => {
  beforeEach(() => localStorage.clear());
  it('fires a bubbling, composed cg-change on a user action only', async () => {
    let fired = 0;
    const wrapper = await fixture(html`<div @cg-change=${() => fired++}><cg-test-counter></cg-test-counter></div>`);
    const el = wrapper.querySelector('cg-test-counter')!;
    el.content = { title: 'Set by code' };
    await el.updateComplete;
    expect(fired).to.equal(0);
    const button = shadow(el).querySelector<HTMLButtonElement>('button.add')!;
    setTimeout(() => button.click());
    const event = await oneEvent(wrapper, 'cg-change');
    expect(event.bubbles && event.composed).to.equal(true);
    expect(event.detail.result).to.deep.equal({ count: 1 });
  });
});
