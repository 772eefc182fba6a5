import { expect, fixture, html } from '@open-wc/testing';
import { defaultPack } from '../../src/model/index.js';
import '../../src/widgets/form-picker/index.js';

const clone = <T>(v: T): T => JSON.parse(JSON.stringify(v));
const badCase = () => ({ ...clone(defaultPack.cases[0]!), id: 'leeds', name: 'Leeds health partnership', factors: { trust: 'very-high' } });

describe('the widgets\' error panel', () => {
  let warn: typeof console.warn;
  beforeEach(() => {
    localStorage.clear();
    warn = console.warn;
    console.warn = () => {};
  });
  afterEach(() => {
    console.warn = warn;
    delete document.documentElement.dataset.cgAudience;
  });

  it('tells a student their saved work is safe, and the lecturer where each problem is in plain words', async () => {
    const el = await fixture(html`<cg-form-picker .content=${{ cases: [badCase()] }}></cg-form-picker>`);
    await (el as unknown as { updateComplete: Promise<unknown> }).updateComplete;
    const alert = el.shadowRoot!.querySelector('[role="alert"]')!;
    expect(alert.textContent).to.contain('could not load').and.contain('saved work is safe');
    const details = alert.querySelector('details')!;
    expect(details.open).to.equal(false);
    expect(details.querySelector('summary')!.textContent).to.contain('For the lecturer: 1 problem');
    expect(details.querySelector('li')!.textContent).to.contain("the case 'Leeds health partnership': trust level").and.contain('"very-high"');
  });

  it('speaks to the lecturer in the studio\'s preview, with the list open', async () => {
    document.documentElement.dataset.cgAudience = 'author';
    const el = await fixture(html`<cg-form-picker .content=${{ cases: [badCase()] }}></cg-form-picker>`);
    await (el as unknown as { updateComplete: Promise<unknown> }).updateComplete;
    const alert = el.shadowRoot!.querySelector('[role="alert"]')!;
    expect(alert.textContent).to.contain('cannot start until its content is fixed').and.contain('Students would see');
    expect(alert.querySelector('details')!.open).to.equal(true);
  });

  it('gives an inline pack\'s JSON syntax error with its line, column and that line', async () => {
    const el = await fixture(html`<cg-form-picker><script type="application/json">{
  "title": "x",
  "cases": [ } 
}</script></cg-form-picker>`);
    await (el as unknown as { updateComplete: Promise<unknown> }).updateComplete;
    const li = el.shadowRoot!.querySelector('[role="alert"] li')!;
    expect(li.textContent).to.contain('line 3, column').and.contain('"cases": [ }');
  });

  it('leaves a student\'s saved work in place while the content is broken', async () => {
    localStorage.clear();
    const ok = await fixture(html`<cg-form-picker state-key="safe"></cg-form-picker>`);
    await (ok as unknown as { updateComplete: Promise<unknown> }).updateComplete;
    const button = ok.shadowRoot!.querySelector<HTMLInputElement>('input[type="radio"], button[aria-pressed]');
    button?.click();
    await new Promise((r) => setTimeout(r, 50));
    const before = JSON.stringify({ ...localStorage });
    expect(before).to.contain('safe');
    ok.remove();
    const broken = await fixture(html`<cg-form-picker state-key="safe" .content=${{ cases: [badCase()] }}></cg-form-picker>`);
    await (broken as unknown as { updateComplete: Promise<unknown> }).updateComplete;
    await new Promise((r) => setTimeout(r, 50));
    expect(broken.shadowRoot!.querySelector('[role="alert"]')).to.not.equal(null);
    expect(JSON.stringify({ ...localStorage })).to.equal(before);
  });
});
