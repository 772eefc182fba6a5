/** Turning zod's issues into paths and sentences a lecturer understands. */
import type { PackIssue } from './types.js';
import { issuesEn, type IssueMessages } from './i18n/issues-en.js';

const issueCatalogs = new Map<string, IssueMessages>([['en', issuesEn]]);

/** Adds (or replaces) the checker's explanations in a language, e.g. `registerIssueMessages('cy', cy)`. */
export function registerIssueMessages(lang: string, messages: IssueMessages): void {
  issueCatalogs.set(lang.toLowerCase(), messages);
}

/** The explanations for a language tag (`cy-GB` -> `cy`), English where there are none. */
export function issueMessagesFor(lang = 'en'): IssueMessages {
  const tag = lang.toLowerCase();
  return issueCatalogs.get(tag) ?? issueCatalogs.get(tag.split('-')[0]!) ?? issuesEn;
}

type Path = readonly PropertyKey[];
interface ZodIssueLike {
  code: string;
  path: Path;
  expected?: unknown;
  origin?: string;
  minimum?: number | bigint;
  maximum?: number | bigint;
  keys?: string[];
  values?: unknown[];
  message?: string;
  format?: string;
}

/** `['tensions', 3, 'poles', 1, 'label']` -> `tensions[3].poles[1].label` */
export function formatPath(path: Path, prefix = ''): string {
  let out = prefix;
  for (const part of path) {
    if (typeof part === 'number') out += `[${part}]`;
    else if (/^[A-Za-z_$][\w$]*$/.test(String(part))) out += out ? `.${String(part)}` : String(part);
    else out += `[${JSON.stringify(String(part))}]`;
  }
  return out || '(pack)';
}

/** Describes a JSON value's kind in words: "a number", "empty text", "a list". */
export function describeValue(value: unknown, lang = 'en'): string {
  const k = issueMessagesFor(lang).kind;
  if (value === undefined) return k.missing;
  if (value === null) return k.null;
  if (Array.isArray(value)) return k.list;
  if (typeof value === 'string') return value === '' ? k.emptyText : k.text;
  if (typeof value === 'number') return Number.isInteger(value) ? k.wholeNumber : k.number;
  if (typeof value === 'boolean') return value ? k.true : k.false;
  if (typeof value === 'object') return k.object;
  return typeof value;
}

function valueAt(input: unknown, path: Path): unknown {
  let v: unknown = input;
  for (const part of path) {
    if (v === null || typeof v !== 'object') return undefined;
    v = (v as Record<PropertyKey, unknown>)[part];
  }
  return v;
}

/** Explains one of zod's issues in the given language (English unless a catalog is registered for it). */
export function explainIssue(issue: ZodIssueLike, input: unknown, lang = 'en'): PackIssue[] {
  const m = issueMessagesFor(lang);
  const quote = (v: unknown) => (typeof v === 'string' ? m.quoted(v) : String(v));
  const unit = (origin: string | undefined, n: number) => (origin === 'array' || origin === 'set' ? m.items(n) : m.characters(n));
  const path = formatPath(issue.path);
  const value = valueAt(input, issue.path);
  const is = describeValue(value, lang);
  const custom = issue.message && issue.message !== 'Invalid input' ? issue.message : undefined;
  switch (issue.code) {
    case 'invalid_type': {
      if (value === undefined) return [{ path, message: m.required }];
      const want = m.expected[String(issue.expected)] ?? String(issue.expected);
      return [{ path, message: m.wrongType(want, is) }];
    }
    case 'too_small': {
      if (custom) return [{ path, message: m.custom(custom) }];
      if (issue.origin === 'number') return [{ path, message: m.atLeast(String(issue.minimum)) }];
      return [{ path, message: m.tooShort(unit(issue.origin, Number(issue.minimum))) }];
    }
    case 'too_big': {
      if (issue.origin === 'number') return [{ path, message: m.atMost(String(issue.maximum)) }];
      return [{ path, message: m.tooLong(unit(issue.origin, Number(issue.maximum))) }];
    }
    case 'unrecognized_keys':
      return (issue.keys ?? []).map((key) => ({ path: formatPath([...issue.path, key]), message: m.unknownKey }));
    case 'invalid_value':
      return [{ path, message: m.oneOf((issue.values ?? []).map(quote), typeof value === 'string' || typeof value === 'number' ? quote(value) : is) }];
    case 'invalid_format':
      return [{ path, message: m.formatIs(custom ?? m.badFormat(String(issue.format)), quote(value)) }];
    case 'invalid_union':
      return [{ path, message: m.yearOrText(is === m.kind.text, is) }];
    case 'invalid_key':
      return [{ path, message: m.badKey }];
    default:
      return [{ path, message: custom ? m.custom(custom) : m.invalid }];
  }
}

/** One step of an issue's path: a field name, a list index, or (for the default pack's items) a collection and id. */
export type PathStep = string | number;

/**
 * Reads an issue's path back into steps: `cases[0].factors.trust` -> `['cases', 0, 'factors', 'trust']`, and
 * `(default pack) cases "lsp".comment` -> `['cases', {id: 'lsp'}, 'comment']` (as `['cases', '#lsp', 'comment']`).
 */
export function parsePath(path: string): PathStep[] {
  const steps: PathStep[] = [];
  let rest = path;
  const own = /^\(default pack\) ([\w.]+) "([^"]*)"/.exec(rest);
  if (own) {
    steps.push(...own[1]!.split('.'), `#${own[2]}`);
    rest = rest.slice(own[0].length);
  }
  for (const m of rest.matchAll(/\[(\d+)\]|\["((?:[^"\\]|\\.)*)"\]|\.?([^.[\]]+)/g)) {
    if (m[1] !== undefined) steps.push(Number(m[1]));
    else if (m[2] !== undefined) steps.push(JSON.parse(`"${m[2]}"`) as string);
    else if (m[3] !== undefined && m[3] !== '(pack)') steps.push(m[3]);
  }
  return steps;
}

type Item = Record<string, unknown>;
type Pack = Record<string, unknown> & { comparison?: Item };

const asList = (v: unknown): Item[] => (Array.isArray(v) ? (v as Item[]) : []);
const str = (v: unknown) => (typeof v === 'string' || typeof v === 'number' ? String(v) : '');
const clip = (s: string, n = 48) => (s.length > n ? `${s.slice(0, n - 1)}…` : s);

/** The field that names an item of each collection (the nouns are the catalog's). */
const LABELS: Record<string, (i: Item, m: IssueMessages) => string> = {
  cases: (i) => str(i.name),
  tensions: (i) => str(i.name),
  factors: (i) => str(i.name),
  forms: (i) => str(i.name),
  references: (i) => [str(i.authors), str(i.year)].filter(Boolean).join(' '),
  concepts: (i) => str(i.term),
  eras: (i) => str(i.name),
  responses: (i) => str(i.name),
  predictors: (i, m) => m.predictorLabel(str(i.form), str(i.factor)),
  evolution: (i, m) => m.changeLabel(str(i.from), str(i.to)),
  'comparison.rows': (i) => str(i.name),
  'comparison.statements': (i) => str(i.text),
  'comparison.logics': (i) => str(i.name),
};

const findIn = (list: Item[], step: PathStep | undefined): Item | undefined =>
  typeof step === 'number' ? list[step] : typeof step === 'string' && step.startsWith('#') ? list.find((i) => i.id === step.slice(1)) : undefined;

/**
 * Where an issue is, in the words a lecturer sees: `cases[0].factors.trust` of a pack whose first case is
 * "Leeds health partnership" -> `the case 'Leeds health partnership': trust level`. `input` is the lecturer's
 * pack and `pack` the merged one (for the names of the factors, rows and tensions a case's fields point to).
 */
export function placeOf(path: string, input: unknown, pack: unknown = input, lang = 'en'): string {
  const m = issueMessagesFor(lang);
  const F = (k: string) => m.fields[k] ?? k;
  const steps = parsePath(path);
  const mine = (input ?? {}) as Pack;
  const all = (pack ?? {}) as Pack;
  if (!steps.length) return m.thePack;
  let collection = String(steps[0]);
  let source: Item | undefined = mine;
  let at = 1;
  if (collection === 'comparison' && ['rows', 'statements', 'logics'].includes(String(steps[1]))) {
    collection = `comparison.${String(steps[1])}`;
    at = 2;
  }
  const label = LABELS[collection];
  const noun = m.nouns[collection];
  if (!label || !noun) {
    // A single value: the pack's title, a reading, the table's introduction.
    if (collection === 'readings') return m.reading(str(steps[1]), steps.length > 2 ? F(str(steps[2])) : '');
    if (collection === 'comparison') return m.tableField(F(str(steps[1])));
    return m.packField(F(collection));
  }
  const list = collection.startsWith('comparison.') ? asList((mine.comparison ?? {})[collection.slice(11)]) : asList(mine[collection]);
  const fromAll = collection.startsWith('comparison.') ? asList((all.comparison ?? {})[collection.slice(11)]) : asList(all[collection]);
  source = findIn(list, steps[at]) ?? findIn(fromAll, steps[at]);
  if (steps[at] === undefined) return m.theList(F(collection.replace('comparison.', '')));
  const name = source ? label(source, m) : '';
  const head = name ? m.named(noun, clip(name)) : m.numbered(noun, typeof steps[at] === 'number' ? String(Number(steps[at]) + 1) : str(steps[at]).replace('#', ''));
  const field = fieldWords(collection, steps.slice(at + 1), source ?? {}, all, m);
  return field ? m.place(head, field) : head;
}

const nameOf = (list: unknown, id: string, key = 'name') => str(asList(list).find((i) => i.id === id)?.[key]) || id;

/** The words for a field inside an item: `factors.trust` of a case -> `trust level`. */
function fieldWords(collection: string, steps: PathStep[], item: Item, pack: Pack, m: IssueMessages): string {
  const [a, b, c, d] = steps;
  if (a === undefined) return '';
  const F = (k: string) => m.fields[k] ?? k;
  const sources = (i: PathStep | undefined) => (i === 'cite' ? m.sources : '');
  if (collection === 'cases') {
    if (a === 'factors' && typeof b === 'string') return m.factorLevel(m.inSentence(nameOf(pack.factors, b)));
    if (a === 'comparison' && typeof b === 'string') return m.tablePosition(nameOf((pack.comparison ?? {}).rows, b));
    if (a === 'tensions' && typeof b === 'string') return m.tensionPosition(nameOf(pack.tensions, b));
    if (a === 'governance') {
      if (b === 'form') return m.quizForm;
      if (b === 'reasoning') return m.whyForm(sources(c));
      if (b === 'accepted' && typeof c === 'number') return m.alsoAccepted(c + 1, d === 'reasoning');
      return m.quizAnswer;
    }
    if (a === 'members' && typeof b === 'number') return m.member(b + 1);
  }
  if (collection === 'tensions' && a === 'poles' && typeof b === 'number') {
    const pole = asList(item.poles)[b];
    return m.pole(m.ordinal(b), pole?.label ? clip(str(pole.label)) : '', c ? `${F(str(c))}${sources(d)}` : '');
  }
  if (collection === 'tensions' && a === 'examples' && typeof b === 'string') return m.example(nameOf(pack.responses, b));
  if (collection === 'factors' && a === 'levels' && typeof b === 'number') {
    const level = asList(item.levels)[b];
    return m.level(b + 1, level?.label ? clip(str(level.label)) : '', c && c !== 'label' ? F(str(c)) : '');
  }
  const n = typeof b === 'number' ? b + 1 : undefined;
  const tail = steps.slice(typeof b === 'number' ? 2 : 1).find((s) => typeof s === 'string');
  return m.fieldNumber(F(str(a)), n, tail === 'cite' ? ` ${m.sourcesWord}` : tail && tail !== 'text' ? `: ${F(str(tail))}` : '');
}

/** Where a JSON text fails to parse: its line and column (from 1) and that line, from the parser's error. */
export interface JsonProblem {
  line: number;
  column: number;
  /** The line of the text where the parser stopped. */
  excerpt: string;
  /** What the parser said, without its position. */
  reason: string;
}

/**
 * Finds where a JSON text first goes wrong, and why, by reading it as JSON does (browsers' parsers do not all give
 * a position: Chromium's says only "Unexpected token", with a snippet). Returns null for valid JSON.
 */
export function jsonErrorAt(text: string, lang = 'en'): { at: number; reason: string } | null {
  const j = issueMessagesFor(lang).json;
  let i = 0;
  const ws = () => {
    while (i < text.length && ' \t\n\r'.includes(text[i]!)) i++;
  };
  const fail = (reason: string): never => {
    throw { at: i, reason };
  };
  const shown = () => (i >= text.length ? j.theEnd : j.char(text[i]!));
  const str = () => {
    i++;
    while (i < text.length && text[i] !== '"') {
      if (text[i] === '\\') {
        i++;
        if (text[i] === 'u') {
          if (!/^[0-9a-fA-F]{4}$/.test(text.slice(i + 1, i + 5))) fail(j.unicodeEscape);
          i += 4;
        } else if (!'"\\/bfnrt'.includes(text[i] ?? '')) fail(j.badEscape);
      } else if (text.charCodeAt(i) < 0x20) fail(j.controlChar);
      i++;
    }
    if (i >= text.length) fail(j.unclosed);
    i++;
  };
  const value = (): void => {
    ws();
    const ch = text[i];
    if (ch === '{') {
      i++;
      ws();
      if (text[i] === '}') return void i++;
      for (;;) {
        ws();
        if (text[i] !== '"') fail(j.fieldName(shown()));
        str();
        ws();
        if (text[i] !== ':') fail(j.colon(shown()));
        i++;
        value();
        ws();
        if (text[i] === ',') {
          i++;
          ws();
          if (text[i] === '}') fail(j.trailingComma('}'));
          continue;
        }
        if (text[i] === '}') return void i++;
        fail(j.commaOr('}', shown()));
      }
    }
    if (ch === '[') {
      i++;
      ws();
      if (text[i] === ']') return void i++;
      for (;;) {
        value();
        ws();
        if (text[i] === ',') {
          i++;
          ws();
          if (text[i] === ']') fail(j.trailingComma(']'));
          continue;
        }
        if (text[i] === ']') return void i++;
        fail(j.commaOr(']', shown()));
      }
    }
    if (ch === '"') return str();
    const m = /^-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?/.exec(text.slice(i)) ?? /^(true|false|null)/.exec(text.slice(i));
    if (m && m[0]) return void (i += m[0].length);
    fail(ch === "'" ? j.singleQuotes : j.value(shown()));
  };
  try {
    value();
    ws();
    if (i < text.length) fail(j.after(shown()));
    return null;
  } catch (e) {
    if (e && typeof e === 'object' && 'at' in e) return e as { at: number; reason: string };
    throw e;
  }
}

export function jsonProblem(text: string, error?: unknown, lang = 'en'): JsonProblem {
  const found = jsonErrorAt(text, lang);
  const at = found?.at ?? text.length;
  const before = text.slice(0, at).split('\n');
  const line = before.length;
  const column = before[before.length - 1]!.length + 1;
  const reason = found?.reason ?? String((error as Error)?.message ?? error ?? issueMessagesFor(lang).json.notJson);
  return { line, column, excerpt: (text.split('\n')[line - 1] ?? '').slice(0, 200), reason };
}

/** A JSON syntax error as a pack issue a lecturer can act on: line, column and that line. */
export function jsonIssue(text: string, error: unknown, path = '(pack)', lang = 'en'): PackIssue {
  const j = issueMessagesFor(lang).json;
  const p = jsonProblem(text, error, lang);
  return {
    path,
    where: j.where(p.line, p.column),
    message: j.notValid(p.reason, p.excerpt.trim() || j.empty),
    line: p.line,
    column: p.column,
    excerpt: p.excerpt,
  };
}
