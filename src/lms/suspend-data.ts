/**
 * The form of learner state in SCORM 1.2's cmi.suspend_data: always ASCII (CMIString), versioned, and written
 * synchronously (so the last edit before leaving can be sent from `pagehide`).
 *
 * Format 2 (what this version writes):
 * - `cg2` + JSON, non-ASCII escaped as `\uXXXX`, when that is the shorter form;
 * - `cg2z` + base64 of the deflate-raw compression of the UTF-8 JSON otherwise.
 * The JSON is `{"n":<save counter>,"t":<time of the last change, ms>,"o"?:<time of newer work kept only in a
 * browser>,"e":{"<storage key without collabgov:>":[v,"w",s] | "<raw>"}}`. The save counter changes with every
 * write, so an LMS that sends only values that differ from the last one it took (Moodle) always sends it.
 *
 * Format 1 (read only): compact JSON of the entries (`{...}`), or `z:` + base64 deflate-raw of it.
 * Anything else is refused: `newer` for `cg3` and later, `damaged` for what cannot be decoded (cut short by the
 * LMS, say), `foreign` for what is not ours. The caller never writes over what it could not read.
 */
import { deflateSync } from 'fflate';

const PREFIX = 'collabgov:';
export const FORMAT = 2;
const PLAIN = `cg${FORMAT}`;
const ZIP = `cg${FORMAT}z`;
const V1_ZIP = 'z:';

/** Storage key -> saved state (`{"v","w","s"}` JSON) of each widget in the session. */
export type Entries = Record<string, string>;

/** What suspend data carries besides the entries. */
export interface SuspendHeader {
  /** Save counter: one more at every write. */
  n: number;
  /** When the entries last changed (ms since 1970, this browser's clock); 0 when unknown (format 1). */
  t: number;
  /** Set when newer work was too large for the LMS and is kept only in a browser: when it was made. */
  o?: number;
}

export interface Suspended extends SuspendHeader {
  entries: Entries;
}

export type DecodedSuspend =
  | ({ ok: true; format: number } & Suspended)
  | { ok: false; reason: 'newer' | 'damaged' | 'foreign'; detail: string };

/** The entries in their compact form: `{"<key without collabgov:>": [v, "w", s]}`. */
function compact(entries: Entries): Record<string, unknown> {
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
  return out;
}

function expand(data: unknown): Entries {
  if (typeof data !== 'object' || data === null || Array.isArray(data)) throw new Error('the entries are not an object');
  const entries: Entries = {};
  for (const [short, value] of Object.entries(data)) {
    entries[PREFIX + short] = Array.isArray(value) ? JSON.stringify({ v: value[0], w: value[1], s: value[2] }) : String(value);
  }
  return entries;
}

/** The entries as compact JSON, for comparing two copies of the work. */
export function compactJson(entries: Entries): string {
  return JSON.stringify(compact(entries));
}

/** JSON with every character outside printable ASCII escaped, so it is a valid SCORM 1.2 CMIString. */
export const asciiJson = (value: unknown): string =>
  JSON.stringify(value).replace(/[\u007f-\uffff]/g, (c) => '\\u' + c.charCodeAt(0).toString(16).padStart(4, '0'));

const toBase64 = (bytes: Uint8Array) => {
  let s = '';
  for (let i = 0; i < bytes.length; i += 0x8000) s += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(s);
};

/** The suspend data for `data`: plain ASCII JSON or compressed, whichever is shorter (compressed past `plainUpTo`). */
export function encodeSuspend(data: Suspended, plainUpTo = 4096): string {
  const body = { n: data.n, t: data.t, ...(data.o ? { o: data.o } : {}), e: compact(data.entries) };
  const plain = PLAIN + asciiJson(body);
  if (plain.length <= plainUpTo) return plain;
  const packed = ZIP + toBase64(deflateSync(new TextEncoder().encode(JSON.stringify(body)), { level: 9 }));
  return packed.length < plain.length ? packed : plain;
}

async function inflate(base64: string): Promise<string> {
  const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
  const out = new Blob([bytes as BlobPart]).stream().pipeThrough(new DecompressionStream('deflate-raw'));
  return new TextDecoder('utf-8', { fatal: true }).decode(await new Response(out).arrayBuffer());
}

function fromBody(json: string): Suspended {
  const body = JSON.parse(json) as Partial<SuspendHeader> & { e?: unknown };
  if (typeof body !== 'object' || body === null || !Number.isFinite(body.n) || !Number.isFinite(body.t)) {
    throw new Error('no save counter and time');
  }
  return { n: body.n!, t: body.t!, ...(Number.isFinite(body.o) ? { o: body.o } : {}), entries: expand(body.e) };
}

/** Reads suspend data ('' is no work yet). Never throws: what it cannot read comes back as `ok: false`. */
export async function decodeSuspend(data: string): Promise<DecodedSuspend> {
  if (!data.trim()) return { ok: true, format: FORMAT, n: 0, t: 0, entries: {} };
  const tagged = /^cg(\d+)(z?)/.exec(data);
  if (tagged && Number(tagged[1]) > FORMAT) {
    return { ok: false, reason: 'newer', detail: `format ${tagged[1]}; this version reads formats 1 and ${FORMAT}` };
  }
  try {
    if (tagged && Number(tagged[1]) === FORMAT) {
      const rest = data.slice(tagged[0].length);
      return { ok: true, format: FORMAT, ...fromBody(tagged[2] ? await inflate(rest) : rest) };
    }
    if (data.startsWith('{')) return { ok: true, format: 1, n: 0, t: 0, entries: expand(JSON.parse(data)) };
    if (data.startsWith(V1_ZIP)) return { ok: true, format: 1, n: 0, t: 0, entries: expand(JSON.parse(await inflate(data.slice(2)))) };
  } catch (error) {
    return { ok: false, reason: 'damaged', detail: `${data.length} characters that cannot be decoded (${String(error)})` };
  }
  return { ok: false, reason: 'foreign', detail: `${data.length} characters that this activity did not write` };
}
