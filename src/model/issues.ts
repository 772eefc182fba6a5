/** Turning zod's issues into paths and sentences a lecturer understands. */
import type { PackIssue } from './types.js';

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
export function describeValue(value: unknown): string {
  if (value === undefined) return 'missing';
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'string') return value === '' ? 'empty text' : 'text';
  if (typeof value === 'number') return Number.isInteger(value) ? 'a whole number' : 'a number';
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  if (typeof value === 'object') return 'an object';
  return typeof value;
}

const EXPECTED: Record<string, string> = {
  string: 'text',
  number: 'a number',
  int: 'a whole number',
  boolean: 'true or false',
  array: 'a list [ ... ]',
  object: 'an object { ... }',
  tuple: 'a list [ ... ]',
  record: 'an object { ... }',
};

function valueAt(input: unknown, path: Path): unknown {
  let v: unknown = input;
  for (const part of path) {
    if (v === null || typeof v !== 'object') return undefined;
    v = (v as Record<PropertyKey, unknown>)[part];
  }
  return v;
}

const quote = (v: unknown) => (typeof v === 'string' ? `"${v}"` : String(v));
const unit = (origin: string | undefined, n: number) =>
  origin === 'array' || origin === 'set' ? `${n} item${n === 1 ? '' : 's'}` : `${n} character${n === 1 ? '' : 's'}`;

export function explainIssue(issue: ZodIssueLike, input: unknown): PackIssue[] {
  const path = formatPath(issue.path);
  const value = valueAt(input, issue.path);
  const custom = issue.message && issue.message !== 'Invalid input' ? issue.message : undefined;
  switch (issue.code) {
    case 'invalid_type': {
      if (value === undefined) return [{ path, message: `is required but missing.` }];
      const want = EXPECTED[String(issue.expected)] ?? String(issue.expected);
      return [{ path, message: `should be ${want}, but is ${describeValue(value)}.` }];
    }
    case 'too_small': {
      if (custom) return [{ path, message: `${custom}.` }];
      if (issue.origin === 'number') return [{ path, message: `must be at least ${issue.minimum}.` }];
      return [{ path, message: `is too short: needs at least ${unit(issue.origin, Number(issue.minimum))}.` }];
    }
    case 'too_big': {
      if (issue.origin === 'number') return [{ path, message: `must be at most ${issue.maximum}.` }];
      return [{ path, message: `is too long: at most ${unit(issue.origin, Number(issue.maximum))}.` }];
    }
    case 'unrecognized_keys':
      return (issue.keys ?? []).map((key) => ({
        path: formatPath([...issue.path, key]),
        message: `is not a field the pack knows. Check its spelling, or remove it.`,
      }));
    case 'invalid_value':
      return [
        {
          path,
          message: `must be one of ${(issue.values ?? []).map(quote).join(', ')}, but is ${
            typeof value === 'string' || typeof value === 'number' ? quote(value) : describeValue(value)
          }.`,
        },
      ];
    case 'invalid_format':
      return [{ path, message: `${custom ?? `is not in the expected format (${issue.format})`}; it is ${quote(value)}.` }];
    case 'invalid_union':
      return [{ path, message: `should be ${describeValue(value) === 'text' ? 'a year or short text' : 'a year (number) or text'}, but is ${describeValue(value)}.` }];
    case 'invalid_key':
      return [{ path, message: `has a key that is not a valid id (lowercase letters, digits and hyphens).` }];
    default:
      return [{ path, message: custom ? `${custom}.` : `is not valid here.` }];
  }
}
