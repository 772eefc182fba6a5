/**
 * The English sentences of the pack checker's explanations of schema problems (model/issues.ts), as a catalog
 * of the same pattern as the chrome's (src/core/i18n): other languages register one of the same shape with
 * `registerIssueMessages`. Each message follows the issue's path ("cases[0].name is required but missing.").
 */
import { plural } from '../../core/i18n/format.js';

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
};

export type IssueMessages = typeof issuesEn;
