/**
 * The English sentences of the pack checker's explanations of schema problems (model/issues.ts), as a catalog
 * of the same pattern as the chrome's (src/core/i18n): other languages register one of the same shape with
 * `registerIssueMessages`. Each message follows the issue's path ("cases[0].name is required but missing.").
 */
import { languageName, plural } from '../../core/i18n/format.js';

/** What an id in a pack points to. */
export type RefKind = 'reference' | 'form' | 'factor' | 'response' | 'logic' | 'row' | 'era' | 'tension';

/** A language's name in the language `inLang` with its tag: ("Welsh (cy)", 「ウェールズ語（cy）」). */
export function languageIn(inLang: string, lang: string): string {
  const name = languageName(lang, inLang);
  if (name === lang) return lang;
  return inLang === 'ja' ? `${name}（${lang}）` : `${name} (${lang})`;
}

export const issuesEn = {
  /** A JSON value's kind in words. */
  kind: {
    missing: 'missing',
    null: 'null',
    list: 'a list',
    emptyText: 'empty text',
    text: 'text',
    wholeNumber: 'a whole number',
    number: 'a number',
    true: 'true',
    false: 'false',
    object: 'an object',
  },
  /** What a field should be, by zod's expected type. */
  expected: {
    string: 'text',
    number: 'a number',
    int: 'a whole number',
    boolean: 'true or false',
    array: 'a list [ ... ]',
    object: 'an object { ... }',
    tuple: 'a list [ ... ]',
    record: 'an object { ... }',
  } as Record<string, string>,
  items: (n: number) => plural('en', n, { one: '{n} item', other: '{n} items' }),
  characters: (n: number) => plural('en', n, { one: '{n} character', other: '{n} characters' }),
  quoted: (v: string) => `"${v}"`,
  custom: (message: string) => `${message}.`,
  required: 'is required but missing.',
  wrongType: (want: string, is: string) => `should be ${want}, but is ${is}.`,
  atLeast: (min: string) => `must be at least ${min}.`,
  tooShort: (amount: string) => `is too short: needs at least ${amount}.`,
  atMost: (max: string) => `must be at most ${max}.`,
  tooLong: (amount: string) => `is too long: at most ${amount}.`,
  unknownKey: 'is not a field the pack knows. Check its spelling, or remove it.',
  oneOf: (values: string[], is: string) => `must be one of ${values.join(', ')}, but is ${is}.`,
  badFormat: (format: string) => `is not in the expected format (${format})`,
  formatIs: (problem: string, value: string) => `${problem}; it is ${value}.`,
  yearOrText: (isText: boolean, is: string) => `should be ${isText ? 'a year or short text' : 'a year (number) or text'}, but is ${is}.`,
  badKey: 'has a key that is not a valid id (lowercase letters, digits and hyphens).',
  invalid: 'is not valid here.',
  // Where an issue is, in a lecturer's words (placeOf): "the case 'Leeds health partnership': trust level".
  thePack: 'the pack',
  /** The collections, as a lecturer calls their items. */
  nouns: {
    cases: 'the case',
    tensions: 'the tension',
    factors: 'the factor',
    forms: 'the governance form',
    references: 'the reference',
    concepts: 'the concept',
    eras: 'the era',
    responses: 'the response',
    predictors: 'the predictor',
    evolution: 'the change of form',
    'comparison.rows': 'the table row',
    'comparison.statements': 'the sort statement',
    'comparison.logics': 'the logic',
  } as Record<string, string>,
  predictorLabel: (form: string, factor: string) => `${form} on ${factor}`,
  changeLabel: (from: string, to: string) => `${from} to ${to}`,
  /** An item by its name, or by its number or id when it has no name. */
  named: (noun: string, label: string) => `${noun} '${label}'`,
  numbered: (noun: string, n: string) => `${noun} ${n}`,
  place: (head: string, field: string) => `${head}: ${field}`,
  reading: (name: string, field: string) => `the reading “${name}”${field ? `: ${field}` : ''}`,
  tableField: (field: string) => `the table's ${field}`,
  packField: (field: string) => `the pack's ${field}`,
  theList: (field: string) => `the ${field}`,
  /** Field names in a lecturer's words. */
  fields: {
    name: 'name', id: 'id', kind: 'kind', era: 'era', dates: 'dates', start: 'start year', end: 'end year',
    origins: 'origins', drivers: 'drivers', members: 'members', lead: 'lead', status: 'status', cite: 'sources',
    since: 'since the paper', comment: 'comment', governance: 'quiz answer', reasoning: 'why',
    accepted: 'also accepted', summary: 'summary', note: 'note', poles: 'poles', protects: 'what it protects',
    risk: 'what it risks', leanings: 'leanings', examples: 'examples', levels: 'levels', label: 'wording',
    question: 'question', explanation: 'explanation', description: 'description', strengths: 'strengths',
    weaknesses: 'weaknesses', text: 'text', logic: 'logic', row: 'row', term: 'term', definition: 'definition',
    authors: 'authors', year: 'year', title: 'title', venue: 'venue', url: 'web address', short: 'short name',
    gives: 'what it gives', costs: 'what it costs', atPole: 'at a pole', group: 'group', from: 'from', to: 'to',
    likelihood: 'likelihood', form: 'form', factor: 'factor', level: 'level', intro: 'introduction', cells: 'cells',
    lang: 'language', schemaVersion: 'format version', replace: 'replace', readings: 'readings', comparison: 'table',
  } as Record<string, string>,
  sources: ' (sources)',
  sourcesWord: '(sources)',
  /** A factor's name as it reads inside a sentence (English lowers a capital that starts a word). */
  inSentence: (name: string) => (/^[A-Z][a-z]/.test(name) ? name[0]!.toLowerCase() + name.slice(1) : name),
  factorLevel: (factor: string) => `${factor} level`,
  tablePosition: (row: string) => `table position on '${row}'`,
  tensionPosition: (tension: string) => `reference position on '${tension}'`,
  quizForm: 'the form the quiz expects',
  whyForm: (sources: string) => `why that form${sources}`,
  alsoAccepted: (n: number, why: boolean) => `also-accepted form ${n}${why ? ': why' : ''}`,
  quizAnswer: 'quiz answer',
  member: (n: number) => `member ${n}`,
  ordinal: (i: number) => ['first', 'second', 'third', 'fourth', 'fifth'][i] ?? `number ${i + 1}`,
  pole: (ordinal: string, label: string, field: string) => `${ordinal} pole${label ? ` '${label}'` : ''}${field ? `: ${field}` : ''}`,
  example: (response: string) => `example for the response '${response}'`,
  level: (n: number, label: string, field: string) => `level ${n}${label ? ` '${label}'` : ''}${field ? `: ${field}` : ''}`,
  fieldNumber: (field: string, n: number | undefined, tail: string) => `${field}${n === undefined ? '' : ` ${n}`}${tail}`,
  /** Where and why a pack's JSON text does not parse. */
  /**
   * Cross-references in a merged pack and a pack's translations (model/validate.ts, model/translations.ts). Ids are
   * JSON values, so they stay in double quotes in every language; `kind` names what an id must point to.
   */
  refs: {
    notObject: (is: string) => `A content pack must be a JSON object { ... }, but this is ${is}.`,
    list: (items: string[]) => items.join(', '),
    noneYet: '(none yet)',
    repeatsId: (id: string, list: string) => `repeats the id "${id}"; each id must be unique in ${list}.`,
    notInPack: (kind: RefKind, id: string, known: string) =>
      `names the ${kind} "${id}", which is not in the pack. Known ${kind}s: ${known}.`,
    levelChoice: (id: string, label: string) => `"${id}" (${label})`,
    notLevel: (id: string, factor: string, choices: string) =>
      `is "${id}", which is not a level of the factor '${factor}'. Choose one of: ${choices}.`,
    notPole: (id: string, choices: string) => `is "${id}", which is not one of the poles of this tension. Choose one of: ${choices}.`,
    repeatsLevel: (id: string) => `repeats the level id "${id}" within this factor.`,
    ownLevel: (level: string) => `should include the predictor's own level "${level}".`,
    secondLevel: (form: string, factor: string) => `gives a second level for form "${form}" on factor "${factor}".`,
    noCell: (form: string, factor: string) =>
      `has no entry for form "${form}" on factor "${factor}"; every form needs a level on every factor.`,
    samePoles: 'uses the same id as the other pole; the two poles need different ids.',
    cellCount: (logic: string, n: number) => `needs exactly one cell for logic "${logic}", but has ${n}.`,
    repeatsForm: (form: string) => `repeats the form "${form}"; list each accepted form once, apart from the main answer.`,
    trNotObject: (lang: string) => `must be an object with the pack's items in ${languageIn('en', lang)}, e.g. { "cases": [...] }.`,
    trMissing: (lang: string) =>
      `has no ${languageIn('en', lang)} text. Add it under "translations": { "${lang}": … } in the item with the same id.`,
    trUnknown: (key: string, list: string) =>
      `names "${key}", which the pack's own ${list} do not have: a translation only gives the texts of the pack's own items.`,
  },
  json: {
    theEnd: 'the end of the text',
    char: (c: string) => `“${c}”`,
    unicodeEscape: 'a \\u escape needs four hex digits',
    badEscape: 'unknown escape after a backslash',
    controlChar: 'a line break or control character inside text (close the quotes first)',
    unclosed: 'text that is never closed with "',
    fieldName: (found: string) => `expected a field name in double quotes, found ${found}`,
    colon: (found: string) => `expected “:” after the field name, found ${found}`,
    trailingComma: (close: string) => `a comma before “${close}”: remove the last comma`,
    commaOr: (close: string, found: string) => `expected “,” or “${close}”, found ${found}`,
    singleQuotes: 'text must be in double quotes ("), not single',
    value: (found: string) => `expected a value, found ${found}`,
    after: (found: string) => `more after the end of the pack: ${found}`,
    notJson: 'not JSON',
    where: (line: number, column: number) => `line ${line}, column ${column}`,
    notValid: (reason: string, line: string) => `is not valid JSON (${reason}). The line is: ${line}`,
    empty: '(empty)',
  },
};

export type IssueMessages = typeof issuesEn;
