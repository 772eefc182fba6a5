/**
 * Numbers, plurals, percentages, lists and quotation marks per language, through `Intl` where it can.
 * Catalogs call these with their own language tag, so a Welsh count uses Welsh plural rules (zero, one, two,
 * few, many, other) and a Japanese number Japanese digit grouping.
 */

/** The texts for each plural category a language uses; `other` is always required. `{n}` is the number. */
export type PluralForms = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };

const rules = new Map<string, Intl.PluralRules>();
const numbers = new Map<string, Intl.NumberFormat>();

function pluralRules(lang: string): Intl.PluralRules {
  let r = rules.get(lang);
  if (!r) rules.set(lang, (r = new Intl.PluralRules(lang)));
  return r;
}

/** `n` in the language's digits and grouping: `num('en', 1234)` is "1,234". */
export function num(lang: string, n: number): string {
  let f = numbers.get(lang);
  if (!f) numbers.set(lang, (f = new Intl.NumberFormat(lang, { maximumFractionDigits: 1 })));
  return f.format(n);
}

/** Picks the form for `n` by the language's plural rules and puts the formatted number where `{n}` is. */
export function plural(lang: string, n: number, forms: PluralForms): string {
  const text = forms[pluralRules(lang).select(n)] ?? forms.other;
  return text.replace('{n}', num(lang, n));
}

/** A share (0..1) as a whole percentage in the language's format: `percent('en', 0.4)` is "40%". */
export function percent(lang: string, share: number): string {
  return new Intl.NumberFormat(lang, { style: 'percent', maximumFractionDigits: 0 }).format(share);
}

/**
 * Welsh "a, b a c" where the browser has no Welsh list data (Chromium's built-in ICU has none and answers in
 * English): "ac" before a vowel, and the aspirate mutation a causes (c, p, t become ch, ph, th) on the last item
 * unless it is written in capitals (an acronym such as NAO); "neu" for a choice.
 */
function welshList(items: readonly string[], type: 'conjunction' | 'disjunction'): string {
  if (items.length < 2) return items.join('');
  const last = items[items.length - 1]!;
  let tail: string;
  if (type === 'disjunction') tail = `neu ${last}`;
  else if (/^[aeiouwyâêîôûŵŷ]/i.test(last)) tail = `ac ${last}`;
  else if (/^[cpt](?!h)/i.test(last) && !/^\p{Lu}{2,}/u.test(last)) tail = `a ${last[0]}h${last.slice(1)}`;
  else tail = `a ${last}`;
  return `${items.slice(0, -1).join(', ')} ${tail}`;
}

/** "a, b and c" in the language's own way. */
export function list(lang: string, items: readonly string[], type: 'conjunction' | 'disjunction' = 'conjunction'): string {
  const f = new Intl.ListFormat(lang, { style: 'long', type });
  const base = lang.toLowerCase().split('-')[0];
  if (base === 'cy' && f.resolvedOptions().locale.split('-')[0] !== 'cy') return welshList(items, type);
  return f.format(items);
}

const QUOTES: Record<string, readonly [string, string]> = {
  en: ['‘', '’'],
  cy: ['‘', '’'],
  ja: ['「', '」'],
};

/** A language's name in the language `inLang` ("Welsh", "Cymraeg", "ウェールズ語"); its tag when Intl has no name. */
export function languageName(lang: string, inLang: string): string {
  try {
    return new Intl.DisplayNames([inLang], { type: 'language' }).of(lang) ?? lang;
  } catch {
    return lang;
  }
}

/** Text quoted with the language's quotation marks: ‘…’ in English and Welsh, 「…」 in Japanese. */
export function quote(lang: string, text: string): string {
  const [open, close] = QUOTES[lang.toLowerCase().split('-')[0]] ?? QUOTES.en;
  return `${open}${text}${close}`;
}

/**
 * The punctuation a widget puts around the pieces it assembles (a catalog string and a name from the pack, a label
 * and its value), so that a Japanese line reads 「得点：5点。」 rather than "得点: 5点.". English and Welsh (and any
 * language not listed) use the ASCII marks with their spaces; Japanese the full-width ones with none.
 */
export interface Punctuation {
  /** `text` ended as a sentence: ". " or "。" added unless it already ends with a full stop, "?" or "!". */
  end(text: string): string;
  /** `label` and its value: "Members: a, b" or 「メンバー：a、b」. */
  label(label: string, value: string): string;
  /** Items run together: "a, b" or "a、b". */
  series(items: readonly string[]): string;
  /** Entries that may hold commas themselves: "a; b" or "a／b". */
  entries(items: readonly string[]): string;
  /** An aside after a word: " (x)" or "（x）". */
  aside(text: string): string;
  /** Sentences one after the other: joined by a space, or by nothing in Japanese. Empty parts are left out. */
  sentences(...parts: (string | false | null | undefined)[]): string;
  /** What goes between two sentences: " " or "". */
  gap: string;
  /** What follows a label when the label is marked up apart: ": " or "：". */
  colon: string;
}

interface Marks {
  stop: string;
  colon: string;
  comma: string;
  semicolon: string;
  open: string;
  close: string;
  gap: string;
}

const ASCII: Marks = { stop: '.', colon: ': ', comma: ', ', semicolon: '; ', open: ' (', close: ')', gap: ' ' };
const MARKS: Record<string, Marks> = {
  ja: { stop: '。', colon: '：', comma: '、', semicolon: '／', open: '（', close: '）', gap: '' },
};
const ENDED = /[.!?。！？]["'’”」』）)]*$/u;
const punctuations = new Map<string, Punctuation>();

/** The language's punctuation for joining pieces (see Punctuation). */
export function punctuation(lang: string): Punctuation {
  const base = lang.toLowerCase().split('-')[0];
  let p = punctuations.get(base);
  if (p) return p;
  const m = MARKS[base] ?? ASCII;
  p = {
    end: (text) => (ENDED.test(text) ? text : `${text}${m.stop}`),
    label: (label, value) => `${label}${m.colon}${value}`,
    series: (items) => items.join(m.comma),
    entries: (items) => items.join(m.semicolon),
    aside: (text) => `${m.open}${text}${m.close}`,
    sentences: (...parts) => parts.filter(Boolean).join(m.gap),
    gap: m.gap,
    colon: m.colon,
  };
  punctuations.set(base, p);
  return p;
}
