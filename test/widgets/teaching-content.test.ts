// What a student reads: the corrected facts of the default pack (issue 13), the paper's argument where the student
// is (an opening framing, terms explained, the cases placed in their era) and a Sources section in every widget.
import { expect, fixture, fixtureCleanup, html } from '@open-wc/testing';
import '../../src/widgets/form-picker/index.js';
import '../../src/widgets/table-comparator/index.js';
import '../../src/widgets/tension-sliders/index.js';
import type { CgFormPicker } from '../../src/widgets/form-picker/form-picker.js';
import type { CgElement } from '../../src/core/base.js';
import { defaultPack } from '../../src/model/packs/en.js';
import { quizScore } from '../../src/model/form-quiz.js';
import { cleanSlate } from '../helpers/clean-slate.js';

const $ = <E extends Element = HTMLElement>(el: Element, sel: string) => el.shadowRoot!.querySelector<E>(sel)!;
const $$ = (el: Element, sel: string) => [...el.shadowRoot!.querySelectorAll<HTMLElement>(sel)];
const text = (e: Element | null | undefined) => (e?.textContent ?? '').replace(/\s+/g, ' ').trim();
const all = (el: Element) => text(el.shadowRoot as unknown as Element);
const item = (el: Element, caseId: string) => $(el, `input[name="q-${caseId}"]`).closest('li')!;
const answer = async (el: CgFormPicker, caseId: string, form: string) => {
  $<HTMLInputElement>(el, `input[name="q-${caseId}"][value="${form}"]`).click();
  await el.updateComplete;
  (item(el, caseId).querySelector('button.check') as HTMLButtonElement).click();
  await el.updateComplete;
  return text(el.shadowRoot!.querySelector(`.feedback[data-case="${caseId}"]`));
};

describe('the default content as a student reads it', () => {
  cleanSlate();
  afterEach(() => fixtureCleanup());

  it('quiz: the safeguarding boards by their statutory name and dates, cited, and what replaced them', async () => {
    const el = await fixture<CgFormPicker>(html`<cg-form-picker mode="quiz" state-key="q1"></cg-form-picker>`);
    const q = text(item(el, 'safeguarding-boards'));
    expect(q).to.contain('Local Safeguarding Children Boards (LSCBs)');
    expect(q).to.contain('Roots in the 1970s; statutory boards in England from 2006; replaced in 2019');
    expect(q).to.contain('The Children Act 2004 then required every council in England to have a Local Safeguarding Children Board, a duty in force from April 2006.');
    expect(q).to.contain('(Vangen, Potter & Jacklin-Jarvis 2017; Hansard HL 1975; Children Act 2004; LSCB Regulations 2006)');
    expect(q).to.contain('Era: Public Administration (1880–1980).');
    expect(q).not.to.contain('Ongoing.');
    const fb = await answer(el, 'safeguarding-boards', 'lead');
    expect(fb).to.contain('Correct.');
    expect(fb).to.contain('Since the paper: The Children and Social Work Act 2017 replaced the boards: by 2019');
    expect(fb).to.contain('(Children and Social Work Act 2017)');
  });

  it('quiz: Greater Manchester’s combined authority set up in 2011 under the 2009 Act, with a mayor since 2017', async () => {
    const el = await fixture<CgFormPicker>(html`<cg-form-picker mode="quiz" case="city-governance" state-key="q2"></cg-form-picker>`);
    const q = text(item(el, 'city-governance'));
    expect(q).to.contain('Greater Manchester Combined Authority (GMCA) from 2011');
    expect(q).to.contain('The paper dates a legal framework for pooling their resources and planning strategically to 2008');
    expect(q).to.contain('created on 1 April 2011, by an order made under the Local Democracy, Economic Development and Construction Act 2009');
    expect(q).to.contain('GMCA Order 2011');
    expect(q).to.contain('Era: New Public Governance (NPG) (from 2000).');
    const fb = await answer(el, 'city-governance', 'nao');
    expect(fb).to.contain('Since the paper: Since 2017 the combined authority has had a directly elected mayor');
    expect(fb).to.contain('(GMCA Mayor Order 2016)');
  });

  it('quiz: accepts the alternatives the sources partly support, and says which is the main answer', async () => {
    const el = await fixture<CgFormPicker>(html`<cg-form-picker mode="quiz" state-key="q3"></cg-form-picker>`);
    const place = await answer(el, 'place-based-care', 'lead');
    expect(place).to.contain('Accepted. The main answer is Participant-governed network (shared governance), and yours is defensible too.');
    expect(place).to.contain('“determined locally”');
    expect(text(item(el, 'place-based-care'))).to.contain('after the National Health Service (NHS) changes of 2013');
    expect(text(item(el, 'place-based-care'))).not.to.contain('From 2013');
    const trusts = await answer(el, 'childrens-trusts', 'nao');
    expect(trusts).to.contain('Accepted. The main answer is Lead organisation-governed network');
    expect(trusts).to.contain('moved the duty to plan children’s services away from the council to the trust board');
    const wrong = await answer(el, 'lsp', 'shared');
    expect(wrong).to.contain('Not quite');
    expect(el.result.score).to.deep.equal({ raw: 2, max: defaultPack.cases.filter((c) => c.governance).length });
    await expect(el).to.be.accessible();
  });

  it('quiz score: the main answer and each accepted alternative count; other forms do not', () => {
    const cases = defaultPack.cases.filter((c) => c.governance);
    for (const c of cases) {
      const right = [c.governance!.form, ...(c.governance!.accepted ?? []).map((a) => a.form)];
      for (const f of defaultPack.forms) expect([c.id, f.id, quizScore([c], { [c.id]: f.id }).raw]).to.deep.equal([c.id, f.id, right.includes(f.id) ? 1 : 0]);
    }
  });

  it('explore: place-based care is preset with no levels the paper does not give; the LSCB case says its predictors point elsewhere', async () => {
    const el = await fixture<CgFormPicker>(html`<cg-form-picker case="place-based-care" state-key="e1"></cg-form-picker>`);
    expect(el.result.factors).to.deep.equal({});
    expect(all(el)).to.contain('The content gives no factor levels for this case; set them yourself.');
    expect(all(el)).to.contain('Since the paper: Since the paper, local health and care partnerships have been given a legal footing');
    fixtureCleanup();
    const lscb = await fixture<CgFormPicker>(html`<cg-form-picker case="safeguarding-boards" state-key="e2"></cg-form-picker>`);
    expect(lscb.result.factors).to.deep.equal({ participants: 'many', consensus: 'moderately-high' });
    expect(lscb.result.best).to.equal('nao');
    expect(text($(lscb, 'details.explain'))).to.contain('their predictors say which form is likely to be effective, not which form a case has');
  });

  it('explore: shared governance’s weakness is inefficiency, not a claim that it is cheap to run', async () => {
    const el = await fixture<CgFormPicker>(html`<cg-form-picker state-key="e3"></cg-form-picker>`);
    $<HTMLInputElement>(el, 'input[name="view"][value="shared"]').click();
    await el.updateComplete;
    const details = text($(el, '.details'));
    expect(details).not.to.match(/cheap/i);
    expect(details).to.contain('It is inefficient: every decision takes time and effort from every member');
    expect(details).to.contain('It works only where trust is widely shared and members broadly agree on goals; without them, decisions stall. (Provan & Kenis 2008)');
  });

  it('tension sliders: the paper’s poles and wording, and notes where a slider is the project’s framing', async () => {
    const el = await fixture<CgElement>(html`<cg-tension-sliders state-key="t1"></cg-tension-sliders>`);
    const card = (id: string) => text($(el, `#s-${id}`).closest('li'));
    expect(card('leadership')).to.contain('Facilitative leadership ↔ Authoritative leadership');
    expect(card('power')).to.contain('Imbalances, whether real or only perceived, tend to affect how partners behave, for the worse.');
    expect(card('power')).not.to.contain('as much harm');
    expect(card('composition')).to.contain('The paper describes composition as in constant flux; it does not set stability against flux.');
    expect(card('accountability')).to.contain('Accountability is not one of the paradoxes the paper discusses: it is a row of its Table 2');
  });

  it('table comparator: the intro says what the paper argues, and the accountability cell keeps its direction', async () => {
    const el = await fixture<CgElement>(html`<cg-table-comparator state-key="c1"></cg-table-comparator>`);
    expect(all(el)).not.to.contain('Real collaborations often mix the two');
    expect(all(el)).to.contain('The paper argues that this distinction explains part of the complexity public managers face.');
    const row = text($(el, 'tr[data-row="accountability"]'));
    expect(row).to.contain('Government must answer for what is done, in particular for how public resources are used.');
    expect(row).not.to.contain('assets');
  });

  it('table comparator, case mode: the case placed in its era, with its sources and what happened since', async () => {
    const el = await fixture<CgElement>(html`<cg-table-comparator mode="case" case="safeguarding-boards" state-key="c2"></cg-table-comparator>`);
    expect(all(el)).to.contain('Era: Public Administration (1880–1980).');
    expect(all(el)).to.contain('Since the paper: The Children and Social Work Act 2017 replaced the boards');
    expect(all(el)).to.contain('(Vangen, Potter & Jacklin-Jarvis 2017; Hansard HL 1975; Children Act 2004; LSCB Regulations 2006)');
    await expect(el).to.be.accessible();
  });
});

describe('every widget frames the paper’s argument and lists its sources', () => {
  cleanSlate();
  afterEach(() => fixtureCleanup());

  const widgets: [string, string[], string[]][] = [
    [
      'cg-form-picker',
      ['Governing without hierarchy', 'Network Administrative Organisation (NAO)'],
      ['https://doi.org/10.1093/jopart/mum015', 'https://doi.org/10.1080/14719037.2014.903658', 'https://www.legislation.gov.uk/uksi/2011/908'],
    ],
    [
      'cg-table-comparator',
      ['Governance through or of a collaboration', 'New Public Governance (NPG)', 'What the paper asks of policy makers'],
      ['https://doi.org/10.1080/14719037.2014.903658', 'https://doi.org/10.1080/14719030600853022'],
    ],
    [
      'cg-tension-sliders',
      // The definition of paradox opens the framing (it was a paragraph of its own under the intro).
      ['Paradox and managing tensions', 'Collaborative advantage', 'Collaborative inertia', 'What the paper asks of policy makers'],
      ['https://doi.org/10.1111/puar.12683', 'https://doi.org/10.5465/amr.2009.0223', 'https://doi.org/10.1177/0021886303039001001'],
    ],
  ];
  for (const [tag, terms, links] of widgets) {
    it(`${tag}: a collapsed framing of key ideas, and a Sources section with each full reference and its link`, async () => {
      const el = document.createElement(tag) as CgElement;
      el.setAttribute('state-key', `frame-${tag}`);
      await fixture(el);
      const framing = $<HTMLDetailsElement>(el, 'details.ideas');
      expect(framing.open).to.equal(false);
      expect(text(framing.querySelector('summary'))).to.equal('Why this matters');
      expect($$(el, 'details.ideas dt').map(text)).to.deep.equal(terms);
      const src = $<HTMLDetailsElement>(el, 'details.sources');
      expect(text(src.querySelector('summary'))).to.match(/^Sources \(\d+\)$/);
      const hrefs = [...src.querySelectorAll('a')].map((a) => a.getAttribute('href'));
      for (const l of links) expect(hrefs, l).to.include(l);
      // Every citation the widget shows has its full reference in Sources.
      const listed = text(src);
      const shown = new Set([...el.shadowRoot!.querySelectorAll('.cite')].flatMap((c) => text(c).replace(/^\(|\)$/g, '').split('; ')));
      for (const label of shown) {
        const ref = defaultPack.references.find((r) => (r.label ?? '') === label || label.endsWith(String(r.year)) && label.startsWith(r.authors.split(',')[0]));
        expect(ref, `a reference for "${label}"`).to.not.equal(undefined);
        expect(listed, label).to.contain(ref!.title);
      }
      await expect(el).to.be.accessible();
    });
  }
});
