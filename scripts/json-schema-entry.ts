// Bundled and run by scripts/build.mjs to write dist/content-pack.schema.json.
import { toJSONSchema } from 'zod/mini';
import { packSchemas } from '../src/model/schema.js';

export function jsonSchema(): Record<string, unknown> {
  return {
    ...toJSONSchema(packSchemas().partialPackSchema, { unrepresentable: 'any' }),
    title: 'collabgov content pack',
    description:
      'A content pack for the collabgov widgets. Every part is optional: what you leave out comes from the default pack, and collections merge by id (see the README).',
  };
}
