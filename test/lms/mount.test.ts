import { expect, fixture, html, nextFrame, oneEvent } from '@open-wc/testing';
import '../../src/index.js';
import { mount, mountAll, startMounting, type MountPoint } from '../../src/lms/mount.js';
import type { CgFormPicker } from '../../src/widgets/form-picker/form-picker.js';
import type { CgTableComparator } from '../../src/widgets/table-comparator/table-comparator.js';
import { cleanSlate } from '../helpers/clean-slate.js';

const widgetIn = async <T extends HTMLElement>(host: Element, tag: string): Promise<T> => {
  await nextFrame();
  const el = host.querySelector(`:scope > ${tag}`) as (T & { updateComplete?: Promise<unknown> }) | null;
  expect(el, `${tag} inside the mount point`).to.not.equal(null);
  await el!.updateComplete;
  return el!;
};

describe('the data-collabgov mount point', () => {
  const seen = cleanSlate();

  it('creates the widget inside it with each data-* attribute the widget takes', async () => {
    const host = await fixture(
      html`<div data-collabgov="table-comparator" data-mode="sort" data-feedback="check" data-sort-by="row" data-state-key="w3" data-theme="dark" data-lang="en-GB" data-onclick="alert(1)" data-other="x">&nbsp;</div>`,
    );
    const el = await widgetIn<CgTableComparator>(host, 'cg-table-comparator');
    expect(host.children).to.have.length(1);
    expect(Array.from(host.childNodes).map((n) => n.nodeName)).to.deep.equal(['CG-TABLE-COMPARATOR']);
    for (const [name, value] of Object.entries({ mode: 'sort', feedback: 'check', 'sort-by': 'row', 'state-key': 'w3', theme: 'dark', lang: 'en-GB' })) {
      expect(el.getAttribute(name), name).to.equal(value);
    }
    // Only the widget's own attributes: a data-* that would be an event handler (or anything else) is not copied.
    expect(el.hasAttribute('onclick')).to.equal(false);
    expect(el.hasAttribute('other')).to.equal(false);
    expect(el.shadowRoot!.querySelector('[role=alert]')).to.equal(null);
    await expect(host).to.be.accessible();
  });

  it('saves under the same key as the custom element, bubbles its events to the page and answers result', async () => {
    const host = (await fixture(html`<div data-collabgov="form-picker" data-mode="quiz" data-case="lsp" data-state-key="w3"></div>`)) as MountPoint;
    const el = await widgetIn<CgFormPicker>(host, 'cg-form-picker');
    const radio = el.shadowRoot!.querySelector<HTMLInputElement>('.quiz input[type=radio]')!;
    const changed = oneEvent(document, 'cg-change');
    radio.click();
    await changed;
    el.shadowRoot!.querySelector<HTMLButtonElement>('.check')!.click();
    await el.updateComplete;
    expect(host.result).to.deep.equal(el.result);
    expect((host.result as CgFormPicker['result']).quiz).to.have.property('lsp', radio.value);
    expect(localStorage.getItem('collabgov:cg-form-picker:w3')).to.be.a('string');

    // The custom element written by hand with the same state-key restores the same work.
    const same = await fixture<CgFormPicker>(html`<cg-form-picker mode="quiz" case="lsp" state-key="w3"></cg-form-picker>`);
    expect(same.result.quiz).to.deep.equal(el.result.quiz);
  });

  it('without a state-key, counts its widget among the custom elements on the page, in page order', async () => {
    const wrap = await fixture(html`<section>
      <cg-form-picker></cg-form-picker>
      <div data-collabgov="form-picker"></div>
    </section>`);
    const el = await widgetIn<CgFormPicker>(wrap.querySelector('div')!, 'cg-form-picker');
    const index = Array.from(document.querySelectorAll('cg-form-picker')).indexOf(el);
    expect(index).to.be.greaterThan(0);
    const radio = el.shadowRoot!.querySelector<HTMLInputElement>('input[type=radio]')!;
    radio.click();
    await el.updateComplete;
    // The second widget with no settings on the page (state-key.ts): `<page>:<settings>:1`.
    const keys = Object.keys(localStorage).filter((k) => k.startsWith(`collabgov:cg-form-picker:${location.pathname}`));
    expect(keys.length).to.equal(1);
    expect(keys[0]).to.match(/::1$/);
  });

  it('moves an inline pack into the widget, which shows it', async () => {
    const pack = { cases: [{ id: 'own', name: 'Our own partnership', kind: 'initiative', era: 'npg', dates: '2024', start: 2024, origins: 'Ours.', members: ['A', 'B'], lead: 'A', status: 'Ongoing', comment: { text: 'Small.', cite: ['provan-kenis-2008'] } }] };
    const host = document.createElement('div');
    host.dataset.collabgov = 'table-comparator';
    host.dataset.mode = 'case';
    host.dataset.case = 'own';
    host.innerHTML = `<script type="application/json">${JSON.stringify(pack)}</script>Loading the activity…`;
    document.body.append(host);
    try {
      const el = await widgetIn<CgTableComparator>(host, 'cg-table-comparator');
      expect(el.querySelector('script[type="application/json"]')).to.not.equal(null);
      expect(host.textContent).to.not.contain('Loading the activity');
      await el.updateComplete;
      expect(el.shadowRoot!.textContent).to.contain('Our own partnership');
      expect(el.shadowRoot!.querySelector('[role=alert]')).to.equal(null);
    } finally {
      host.remove();
    }
  });

  it('upgrades a mount point added later, and one whose data-collabgov is fixed when mounted again', async () => {
    const wrap = await fixture(html`<div></div>`);
    wrap.innerHTML = '<div data-collabgov="tension-sliders" data-tensions="goals,trust"></div>';
    const host = wrap.firstElementChild as HTMLElement;
    const el = await widgetIn<HTMLElement>(host, 'cg-tension-sliders');
    expect(el.shadowRoot!.querySelectorAll('input[type=range]')).to.have.length(2);
    host.dataset.collabgov = 'form-picker';
    mount(host);
    await widgetIn<HTMLElement>(host, 'cg-form-picker');
    expect(host.children).to.have.length(1);
  });

  it('mounting again (a second script on the page) keeps the one widget', async () => {
    const host = await fixture(html`<div data-collabgov="form-picker" data-state-key="again"></div>`);
    const el = await widgetIn<HTMLElement>(host, 'cg-form-picker');
    startMounting();
    mountAll(document);
    expect(mount(host as HTMLElement)).to.equal(el);
    expect(host.querySelectorAll('cg-form-picker')).to.have.length(1);
    expect(seen.messages().filter((m) => m.includes('two <cg-form-picker>'))).to.deep.equal([]);
  });

  it('shows a visible alert naming an unknown widget and the allowed ones, keeping an inline pack', async () => {
    const host = await fixture(html`<div data-collabgov="form-pickr"><script type="application/json">{}</script></div>`);
    await nextFrame();
    const alert = host.querySelector('[role=alert]') as HTMLElement;
    expect(alert).to.not.equal(null);
    expect(alert.textContent).to.contain('data-collabgov is "form-pickr", which is not a widget');
    expect(alert.textContent).to.contain('Use one of form-picker, table-comparator, tension-sliders.');
    expect(alert.offsetHeight).to.be.greaterThan(20);
    expect(host.querySelector('script[type="application/json"]')).to.not.equal(null);
    await expect(host).to.be.accessible();
    expect(seen.messages().some((m) => m.includes('form-pickr'))).to.equal(true);

    host.setAttribute('data-collabgov', '');
    mount(host as HTMLElement);
    expect(host.querySelector('[role=alert]')!.textContent).to.contain('data-collabgov is ""');
    // Fixing the value starts the widget, with the pack.
    host.setAttribute('data-collabgov', 'form-picker');
    mount(host as HTMLElement);
    const el = await widgetIn<HTMLElement>(host, 'cg-form-picker');
    expect(host.querySelector('[role=alert]')).to.equal(null);
    expect(el.querySelector('script[type="application/json"]')).to.not.equal(null);
  });
});
