import type { ArgTypes } from '@storybook/web-components-vite';

/** The parts of custom-elements.json this reads. */
interface Item {
  name: string;
  description?: string;
  type?: { text?: string };
  default?: string;
  fieldName?: string;
  attribute?: string;
  readonly?: boolean;
  kind?: string;
}
interface Declaration {
  tagName?: string;
  attributes?: Item[];
  members?: Item[];
  events?: Item[];
  slots?: Item[];
  cssParts?: Item[];
  cssProperties?: Item[];
}
export interface Manifest {
  modules: { declarations?: Declaration[] }[];
}

/** `'a' | 'b' | undefined` -> ['a', 'b']; null when the type is not a union of string literals. */
export function literals(type = ''): string[] | null {
  const parts = type.split('|').map((p) => p.trim()).filter((p) => p && p !== 'undefined');
  return parts.length && parts.every((p) => /^'[^']*'$/.test(p)) ? parts.map((p) => p.slice(1, -1)) : null;
}

/**
 * Storybook's arg types for one element, from the manifest: one row per attribute with the control its type asks
 * for (a select of the allowed values, a boolean, or text), the properties with no attribute (no control), the
 * events (as actions), slots, CSS parts and custom properties. Nothing else: the manifest holds only the public API.
 */
export function argTypesFor(manifest: Manifest, tag: string): ArgTypes {
  const d = manifest.modules.flatMap((m) => m.declarations ?? []).find((x) => x.tagName === tag);
  if (!d) return {};
  const out: ArgTypes = {};
  const table = (category: string, item: Item) => ({
    category,
    type: { summary: item.type?.text?.replace(/ \| undefined$/, '') },
    defaultValue: item.default === undefined ? undefined : { summary: item.default },
  });
  for (const a of d.attributes ?? []) {
    const type = a.type?.text ?? 'string';
    const options = literals(type);
    const control = options ? { type: 'select' as const } : /^boolean\b/.test(type) ? { type: 'boolean' as const } : { type: 'text' as const };
    out[a.name] = {
      name: a.name,
      description: a.description,
      control,
      ...(options ? { options: ['', ...options] } : {}),
      table: table('attributes', a),
    };
  }
  const byAttribute = new Set((d.attributes ?? []).map((a) => a.fieldName).filter(Boolean));
  for (const m of d.members ?? []) {
    if (byAttribute.has(m.name)) continue;
    out[`.${m.name}`] = { name: m.name, description: m.description, control: false, table: table('properties', m) };
  }
  for (const e of d.events ?? []) {
    out[e.name] = { name: e.name, description: e.description, action: e.name, control: false, table: { category: 'events' } };
  }
  for (const s of d.slots ?? []) out[`slot:${s.name}`] = { name: s.name || '(default)', description: s.description, control: false, table: { category: 'slots' } };
  for (const p of d.cssParts ?? []) out[`part:${p.name}`] = { name: p.name, description: p.description, control: false, table: { category: 'css shadow parts' } };
  for (const p of d.cssProperties ?? [])
    out[p.name] = { name: p.name, description: p.description, control: false, table: { category: 'css custom properties' } };
  return out;
}
