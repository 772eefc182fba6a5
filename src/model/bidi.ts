/**
 * Bidirectional text in a lecturer's pack, kept inside itself. An embedding, override or isolate control that a text
 * opens and never closes (an unterminated U+202E RIGHT-TO-LEFT OVERRIDE, say) would reorder whatever the widget
 * writes after that text in the same line; a closer with no opener would end the widget's own isolation early.
 * `balanceBidi` drops closers that match nothing and closes what is left open, at the end of the text, so a text
 * can only ever reorder itself. The widgets also isolate the elements that show pack text (`unicode-bidi: isolate`).
 */
const OPEN_EMBED = '\u202a\u202b\u202d\u202e';
const PDF = '\u202c';
const OPEN_ISOLATE = '\u2066\u2067\u2068';
const PDI = '\u2069';

export function balanceBidi(text: string): string {
  if (!/[\u202a-\u202e\u2066-\u2069]/.test(text)) return text;
  const open: ('e' | 'i')[] = [];
  let out = '';
  for (const ch of text) {
    if (OPEN_EMBED.includes(ch)) open.push('e');
    else if (OPEN_ISOLATE.includes(ch)) open.push('i');
    else if (ch === PDF) {
      if (open[open.length - 1] !== 'e') continue;
      open.pop();
    } else if (ch === PDI) {
      const at = open.lastIndexOf('i');
      if (at < 0) continue;
      open.length = at;
    }
    out += ch;
  }
  return out + open.reverse().map((k) => (k === 'e' ? PDF : PDI)).join('');
}

/** `value` with every string balanced (keys kept as own data properties). */
export function balanceAll<T>(value: T): T {
  if (typeof value === 'string') return balanceBidi(value) as T;
  if (Array.isArray(value)) return value.map(balanceAll) as T;
  if (typeof value === 'object' && value !== null) {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, balanceAll(v)])) as T;
  }
  return value;
}
