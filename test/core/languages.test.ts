// A language with a file of its own, as a student meets it: shown once loaded, switched at run time (on the element,
// an ancestor, <html>) without losing work, English with a note when the file fails, and a lecturer's pack shown
// with its texts in that language. A test language `xx` stands in for ja/cy (whose files are the translators').
import { expect, fixture, fixtureCleanup, html } from '@open-wc/testing';
import '../../src/index.js';
import { en } from '../../src/core/i18n/en/index.js';
import { defaultPack } from '../../src/model/packs/en.js';
import { languageFiles } from '../../src/core/language-files.js';
import type { Language } from '../../src/core/languages.js';
import type { Messages } from '../../src/core/i18n/catalog.js';
import type { CgTensionSliders } from '../../src/widgets/tension-sliders/tension-sliders.js';
import { cleanSlate } from '../helpers/clean-slate.js';

const TITLE = 'XX: where does it stand?';
const GOALS = 'XX goals';
const xx: Language = {
  lang: 'xx',
  messages: { ...en, tensionSliders: { ...en.tensionSliders, title: TITLE } } as Messages,
  pack: { ...defaultPack, lang: 'xx', tensions: defaultPack.tensions.map((t) => (t.id === 'goals' ? { ...t, name: GOALS } : t)) },
};
let loads = 0;
let fail = false;
let release: () => void = () => {};
languageFiles.xx = () => {
  loads++;
  if (fail) return Promise.reject(new Error('404'));
  return new Promise((done) => (release = () => done({ language: xx })));
};
const gate = () => new Promise<void>((r) => setTimeout(r, 0)).then(() => release());

const text = (el: Element) => (el.shadowRoot!.textContent ?? '').replace(/\s+/g, ' ');
const note = (el: CgTensionSliders, value: string) => {
  const area = el.shadowRoot!.querySelector<HTMLTextAreaElement>('#n-goals')!;
  area.value = value;
  area.dispatchEvent(new Event('input', { bubbles: true }));
  return el.updateComplete;
};

describe('languages with a file of their own', () => {
  cleanSlate();
  afterEach(() => {
    fixtureCleanup();
    document.documentElement.lang = 'en';
  });

  it('switching lang on the element re-renders in that language, keeps the note, and keeps showing English while loading', async () => {
    const el = await fixture<CgTensionSliders>(html`<cg-tension-sliders state-key="lang-a" tensions="goals"></cg-tension-sliders>`);
    await note(el, 'my own words');
    const before = loads;
    el.setAttribute('lang', 'xx');
    await new Promise((r) => setTimeout(r, 20));
    // Still loading: what was shown stays (no blank, no "Loading…").
    expect(text(el)).to.contain(en.tensionSliders.title);
    await gate();
    await el.updateComplete;
    expect(loads).to.equal(before + 1);
    expect(text(el)).to.contain(TITLE).and.contain(GOALS);
    expect(el.shadowRoot!.querySelector<HTMLTextAreaElement>('#n-goals')!.value).to.equal('my own words');
    expect(el.shadowRoot!.querySelector('.wrap, [part~="base"]')!.getAttribute('lang')).to.equal('xx');
    el.setAttribute('lang', 'en');
    await el.updateComplete;
    expect(text(el)).to.contain(en.tensionSliders.title).and.not.contain(GOALS);
    expect(el.shadowRoot!.querySelector<HTMLTextAreaElement>('#n-goals')!.value).to.equal('my own words');
  });

  it('follows <html lang> and an ancestor across a shadow root, loading the file once', async () => {
    const host = await fixture<HTMLElement>(html`<div></div>`);
    const shadow = host.attachShadow({ mode: 'open' });
    shadow.innerHTML = '<section><cg-tension-sliders state-key="lang-b" tensions="goals"></cg-tension-sliders></section>';
    const el = shadow.querySelector<CgTensionSliders>('cg-tension-sliders')!;
    await el.updateComplete;
    await note(el, 'kept');
    document.documentElement.lang = 'xx';
    await gate();
    await el.updateComplete;
    expect(text(el)).to.contain(TITLE);
    shadow.querySelector('section')!.setAttribute('lang', 'en');
    await new Promise((r) => setTimeout(r, 0));
    await el.updateComplete;
    expect(text(el)).to.contain(en.tensionSliders.title);
    expect(el.shadowRoot!.querySelector<HTMLTextAreaElement>('#n-goals')!.value).to.equal('kept');
  });

  it("a lecturer's pack with texts per language: shown in the widget's language; a missing text is named with its language", async () => {
    const c = { text: 'T.', cite: ['vangen-2017'] };
    const pole = (id: string) => ({ id, label: id, protects: c, risk: c });
    const own = { id: 'goals', name: 'Our goals', group: 'paper', summary: { text: 'Ours.', cite: ['vangen-2017'] }, poles: [pole('a'), pole('b')] };
    const xxPole = (id: string) => ({ label: `XX ${id}`, protects: { text: 'XX.' }, risk: { text: 'XX.' } });
    const full = { id: 'goals', name: 'XX ours', summary: { text: 'XX ours.' }, poles: [xxPole('a'), xxPole('b')] };
    const pack = { lang: 'en', tensions: [own], translations: { xx: { tensions: [full] } } };
    const el = await fixture<CgTensionSliders>(html`<cg-tension-sliders lang="xx" tensions="goals" .content=${pack}></cg-tension-sliders>`);
    await el.updateComplete;
    expect(text(el)).to.contain('XX ours').and.contain(TITLE);
    const lacking = { ...pack, translations: { xx: { tensions: [{ ...full, summary: undefined }] } } };
    el.content = lacking;
    await el.updateComplete;
    const panel = el.shadowRoot!.querySelector('[role="alert"]')!;
    expect(panel.textContent).to.match(/summary/i).and.contain('has no xx text').and.contain('translations');
    expect(panel.textContent).to.contain("the tension 'Our goals'");
  });

  it('on a page in a language the widgets do not speak, the English words are marked lang="en"; the saved key ignores lang', async () => {
    document.documentElement.lang = 'fr';
    const el = await fixture<CgTensionSliders>(html`<cg-tension-sliders tensions="goals"></cg-tension-sliders>`);
    await note(el, 'clé');
    const first = el.shadowRoot!.querySelector('h2')!.closest('[lang]')!;
    expect(first.getAttribute('lang')).to.equal('en');
    expect(first.getAttribute('dir')).to.equal('ltr');
    window.dispatchEvent(new PageTransitionEvent('pagehide'));
    const keys = Object.keys(localStorage).filter((k) => k.startsWith('collabgov:cg-tension-sliders:'));
    expect(keys).to.have.length(1);
    el.setAttribute('lang', 'xx');
    await gate();
    await el.updateComplete;
    expect(text(el)).to.contain(TITLE);
    await note(el, 'clé 2');
    window.dispatchEvent(new PageTransitionEvent('pagehide'));
    expect(JSON.parse(localStorage.getItem(keys[0]!)!).s.notes.goals).to.equal('clé 2');
    expect(Object.keys(localStorage).filter((k) => k.startsWith('collabgov:cg-tension-sliders:'))).to.deep.equal(keys);
    expect(el.shadowRoot!.querySelector<HTMLTextAreaElement>('#n-goals')!.value).to.equal('clé 2');
  });

  it('when the file cannot be loaded: English, with a worded note, and no error escapes', async () => {
    fail = true;
    delete languageFiles.yy;
    languageFiles.yy = languageFiles.xx;
    const el = await fixture<CgTensionSliders>(html`<cg-tension-sliders lang="yy" state-key="lang-c" tensions="goals"></cg-tension-sliders>`);
    await el.updateComplete;
    expect(text(el)).to.contain(en.tensionSliders.title);
    const shown = el.shadowRoot!.querySelector('[role="status"][part~="notice"]')!;
    expect(shown.textContent).to.contain('shown in English').and.contain('collabgov-yy.js');
    expect(shown.getAttribute('lang')).to.equal('en');
    fail = false;
  });
});
