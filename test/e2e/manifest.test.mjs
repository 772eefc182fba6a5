// custom-elements.json (written by `npm run build`) lists only the public API that Storybook's args tables and
// editors show: no internal state, no private, protected or static members, every attribute described and typed.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { root } from './harness.mjs';

const manifest = JSON.parse(readFileSync(resolve(root, 'custom-elements.json'), 'utf8'));
const elements = manifest.modules.flatMap((m) => m.declarations ?? []).filter((d) => d.tagName);
// The internals issue 16 found listed as controls.
const INTERNALS = ['store', 'fp', 'persistence', 'resolvedFor', 'parsed', 'pending', 'loadToken', 't', 'pack', 'packIssues', 'parts', 'live', 'narrow', 'source'];

test('the manifest has the three widgets', () => {
  assert.deepEqual(elements.map((d) => d.tagName).sort(), ['cg-form-picker', 'cg-table-comparator', 'cg-tension-sliders']);
});

for (const d of elements) {
  test(`<${d.tagName}>: only public members, every attribute described and typed`, () => {
    const members = (d.members ?? []).map((m) => m.name);
    assert.deepEqual(members.filter((m) => INTERNALS.includes(m)), []);
    for (const m of d.members ?? []) {
      assert.ok(!m.static && (m.privacy ?? 'public') === 'public' && m.kind !== 'method', `${m.name} is public API`);
    }
    assert.ok(members.includes('result') && members.includes('content'), members.join(', '));
    for (const a of d.attributes ?? []) {
      assert.ok(a.description, `attribute ${a.name} is described`);
      assert.ok(a.type?.text, `attribute ${a.name} has a type`);
    }
    const attrs = Object.fromEntries((d.attributes ?? []).map((a) => [a.name, a]));
    assert.equal(attrs.theme.type.text, "'light' | 'dark' | 'auto' | undefined");
    assert.match(attrs.mode.type.text, /^'\w+' \| '\w+'/);
    assert.ok(attrs.lang?.description.includes('language'));
    // The shared parts and tokens are on every widget.
    const parts = (d.cssParts ?? []).map((p) => p.name);
    for (const p of ['card', 'callout', 'summary', 'button', 'button-primary', 'button-pressed', 'error']) assert.ok(parts.includes(p), `part ${p}`);
    const props = (d.cssProperties ?? []).map((p) => p.name);
    for (const p of ['--cg-font', '--cg-space', '--cg-radius', '--cg-elevation-1', '--cg-color-accent']) assert.ok(props.includes(p), `token ${p}`);
  });
}
