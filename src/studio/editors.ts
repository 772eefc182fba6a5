/**
 * The form of each kind of item: every field the widgets use. Cases carry what each widget needs of them: the
 * factor levels (form picker), the form the quiz expects and why, and the accepted alternatives (quiz), positions
 * on each row of the table (table comparator, case mode) and on each tension (tension sliders).
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { Collection } from './content.js';
import { area, cited, citedList, int, lines, positions, select, sources, text, valueAt, type Ctx } from './fields.js';
import { s } from './strings.js';

type Opts = { isDefault: boolean };
const idField = (ctx: Ctx, o: Opts) => text(ctx, ['id'], s.id, { hint: o.isDefault ? s.idDefault : s.idHint, readonly: o.isDefault });

function caseForm(ctx: Ctx, o: Opts): TemplateResult {
  const p = ctx.merged;
  const forms = p.forms.map((f) => [f.id, f.name] as [string, string]);
  const gov = valueAt(ctx, ['governance']) as { accepted?: unknown[] } | undefined;
  const accepted = gov?.accepted ?? [];
  const [la, lb] = p.comparison.logics;
  return html`
    <fieldset class="group"><legend>${s.caseFacts}</legend>
      ${text(ctx, ['name'], s.caseName)} ${idField(ctx, o)}
      ${select(ctx, ['kind'], s.caseKind, [['initiative', s.kindInitiative], ['table1', s.kindTable1]])}
      ${select(ctx, ['era'], s.caseEra, p.eras.map((e) => [e.id, e.name]))}
      ${text(ctx, ['dates'], s.caseDates, { hint: s.caseDatesHint })}
      <div class="row">${int(ctx, ['start'], s.caseStart)} ${int(ctx, ['end'], s.caseEnd, { optional: true })}</div>
      ${area(ctx, ['origins'], s.caseOrigins)} ${area(ctx, ['drivers'], s.caseDrivers, { optional: true })}
      ${lines(ctx, ['members'], s.caseMembers)} ${text(ctx, ['lead'], s.caseLead)}
      ${area(ctx, ['status'], s.caseStatus)}
      ${sources(ctx, ['cite'], s.caseSources, { optional: true })}
      ${cited(ctx, ['comment'], s.caseComment, { hint: s.caseCommentHint })}
      ${cited(ctx, ['since'], s.caseSince, { optional: true })}
    </fieldset>
    <fieldset class="group"><legend>${s.forFormPicker}</legend>
      <p class="hint">${s.factorsHint}</p>
      ${p.factors.map((f) => select(ctx, ['factors', f.id], s.levelOf(f.name), f.levels.map((l) => [l.id, l.label]), { empty: s.notSet }))}
    </fieldset>
    <fieldset class="group"><legend>${s.forQuiz}</legend>
      ${gov === undefined
        ? html`<p class="hint">${s.noQuiz}</p>
            <button type="button" @click=${() => ctx.update(['governance'], { form: p.forms[0]!.id, reasoning: { text: '', cite: [] } })}>${s.addQuiz}</button>`
        : html`${select(ctx, ['governance', 'form'], s.quizForm, forms)}
            ${cited(ctx, ['governance', 'reasoning'], s.quizWhy)}
            ${accepted.map(
              (_, i) => html`<fieldset class="field"><legend>${s.alsoAccepted(i + 1)}</legend>
                ${select(ctx, ['governance', 'accepted', i, 'form'], s.quizForm, forms)}
                ${cited(ctx, ['governance', 'accepted', i, 'reasoning'], s.acceptedWhy)}
                <button type="button" class="small" @click=${() => ctx.update(['governance', 'accepted'], accepted.length > 1 ? accepted.filter((_, j) => j !== i) : undefined)}>${s.removeAccepted(i + 1)}</button>
              </fieldset>`,
            )}
            <button type="button" @click=${() => ctx.update(['governance', 'accepted'], [...accepted, { form: p.forms[0]!.id, reasoning: { text: '', cite: [] } }])}>${s.addAccepted}</button>
            <button type="button" class="small" @click=${() => ctx.update(['governance'], undefined)}>${s.removeQuiz}</button>`}
    </fieldset>
    <fieldset class="group"><legend>${s.forTable}</legend>
      <p class="hint">${s.tableHint}</p>
      ${p.comparison.rows.map((r) => select(ctx, ['comparison', r.id], s.positionOn(r.name), positions(la.name, lb.name), { empty: s.notSet }))}
    </fieldset>
    <fieldset class="group"><legend>${s.forSliders}</legend>
      <p class="hint">${s.slidersHint}</p>
      ${p.tensions.map((t) => select(ctx, ['tensions', t.id], s.positionOn(t.name), positions(t.poles[0].label, t.poles[1].label), { empty: s.notSet }))}
    </fieldset>`;
}

function tensionForm(ctx: Ctx, o: Opts): TemplateResult {
  return html`${text(ctx, ['name'], s.tensionName)} ${idField(ctx, o)}
    ${select(ctx, ['group'], s.tensionGroup, [['paper', s.groupPaper], ['provan-kenis', s.groupPK]])}
    ${cited(ctx, ['summary'], s.summary)} ${cited(ctx, ['note'], s.tensionNote, { optional: true })}
    ${[0, 1].map(
      (i) => html`<fieldset class="group"><legend>${s.pole(i)}</legend>
        ${text(ctx, ['poles', i, 'label'], s.poleLabel)} ${text(ctx, ['poles', i, 'id'], s.id, { hint: s.idHint })}
        ${cited(ctx, ['poles', i, 'protects'], s.protects)} ${cited(ctx, ['poles', i, 'risk'], s.risk)}
      </fieldset>`,
    )}`;
}

function statementForm(ctx: Ctx, o: Opts): TemplateResult {
  const c = ctx.merged.comparison;
  return html`${area(ctx, ['text'], s.statementText)} ${idField(ctx, o)}
    ${select(ctx, ['logic'], s.statementLogic, c.logics.map((l) => [l.id, l.name]))}
    ${select(ctx, ['row'], s.statementRow, c.rows.map((r) => [r.id, r.name]))}
    ${cited(ctx, ['explanation'], s.statementWhy)}`;
}

function factorForm(ctx: Ctx, o: Opts): TemplateResult {
  const levels = (valueAt(ctx, ['levels']) as unknown[] | undefined) ?? [];
  return html`${text(ctx, ['name'], s.factorName)} ${o.isDefault ? nothing : idField(ctx, o)}
    ${text(ctx, ['question'], s.factorQuestion)}
    <fieldset class="group"><legend>${s.levels}</legend>
      <p class="hint">${s.levelsHint}</p>
      ${levels.map((_, i) => text(ctx, ['levels', i, 'label'], s.levelN(i + 1, String(valueAt(ctx, ['levels', i, 'id'])))))}
    </fieldset>
    ${cited(ctx, ['explanation'], s.explanation)}`;
}

function formForm(ctx: Ctx, o: Opts): TemplateResult {
  return html`${text(ctx, ['name'], s.formName)} ${o.isDefault ? nothing : idField(ctx, o)} ${text(ctx, ['short'], s.formShort)}
    ${cited(ctx, ['description'], s.description)}
    ${citedList(ctx, ['strengths'], s.strengths, s.strengthN)} ${citedList(ctx, ['weaknesses'], s.weaknesses, s.weaknessN)}`;
}

function conceptForm(ctx: Ctx, o: Opts): TemplateResult {
  return html`${text(ctx, ['term'], s.term)} ${idField(ctx, o)} ${cited(ctx, ['definition'], s.definition)}`;
}

function referenceForm(ctx: Ctx, o: Opts): TemplateResult {
  return html`${text(ctx, ['authors'], s.authors, { hint: s.authorsHint })} ${idField(ctx, o)}
    ${int(ctx, ['year'], s.year)} ${text(ctx, ['title'], s.refTitle)} ${text(ctx, ['venue'], s.venue, { optional: true })}
    ${text(ctx, ['url'], s.url, { optional: true, hint: s.urlHint })} ${text(ctx, ['label'], s.refLabel, { optional: true, hint: s.refLabelHint })}`;
}

function eraForm(ctx: Ctx, o: Opts): TemplateResult {
  return html`${text(ctx, ['name'], s.eraName)} ${idField(ctx, o)}
    <div class="row">${int(ctx, ['from'], s.eraFrom)} ${int(ctx, ['to'], s.eraTo, { optional: true })}</div>
    ${cited(ctx, ['summary'], s.summary)}`;
}

function responseForm(ctx: Ctx, o: Opts): TemplateResult {
  return html`${text(ctx, ['name'], s.responseName)} ${idField(ctx, o)}
    ${cited(ctx, ['summary'], s.summary)} ${cited(ctx, ['gives'], s.gives)} ${cited(ctx, ['costs'], s.costs)}`;
}

export const EDITORS: Record<Collection, (ctx: Ctx, o: Opts) => TemplateResult> = {
  cases: caseForm,
  tensions: tensionForm,
  statements: statementForm,
  factors: factorForm,
  forms: formForm,
  concepts: conceptForm,
  references: referenceForm,
  eras: eraForm,
  responses: responseForm,
};

const cite = () => ({ text: '', cite: [] as string[] });

/** A new item of a collection, with the fields it must have (empty where the lecturer must write). */
export function blank(col: Collection, id: string, ctx: { era: string; logic: string; row: string }): Record<string, unknown> & { id: string } {
  switch (col) {
    case 'cases':
      return { id, name: '', kind: 'initiative', era: ctx.era, dates: '', start: new Date().getFullYear(), origins: '', members: [], lead: '', status: '', comment: cite() };
    case 'tensions':
      return { id, name: '', group: 'paper', summary: cite(), poles: [0, 1].map((i) => ({ id: `${id}-${i ? 'b' : 'a'}`, label: '', protects: cite(), risk: cite() })) };
    case 'statements':
      return { id, text: '', logic: ctx.logic, row: ctx.row, explanation: cite() };
    case 'concepts':
      return { id, term: '', definition: cite() };
    case 'references':
      return { id, authors: '', year: new Date().getFullYear(), title: '' };
    case 'eras':
      return { id, name: '', from: new Date().getFullYear(), summary: cite() };
    case 'responses':
      return { id, name: '', summary: cite(), gives: cite(), costs: cite() };
    default:
      return { id };
  }
}

/** The collections a lecturer may add to (new factors and forms would need the predictor table: not offered). */
export const ADDABLE: Collection[] = ['cases', 'tensions', 'statements', 'concepts', 'references', 'eras', 'responses'];

/** What names an item in a list. */
export const nameOf = (col: Collection, item: Record<string, unknown>): string =>
  String((col === 'statements' ? item.text : col === 'concepts' ? item.term : col === 'references' ? `${item.authors ?? ''} ${item.year ?? ''}` : item.name) ?? '').trim() || s.untitled;
