// WCAG claims about what the shipped files never do (docs/accessibility.md), checked in the built files themselves:
// no device motion or orientation (2.5.4), no audio or video (1.2, 1.4.2), no CSS animation that could move or
// flash (2.2.2, 2.3.1), no password field (3.3.8). Run after `npm run build`.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';

const dist = resolve(import.meta.dirname, '../../dist');
const files = readdirSync(dist).filter((f) => f.endsWith('.js') || f.endsWith('.html'));

test('the built files use no device motion, media, CSS animation or password field', () => {
  assert.ok(files.includes('collabgov.js') && files.includes('embed.js'), files.join(', '));
  const forbidden = [/devicemotion/i, /deviceorientation/i, /<video/i, /<audio/i, /autoplay/i, /@keyframes/i, /type=["']?password/i, /\.vibrate\(/];
  for (const f of files) {
    const text = readFileSync(resolve(dist, f), 'utf8');
    for (const re of forbidden) assert.equal(re.test(text), false, `${f} has ${re}`);
  }
});
