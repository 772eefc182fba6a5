import { expect, fixture, html } from '@open-wc/testing';
import { LitElement } from 'lit';
import { defineElement } from '../../src/core/define.js';
import { VERSION } from '../../src/core/version.js';
import { languageOf, messagesFor, registerMessages, type Messages } from '../../src/core/i18n/catalog.js';
import { en } from '../../src/core/i18n/en/index.js';

describe('defineElement', () => {
  it('tolerates the same tag defined twice (bundle loaded twice)', () => {
    class A extends LitElement {}
    class B extends LitElement {}
    defineElement('cg-twice-a', A);
    expect(() => defineElement('cg-twice-a', B)).not.to.throw();
    expect(customElements.get('cg-twice-a')).to.equal(A);
  });

  it('warns when another version already defined the tag', () => {
    class Older extends LitElement {
      static cgVersion = '0.0.1';
    }
    customElements.define('cg-twice-b', Older);
    const warnings: string[] = [];
    const warn = console.warn;
    console.warn = (m: string) => warnings.push(m);
    try {
      defineElement('cg-twice-b', class extends LitElement {});
    } finally {
      console.warn = warn;
    }
    expect(warnings.length).to.equal(1);
    expect(warnings[0]).to.contain('collabgov 0.0.1').and.contain(VERSION);
  });
});

describe('message catalog', () => {
  it('takes the language from the element, then an ancestor, then the document', async () => {
    const wrap = await fixture(html`<div lang="cy-GB"><p><span id="a"></span><span id="b" lang="fr"></span></p></div>`);
    expect(languageOf(wrap.querySelector('#a')!)).to.equal('cy-GB');
    expect(languageOf(wrap.querySelector('#b')!)).to.equal('fr');
    const host = await fixture(html`<section lang="de"></section>`);
    const root = host.attachShadow({ mode: 'open' });
    root.innerHTML = '<span></span>';
    expect(languageOf(root.querySelector('span')!)).to.equal('de');
  });

  it('falls back to English and uses a registered language by its primary subtag', () => {
    expect(messagesFor('xx').core.loading).to.equal(en.core.loading);
    const cy: Messages = { ...en, core: { ...en.core, loading: 'Yn llwytho…' } };
    registerMessages('cy', cy);
    expect(messagesFor('cy-GB').core.loading).to.equal('Yn llwytho…');
  });
});

describe('widget language', () => {
  it('re-renders in the language the element or the document switches to', async () => {
    await import('./test-element.js');
    // A catalog the host page registers (German: collabgov has no file of its own for it).
    const de = { ...en, core: { ...en.core, dismiss: 'Schließen' } } as Messages;
    registerMessages('de', de);
    const { setStateStore } = await import('../../src/core/persistence.js');
    setStateStore(() => null); // no storage: the element shows its notice, whose button names "Dismiss"
    try {
      const el = await fixture<HTMLElement & { updateComplete: Promise<unknown> }>(html`<cg-test-counter></cg-test-counter>`);
      const button = () => el.shadowRoot!.querySelector('.notice button')!.textContent!.trim();
      expect(button()).to.equal('Dismiss');
      el.setAttribute('lang', 'de');
      await el.updateComplete;
      expect(button()).to.equal('Schließen');
      el.removeAttribute('lang');
      await el.updateComplete;
      expect(button()).to.equal('Dismiss');
      document.documentElement.lang = 'de';
      await new Promise((r) => setTimeout(r));
      await el.updateComplete;
      expect(button()).to.equal('Schließen');
    } finally {
      document.documentElement.lang = 'en';
      setStateStore(() => window.localStorage);
    }
  });
});
