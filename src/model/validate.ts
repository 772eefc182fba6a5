/**
 * `checkPack(input, base)`: check a lecturer's content pack (whole or partial), merge it over `base` (normally the default pack),
 * and check every id that one item uses to point at another. Returns the typed pack or a list of issues,
 * each with a JSON path into the lecturer's input and a plain-language message.
 */
import { packSchemas } from './schema.js';
import { DEFAULT_ORIGIN, mergePack, type Origins } from './merge.js';
import { explainIssue, issueMessagesFor, placeOf } from './issues.js';
import type { ContentPack, PackIssue, PackResult, PartialContentPack } from './types.js';
import { balanceAll } from './bidi.js';
import { translatePack } from './translations.js';
import type { RefKind } from './i18n/issues-en.js';

/**
 * Checks a pack and merges it over `base`. It imports no pack, so the lazily loaded checker carries none. `lang`: the
 * language shown (`base` is that language's default pack): the pack's `translations` for it are laid over its own
 * texts first, and each text they lack is an issue (translations.ts).
 */
export function checkPack(input: unknown, base: ContentPack, lang?: string, explainIn?: string): PackResult {
  // The language of the explanations: the one shown, unless the caller (the studio) speaks another.
  const say = explainIn ?? lang ?? base.lang;
  if (input === null || typeof input !== 'object' || Array.isArray(input)) {
    return { ok: false, issues: [{ path: '(pack)', message: issueMessagesFor(say).refs.notObject(kind(input, say)) }] };
  }
  const { packSchema, partialPackSchema } = packSchemas();
  // Each issue also says where it is in the words a lecturer sees (the case's name, the factor's name).
  const placed = (issues: PackIssue[], merged: unknown = input): PackResult => ({
    ok: false,
    issues: issues.map((i) => ({ ...i, where: i.where ?? placeOf(i.path, input, merged, say) })),
  });
  const parsed = partialPackSchema.safeParse(input);
  if (!parsed.success) return placed(parsed.error.issues.flatMap((issue) => explainIssue(issue, input, say)));
  const shown = translatePack(parsed.data as Record<string, unknown>, lang ?? base.lang, say);
  if (shown.issues.length) return placed(shown.issues);
  const origins: Origins = new WeakMap();
  const pack = mergePack(base, shown.input as PartialContentPack, origins);
  const whole = packSchema.safeParse(pack);
  if (!whole.success) return placed(whole.error.issues.flatMap((issue) => explainIssue(issue, pack, say)), pack);
  const issues = checkReferences(pack, origins, say);
  // Bidi controls in the lecturer's text stay inside that text (bidi.ts).
  return issues.length ? placed(issues, pack) : { ok: true, pack: balanceAll(pack) };
}

const kind = (v: unknown, lang: string) => {
  const k = issueMessagesFor(lang).kind;
  if (v === null) return k.null;
  if (Array.isArray(v)) return k.list;
  if (typeof v === 'string') return k.text;
  if (typeof v === 'number') return k.number;
  if (typeof v === 'boolean') return v ? k.true : k.false;
  return `a ${typeof v}`;
};

/** Every cross-reference in a merged pack: cited references, forms, factors, levels, rows, logics, eras, tensions. */
export function checkReferences(pack: ContentPack, origins: Origins = new WeakMap(), lang = 'en'): PackIssue[] {
  const issues: PackIssue[] = [];
  const m = issueMessagesFor(lang).refs;
  const where = (item: object, fallback: string) => origins.get(item) ?? fallback;
  const add = (path: string, message: string) => issues.push({ path, message });

  const ids = <T extends { id: string }>(items: readonly T[], path: string) => {
    const seen = new Map<string, number>();
    items.forEach((item, i) => {
      if (seen.has(item.id)) add(`${where(item, `${path}[${i}]`)}.id`, m.repeatsId(item.id, path));
      seen.set(item.id, i);
    });
    return new Set(seen.keys());
  };
  const refs = ids(pack.references, 'references');
  const forms = ids(pack.forms, 'forms');
  const factors = ids(pack.factors, 'factors');
  const tensions = ids(pack.tensions, 'tensions');
  const eras = ids(pack.eras, 'eras');
  const responses = ids(pack.responses, 'responses');
  ids(pack.cases, 'cases');
  ids(pack.concepts, 'concepts');
  const rows = ids(pack.comparison.rows, 'comparison.rows');
  ids(pack.comparison.statements, 'comparison.statements');
  const logics = ids(pack.comparison.logics, 'comparison.logics');

  const oneOf = (set: Set<string>) => m.list([...set].map((s) => `"${s}"`)) || m.noneYet;
  /** `kind`: the kind of item the id must name. */
  const need = (set: Set<string>, id: string, path: string, kind: RefKind) => {
    if (!set.has(id)) add(path, m.notInPack(kind, id, oneOf(set)));
  };
  const factorName = (id: string) => pack.factors.find((f) => f.id === id)?.name ?? id;
  // A factor's levels are offered with the words students see: "low" (Low).
  const levelLabels = new Map(pack.factors.flatMap((f) => f.levels.map((l) => [`${f.id}/${l.id}`, l.label] as const)));
  /** `id` must be one of `set`, the levels of `factor`. */
  const needLevel = (set: Set<string>, id: string, path: string, factor: string) => {
    if (set.has(id)) return;
    const choices = m.list([...set].map((l) => m.levelChoice(l, levelLabels.get(`${factor}/${l}`) ?? l)));
    add(path, m.notLevel(id, factorName(factor), choices));
  };
  const cites = (cite: readonly string[], path: string) =>
    cite.forEach((id, i) => need(refs, id, `${path}.cite[${i}]`, 'reference'));

  pack.concepts.forEach((c, i) => cites(c.definition.cite, `${where(c, `concepts[${i}]`)}.definition`));
  pack.forms.forEach((f, i) => {
    const p = where(f, `forms[${i}]`);
    cites(f.description.cite, `${p}.description`);
    f.strengths.forEach((t, j) => cites(t.cite, `${p}.strengths[${j}]`));
    f.weaknesses.forEach((t, j) => cites(t.cite, `${p}.weaknesses[${j}]`));
  });
  const levelsOf = new Map(pack.factors.map((f) => [f.id, new Set(f.levels.map((l) => l.id))]));
  pack.factors.forEach((f, i) => {
    const p = where(f, `factors[${i}]`);
    cites(f.explanation.cite, `${p}.explanation`);
    const seen = new Set<string>();
    f.levels.forEach((l, j) => {
      if (seen.has(l.id)) add(`${p}.levels[${j}].id`, m.repeatsLevel(l.id));
      seen.add(l.id);
    });
  });
  const cells = new Set<string>();
  pack.predictors.forEach((pr, i) => {
    const p = where(pr, `predictors[${i}]`);
    need(forms, pr.form, `${p}.form`, 'form');
    need(factors, pr.factor, `${p}.factor`, 'factor');
    const levels = levelsOf.get(pr.factor);
    if (levels) needLevel(levels, pr.level, `${p}.level`, pr.factor);
    pr.levels?.forEach((l, j) => levels && needLevel(levels, l, `${p}.levels[${j}]`, pr.factor));
    if (pr.levels && !pr.levels.includes(pr.level)) add(`${p}.levels`, m.ownLevel(pr.level));
    pr.cite.forEach((id, j) => need(refs, id, `${p}.cite[${j}]`, 'reference'));
    const key = `${pr.form}/${pr.factor}`;
    if (cells.has(key)) add(p, m.secondLevel(pr.form, pr.factor));
    cells.add(key);
  });
  for (const form of forms)
    for (const factor of factors)
      if (!cells.has(`${form}/${factor}`))
        add('predictors', m.noCell(form, factor));
  pack.evolution.forEach((e, i) => {
    const p = where(e, `evolution[${i}]`);
    need(forms, e.from, `${p}.from`, 'form');
    need(forms, e.to, `${p}.to`, 'form');
    cites(e.text.cite, `${p}.text`);
  });
  pack.responses.forEach((r, i) => {
    const p = where(r, `responses[${i}]`);
    for (const k of ['summary', 'gives', 'costs'] as const) cites(r[k].cite, `${p}.${k}`);
  });
  pack.tensions.forEach((t, i) => {
    const p = where(t, `tensions[${i}]`);
    cites(t.summary.cite, `${p}.summary`);
    if (t.note) cites(t.note.cite, `${p}.note`);
    for (const [r, ex] of Object.entries(t.examples ?? {})) {
      // A default tension's examples may name a response a lecturer replaced; the widget skips those.
      if (!p.startsWith(DEFAULT_ORIGIN)) need(responses, r, `${p}.examples.${r}`, 'response');
      cites(ex.cite, `${p}.examples.${r}`);
    }
    if (t.poles[0].id === t.poles[1].id) add(`${p}.poles[1].id`, m.samePoles);
    t.poles.forEach((pole, j) => {
      cites(pole.protects.cite, `${p}.poles[${j}].protects`);
      cites(pole.risk.cite, `${p}.poles[${j}].risk`);
    });
    const poles = new Set(t.poles.map((pole) => pole.id));
    t.leanings?.forEach((l, j) => {
      need(forms, l.form, `${p}.leanings[${j}].form`, 'form');
      if (l.pole !== undefined && !poles.has(l.pole)) add(`${p}.leanings[${j}].pole`, m.notPole(l.pole, oneOf(poles)));
      cites(l.text.cite, `${p}.leanings[${j}].text`);
    });
  });
  (Object.keys(pack.readings) as (keyof typeof pack.readings)[]).forEach((k) => cites(pack.readings[k].cite, `readings.${k}`));
  const c = pack.comparison;
  cites(c.intro.cite, 'comparison.intro');
  c.logics.forEach((l, i) => cites(l.summary.cite, `comparison.logics[${i}].summary`));
  c.rows.forEach((r, i) => {
    const p = where(r, `comparison.rows[${i}]`);
    r.cells.forEach((cell, j) => {
      need(logics, cell.logic, `${p}.cells[${j}].logic`, 'logic');
      cell.cite.forEach((id, k) => need(refs, id, `${p}.cells[${j}].cite[${k}]`, 'reference'));
    });
    for (const logic of logics) {
      const n = r.cells.filter((cell) => cell.logic === logic).length;
      if (n !== 1) add(`${p}.cells`, m.cellCount(logic, n));
    }
  });
  c.statements.forEach((s, i) => {
    const p = where(s, `comparison.statements[${i}]`);
    need(logics, s.logic, `${p}.logic`, 'logic');
    need(rows, s.row, `${p}.row`, 'row');
    cites(s.explanation.cite, `${p}.explanation`);
  });
  pack.eras.forEach((e, i) => cites(e.summary.cite, `${where(e, `eras[${i}]`)}.summary`));
  pack.cases.forEach((k, i) => {
    const p = where(k, `cases[${i}]`);
    // A default case's presets may name rows, tensions or factors a lecturer replaced; widgets skip those.
    const own = !p.startsWith(DEFAULT_ORIGIN);
    need(eras, k.era, `${p}.era`, 'era');
    cites(k.comment.cite, `${p}.comment`);
    if (k.cite) cites(k.cite, p);
    if (k.since) cites(k.since.cite, `${p}.since`);
    for (const [factor, level] of Object.entries(own ? (k.factors ?? {}) : {})) {
      need(factors, factor, `${p}.factors.${factor}`, 'factor');
      const levels = levelsOf.get(factor);
      if (levels) needLevel(levels, level, `${p}.factors.${factor}`, factor);
    }
    if (k.governance && (own || forms.has(k.governance.form))) {
      need(forms, k.governance.form, `${p}.governance.form`, 'form');
      cites(k.governance.reasoning.cite, `${p}.governance.reasoning`);
      const seen = new Set([k.governance.form]);
      k.governance.accepted?.forEach((a, j) => {
        const q = `${p}.governance.accepted[${j}]`;
        if (own || forms.has(a.form)) need(forms, a.form, `${q}.form`, 'form');
        if (seen.has(a.form)) add(`${q}.form`, m.repeatsForm(a.form));
        seen.add(a.form);
        cites(a.reasoning.cite, `${q}.reasoning`);
      });
    }
    if (!own) return;
    for (const row of Object.keys(k.comparison ?? {})) need(rows, row, `${p}.comparison.${row}`, 'row');
    for (const t of Object.keys(k.tensions ?? {})) need(tensions, t, `${p}.tensions.${t}`, 'tension');
  });
  return issues;
}
