// The build shrinks the CSS in lit's css`…` templates (scripts/lib/minify-css-templates.mjs). This checks, for every
// such template in src/, that the shrunk CSS means exactly what the source meant: both are parsed and printed by
// lightningcss (the CSS parser vite uses) and must print the same, with each ${…} standing in as the same value.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { transform } from 'lightningcss';
import { minifyCssTemplates } from '../../scripts/lib/minify-css-templates.mjs';
import { root } from './harness.mjs';

/** The css`…` templates of a source text, each with its interpolations replaced by one stand-in value. */
const templates = (code) => [...code.matchAll(/\bcss`((?:[^`\\]|\\.)*)`/g)].map((m) => m[1].replace(/\$\{[^}]*\}/g, 'var(--slot)'));
const canonical = (cssText) =>
  transform({ filename: 'x.css', code: Buffer.from(cssText), minify: true, errorRecovery: true }).code.toString();

const sources = readdirSync(resolve(root, 'src'), { recursive: true })
  .filter((f) => f.endsWith('.ts'))
  .map((f) => ({ file: f, code: readFileSync(resolve(root, 'src', f), 'utf8') }))
  .filter((s) => s.code.includes('css`'));

test('the css templates of src/ are found (theme and each widget)', () => {
  assert.ok(sources.length >= 4, sources.map((s) => s.file).join(', '));
});

for (const { file, code } of sources) {
  test(`${file}: the shrunk CSS parses to the same rules as the source`, () => {
    const before = templates(code);
    const after = templates(minifyCssTemplates(code));
    assert.equal(after.length, before.length);
    before.forEach((css, i) => {
      assert.ok(after[i].length < css.length, `template ${i} is smaller`);
      assert.equal(canonical(after[i]), canonical(css), `template ${i}`);
    });
  });
}

test('a space next to an interpolation that separates words is kept', () => {
  const out = minifyCssTemplates('css`a { border: 1px solid ${c}; ${decls} } b { margin: ${x} auto; }`');
  assert.equal(out, 'css`a{border:1px solid ${c};${decls}}b{margin:${x} auto}`');
});
