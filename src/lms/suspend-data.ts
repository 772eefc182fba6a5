/**
 * The compact form of learner state in SCORM 1.2's cmi.suspend_data (at most 4096 characters).
 * A session's entries (storage key -> saved state `{"v","w","s"}`) are written as JSON
 * `{"<key without collabgov:>":[v,"w",s]}`; when that is longer than the limit, as `z:` + base64 of its
 * deflate-raw compression (the browser's CompressionStream). Longer than that even compressed: null.
 */
export const SUSPEND_LIMIT = 4096;
const PREFIX = 'collabgov:';
const ZIP = 'z:';

export type Entries = Record<string, string>;

/** The entries as compact JSON (always synchronous). */
export function compactJson(entries: Entries): string {
  const out: Record<string, unknown> = {};
  for (const [key, raw] of Object.entries(entries)) {
    const short = key.startsWith(PREFIX) ? key.slice(PREFIX.length) : key;
    try {
      const { v, w, s } = JSON.parse(raw) as { v: unknown; w: unknown; s: unknown };
      out[short] = v !== undefined && typeof w === 'string' ? [v, w, s] : raw;
    } catch {
      out[short] = raw;
    }
  }
  return JSON.stringify(out);
}

function fromCompactJson(json: string): Entries {
  const data = JSON.parse(json) as Record<string, unknown>;
  if (typeof data !== 'object' || data === null || Array.isArray(data)) throw new Error('not an object');
  const entries: Entries = {};
  for (const [short, value] of Object.entries(data)) {
    entries[PREFIX + short] = Array.isArray(value) ? JSON.stringify({ v: value[0], w: value[1], s: value[2] }) : String(value);
  }
  return entries;
}

async function pipe(bytes: Uint8Array, stream: CompressionStream | DecompressionStream): Promise<Uint8Array> {
  const out = new Blob([bytes as BlobPart]).stream().pipeThrough(stream);
  return new Uint8Array(await new Response(out).arrayBuffer());
}

const toBase64 = (bytes: Uint8Array) => {
  let s = '';
  for (let i = 0; i < bytes.length; i += 0x8000) s += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(s);
};

/** The suspend data for `entries`: compact JSON, or compressed when that is too long; null when neither fits. */
export async function encodeSuspend(entries: Entries, limit = SUSPEND_LIMIT): Promise<string | null> {
  const json = compactJson(entries);
  if (json.length <= limit) return json;
  if (typeof CompressionStream === 'undefined') return null;
  const packed = ZIP + toBase64(await pipe(new TextEncoder().encode(json), new CompressionStream('deflate-raw')));
  return packed.length <= limit ? packed : null;
}

/** Reads suspend data written by `encodeSuspend` ('' is no entries); throws when it is not ours. */
export async function decodeSuspend(data: string): Promise<Entries> {
  if (!data) return {};
  if (!data.startsWith(ZIP)) return fromCompactJson(data);
  const bytes = Uint8Array.from(atob(data.slice(ZIP.length)), (c) => c.charCodeAt(0));
  return fromCompactJson(new TextDecoder().decode(await pipe(bytes, new DecompressionStream('deflate-raw'))));
}
