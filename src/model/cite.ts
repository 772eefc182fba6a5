import type { ContentPack, Reference } from './types.js';

/**
 * Surnames for an in-text citation from an authors string such as "Vangen, S., Potter, K. & Jacklin-Jarvis, C."
 * or "Vangen, Hayes and Cornforth": "Vangen, Potter & Jacklin-Jarvis"; four or more authors: "Smith et al.".
 */
export function shortAuthors(authors: string): string {
  const names = authors
    .split(/\s*(?:,|;|&|\band\b)\s*/)
    .map((part) => part.replace(/\((?:eds?\.?)\)/gi, '').trim())
    .filter((part) => part && !/^(?:[A-Z]\.\s*)+$/.test(part));
  if (names.length >= 4) return `${names[0]} et al.`;
  if (names.length <= 1) return names[0] ?? authors;
  return `${names.slice(0, -1).join(', ')} & ${names[names.length - 1]}`;
}

/** "(Provan & Kenis 2008; Vangen 2017)" style label for a list of reference ids; unknown ids are shown as they are. */
export function citeLabel(pack: Pick<ContentPack, 'references'>, ids: readonly string[]): string {
  return ids
    .map((id) => {
      const ref = pack.references.find((r) => r.id === id);
      return ref ? (ref.label ?? `${shortAuthors(ref.authors)} ${ref.year}`) : id;
    })
    .join('; ');
}

/** A full reference in a plain author–year style, for reference lists and exports. */
export function formatReference(ref: Reference): string {
  return `${ref.authors} (${ref.year}). ${ref.title}.${ref.venue ? ` ${ref.venue}.` : ''}${ref.url ? ` ${ref.url}` : ''}`;
}

/** The references a set of citations uses, in pack order. */
export function referencesFor(pack: Pick<ContentPack, 'references'>, ids: Iterable<string>): Reference[] {
  const wanted = new Set(ids);
  return pack.references.filter((r) => wanted.has(r.id));
}

/**
 * Every reference id cited in the given values, in first-seen order: the `cite` arrays of any object at any depth
 * (teaching texts, predictor cells, table cells, a case's `cite`). For a widget's Sources section.
 */
export function citedIds(...values: unknown[]): string[] {
  const out = new Set<string>();
  const walk = (v: unknown): void => {
    if (Array.isArray(v)) v.forEach(walk);
    else if (v && typeof v === 'object')
      for (const [k, x] of Object.entries(v)) {
        if (k === 'cite' && Array.isArray(x)) x.forEach((id) => typeof id === 'string' && out.add(id));
        else walk(x);
      }
  };
  values.forEach(walk);
  return [...out];
}
