// A build plugin that shrinks the CSS inside lit's css`…` templates: comments go, whitespace collapses, and the
// spaces around { } ; : , and > that CSS does not need are dropped. Strings and ${…} interpolations are left as
// they are. Only the static text between interpolations is touched, so the result parses the same way.

const PUNCT = /[{};,>:]/;

/**
 * Minifies one static chunk of CSS text. `nearInterpolation` keeps one space where the chunk met an interpolation
 * with whitespace and a word (so `1px solid ${colour}` keeps its space).
 */
export function minifyCss(text, { afterInterpolation = false, beforeInterpolation = false } = {}) {
  let out = '';
  // Keep quoted strings whole; minify what is between them.
  for (const [i, part] of text.split(/("(?:[^"\\]|\\.)*"|'(?:[^'\\]|\\.)*')/).entries()) {
    out +=
      i % 2
        ? part
        : part
            .replace(/\/\*[\s\S]*?\*\//g, '')
            .replace(/\s+/g, ' ')
            .replace(/\s*([{};,>])\s*/g, '$1')
            .replace(/:\s+/g, ':')
            .replace(/;}/g, '}');
  }
  if (afterInterpolation && /^\s/.test(text) && out && !PUNCT.test(out[0])) out = ' ' + out.trimStart();
  else out = out.trimStart();
  if (beforeInterpolation && /\s$/.test(text) && out && !PUNCT.test(out.at(-1))) out = out.trimEnd() + ' ';
  else out = out.trimEnd();
  return out;
}

/** Finds each css`…` template in a module's source and minifies its static parts. */
export function minifyCssTemplates(code) {
  let out = '';
  let at = 0;
  const start = /\bcss`/g;
  let m;
  while ((m = start.exec(code))) {
    let i = m.index + m[0].length;
    out += code.slice(at, i);
    let chunk = '';
    let afterInterpolation = false;
    for (;;) {
      const ch = code[i];
      if (ch === undefined) throw new Error('minify-css-templates: an unterminated css template');
      if (ch === '\\') {
        chunk += ch + code[i + 1];
        i += 2;
      } else if (ch === '`') {
        out += minifyCss(chunk, { afterInterpolation }) + '`';
        i++;
        break;
      } else if (ch === '$' && code[i + 1] === '{') {
        let depth = 1;
        let j = i + 2;
        for (; depth; j++) depth += code[j] === '{' ? 1 : code[j] === '}' ? -1 : 0;
        out += minifyCss(chunk, { afterInterpolation, beforeInterpolation: true }) + code.slice(i, j);
        chunk = '';
        afterInterpolation = true;
        i = j;
      } else {
        chunk += ch;
        i++;
      }
    }
    at = i;
    start.lastIndex = i;
  }
  return out + code.slice(at);
}

export const minifyCssTemplatesPlugin = {
  name: 'collabgov-minify-css-templates',
  transform(code, id) {
    if (!/\/src\/.*\.ts$/.test(id) || !code.includes('css`')) return null;
    return { code: minifyCssTemplates(code), map: null };
  },
};
