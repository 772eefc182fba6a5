/**
 * Own-property lookups for records keyed by ids that come from a content pack, an attribute or saved work: an id
 * such as `constructor` or `toString` must find nothing rather than what every object inherits.
 */
export function own<T>(record: Readonly<Record<string, T>> | null | undefined, key: string | null | undefined): T | undefined {
  return record && key != null && Object.hasOwn(record, key) ? record[key] : undefined;
}
