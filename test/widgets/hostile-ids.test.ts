// Ids that are also names of what every JavaScript object inherits: a pack whose case, tension, row, statement and
// response are all called `constructor` (a valid id) works in every widget and mode; `__proto__` (not a valid id)
// and such names in attributes are refused with a named error. Lookups are own-property only (src/model/own.ts).
import { expect, fixture } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { defaultPack } from '../../src/model/index.js';
import '../../src/index.js';
import { cleanSlate } from '../helpers/clean-slate.js';

type Widget = HTMLElement & { content?: unknown; result: Record<string, unknown>; updateComplete: Promise<unknown> };
const renamed = JSON.parse(
  JSON.stringify(defaultPack)
    .replaceAll('"lsp"', '"constructor"')
    .replaceAll('"goals"', '"constructor"')
    .replaceAll('"definition-gc"', '"constructor"')
    .replaceAll('"synthesis"', '"constructor"'),
);

async function make(tag: string, attrs: Record<string, string>, content?: unknown): Promise<Widget> {
  const el = document.createElement(tag) as Widget;
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
  if (content) el.content = content;
  const wrap = await fixture<HTMLElement>(document.createElement('div'));
  wrap.append(el);
  await el.updateComplete;
  await el.updateComplete;
  return el;
}
const error = (el: Widget) => el.shadowRoot!.querySelector('[part=error]')?.textContent?.replace(/\s+/g, ' ') ?? '';

describe('ids named like inherited properties', () => {
  cleanSlate();

  it('tension sliders: a tension, case and response called "constructor" can be placed, noted, compared and exported', async () => {
    const el = await make('cg-tension-sliders', { tensions: 'constructor,trust', mode: 'compare', case: 'constructor', 'state-key': 'ids' }, renamed);
    expect(error(el)).to.equal('');
    el.shadowRoot!.querySelector<HTMLInputElement>('#s-constructor')!.focus();
    await sendKeys({ press: 'ArrowRight' });
    await el.updateComplete;
    const note = el.shadowRoot!.querySelector<HTMLTextAreaElement>('#n-constructor')!;
    note.value = 'a note';
    note.dispatchEvent(new Event('input'));
    const select = el.shadowRoot!.querySelector<HTMLSelectElement>('#r-constructor')!;
    select.value = 'constructor';
    select.dispatchEvent(new Event('change'));
    await el.updateComplete;
    expect(error(el)).to.equal('');
    expect(el.result.positions).to.deep.equal({ constructor: 5, trust: null });
    expect(el.result.notes).to.deep.equal({ constructor: 'a note' });
    expect(el.result.responses).to.deep.equal({ constructor: 'constructor' });
  });

  it('tension sliders with the default pack: "constructor" and "__proto__" in tensions or case are named as unknown', async () => {
    for (const attrs of [{ tensions: 'constructor,__proto__' }, { case: 'constructor' }, { case: '__proto__', mode: 'compare' }] as Record<string, string>[]) {
      const el = await make('cg-tension-sliders', attrs);
      expect(error(el)).to.match(/names a (tension|case) "(constructor|__proto__)" that the pack does not have/);
    }
  });

  it('table comparator: case mode, sort mode and the table work with a case, row and statement called "constructor"', async () => {
    const kase = await make('cg-table-comparator', { mode: 'case', case: 'constructor', 'state-key': 'ids-c' }, renamed);
    expect(error(kase)).to.equal('');
    const range = kase.shadowRoot!.querySelector<HTMLInputElement>('#r-constructor')!;
    range.value = '40';
    range.dispatchEvent(new Event('input'));
    range.dispatchEvent(new Event('change'));
    const note = kase.shadowRoot!.querySelector<HTMLTextAreaElement>('#n-constructor')!;
    note.value = 'why';
    note.dispatchEvent(new Event('input'));
    await kase.updateComplete;
    expect(error(kase)).to.equal('');
    expect((kase.result.cases as Record<string, unknown>).constructor).to.deep.equal({ positions: { constructor: 40 }, notes: { constructor: 'why' } });

    const sort = await make('cg-table-comparator', { mode: 'sort', 'state-key': 'ids-s' }, renamed);
    expect(error(sort)).to.equal('');
    for (const b of sort.shadowRoot!.querySelectorAll<HTMLButtonElement>('button')) {
      if (/Governing collaborations/i.test(b.textContent ?? '')) {
        b.click();
        await sort.updateComplete;
        break;
      }
    }
    expect(error(sort)).to.equal('');
    const table = await make('cg-table-comparator', {}, renamed);
    expect(error(table)).to.equal('');
  });

  it('table comparator and form picker with the default pack: case "constructor" or "__proto__" is named as unknown', async () => {
    for (const tag of ['cg-table-comparator', 'cg-form-picker']) {
      for (const id of ['constructor', '__proto__']) {
        const el = await make(tag, { mode: tag === 'cg-form-picker' ? 'quiz' : 'case', case: id });
        expect(error(el), `${tag} case=${id}`).to.contain(id);
      }
    }
  });

  it('form picker: a case called "constructor" can be explored and answered in the quiz', async () => {
    const explore = await make('cg-form-picker', { case: 'constructor', 'state-key': 'ids-f' }, renamed);
    expect(error(explore)).to.equal('');
    const quiz = await make('cg-form-picker', { mode: 'quiz', case: 'constructor', 'state-key': 'ids-q' }, renamed);
    expect(error(quiz)).to.equal('');
    quiz.shadowRoot!.querySelector<HTMLInputElement>('input[type=radio]')!.click();
    await quiz.updateComplete;
    for (const b of quiz.shadowRoot!.querySelectorAll<HTMLButtonElement>('button')) if (/check/i.test(b.textContent ?? '')) b.click();
    await quiz.updateComplete;
    expect(error(quiz)).to.equal('');
  });

  it('a pack with an id "__proto__" is refused, naming where', async () => {
    const pack = JSON.parse(JSON.stringify(defaultPack).replaceAll('"lsp"', '"__proto__"'));
    const el = await make('cg-tension-sliders', {}, pack);
    expect(error(el)).to.contain('cases');
    expect(Object.prototype).not.to.have.property('tensions');
  });

  it('"Download my reflection" is inert: pack HTML, entities and links, and a note’s, come out as text', async () => {
    const pack = JSON.parse(JSON.stringify(defaultPack));
    pack.tensions.find((t: { id: string }) => t.id === 'goals').name = 'Goals <img src=x onerror=alert(1)><iframe src="https://evil.example"></iframe>';
    pack.tensions.find((t: { id: string }) => t.id === 'goals').poles[0].label = '[click](javascript:alert(1)) &amp; ![x](https://evil.example/t.png)';
    const el = await make('cg-tension-sliders', { tensions: 'goals', 'state-key': 'md' }, pack);
    el.shadowRoot!.querySelector<HTMLInputElement>('#s-goals')!.focus();
    await sendKeys({ press: 'Home' });
    await el.updateComplete;
    const note = el.shadowRoot!.querySelector<HTMLTextAreaElement>('#n-goals')!;
    note.value = 'mine <script>alert(1)</script> [x](javascript:y)';
    note.dispatchEvent(new Event('input'));
    await el.updateComplete;
    let href = '';
    const click = HTMLAnchorElement.prototype.click;
    HTMLAnchorElement.prototype.click = function () {
      href = this.href;
    };
    try {
      [...el.shadowRoot!.querySelectorAll('button')].find((b) => b.textContent === 'Download my reflection')!.click();
    } finally {
      HTMLAnchorElement.prototype.click = click;
    }
    const md = await (await fetch(href)).text();
    expect(md).not.to.match(/<(img|iframe|script)/);
    expect(md).not.to.match(/(^|[^\\])\[[^\]]*\]\(/m);
    expect(md).to.contain('## Goals &lt;img src=x onerror=alert(1)>&lt;iframe src="https://evil.example">&lt;/iframe>');
    expect(md).to.contain('\\[click\\](javascript:alert(1)) &amp;amp; !\\[x\\](https://evil.example/t.png)');
    expect(md).to.contain('> mine &lt;script>alert(1)&lt;/script> \\[x\\](javascript:y)');
  });
});
