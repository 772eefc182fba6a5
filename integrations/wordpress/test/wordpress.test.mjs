// The WordPress plugin in a real WordPress (Debian's 6.1 package, MariaDB, PHP): an administrator installs the zip
// `wordpressZip` builds from Plugins › Add New › Upload Plugin and activates it; Authors, Contributors and Editors
// write posts (as WordPress filters each role's HTML), and readers and students open them in Chromium.
// Run after `npm run build`: `npm run test:wordpress`. Skips, saying why, where WordPress is not installed (CI
// installs it: .ci/run); with CI set, a missing WordPress is a failure.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { chromiumOptions, serve } from '../../../scripts/lib/static-server.mjs';
import { wordpressZip } from '../../../scripts/wordpress/package.mjs';
import { missing, startWordPress } from './wp-host.mjs';

const root = resolve(import.meta.dirname, '../../..');
const { version } = JSON.parse(readFileSync(resolve(root, 'package.json'), 'utf8'));
const absent = missing();
if (absent && process.env.CI) throw new Error(`${absent} (CI must run the WordPress tests: see .ci/run)`);
const it = (name, fn) => test(name, absent ? { skip: absent } : {}, fn);
if (absent) console.log(`# WordPress tests skipped: ${absent}`);

const PASSWORD = 'a-long-test-password';
const PLUGIN = '/wp-content/plugins/collabgov/';
let wp;
let browser;
let tmp;
let zip;
let files; // another server with dist/, as a university's web server would be

before(async () => {
  if (absent) return;
  tmp = mkdtempSync(join(tmpdir(), 'cgwp-zip-'));
  zip = join(tmp, 'collabgov-wordpress.zip');
  writeFileSync(zip, await wordpressZip({ root, dist: resolve(root, 'dist'), version }));
  wp = await startWordPress();
  wp.php(
    `foreach ($input['users'] as $role) {
       $id = wp_insert_user(['user_login' => $role, 'user_pass' => $input['password'], 'user_email' => "$role@example.org", 'role' => $role]);
       if (is_wp_error($id)) { fwrite(STDERR, $id->get_error_message()); exit(1); }
     }`,
    { users: ['author', 'contributor', 'editor'], password: PASSWORD },
  );
  files = await serve(resolve(root, 'dist'));
  browser = await chromium.launch(chromiumOptions());
});

after(async () => {
  await browser?.close();
  files?.server.close();
  await wp?.stop();
  if (tmp) rmSync(tmp, { recursive: true, force: true });
});

/** Writes a post as `user` (WordPress filters its HTML as it does for that role); returns { id, url, content }. */
function post(user, title, content, status = 'publish') {
  return JSON.parse(
    wp.php(
      `wp_set_current_user(get_user_by('login', $input['user'])->ID);
       $id = wp_insert_post(wp_slash(['post_title' => $input['title'], 'post_content' => $input['content'], 'post_status' => $input['status']]), true);
       if (is_wp_error($id)) { fwrite(STDERR, $id->get_error_message()); exit(1); }
       echo wp_json_encode(['id' => $id, 'url' => get_permalink($id), 'content' => get_post($id)->post_content]);`,
      { user, title, content, status },
    ),
  );
}

/** A page in a fresh browser profile (a student's own browser), with its console errors and requests. */
async function open(url, context) {
  const ctx = context ?? (await browser.newContext());
  const p = await ctx.newPage();
  const problems = [];
  const requests = [];
  p.on('request', (r) => requests.push(r.url()));
  p.on('console', (m) => m.type() === 'error' && problems.push(m.text()));
  p.on('pageerror', (e) => problems.push(String(e)));
  await p.goto(url);
  return { p, ctx, problems, requests };
}

async function login(user, password = PASSWORD) {
  const ctx = await browser.newContext();
  const p = await ctx.newPage();
  await p.goto(`${wp.origin}/wp-login.php`);
  await p.fill('#user_login', user);
  await p.fill('#user_pass', password);
  await Promise.all([p.waitForURL(/wp-admin/), p.click('#wp-submit')]);
  return { ctx, p };
}

/** Answers the first quiz question of a form picker and checks it. */
async function answerQuiz(widget) {
  await widget.locator('.quiz input[type=radio]').nth(2).check();
  await widget.locator('button.check').first().click();
  await widget.locator('.feedback').first().waitFor();
}

const quizAnswers = (p, nth = 0) => p.evaluate((n) => Object.keys(document.querySelectorAll('cg-form-picker')[n].result.quiz).length, nth);
/** The paths of the plugin's files a page requested. */
const fromPlugin = (requests) => requests.map((u) => new URL(u).pathname).filter((path) => path.startsWith(PLUGIN));

it('an administrator installs the zip from Plugins › Add New › Upload Plugin and activates it', async () => {
  const { ctx, p } = await login('admin', 'admin-password');
  await p.goto(`${wp.origin}/wp-admin/plugin-install.php?tab=upload`);
  await p.setInputFiles('#pluginzip', zip);
  await Promise.all([p.waitForURL(/update\.php/), p.click('#install-plugin-submit')]);
  await p.getByText('Plugin installed successfully.').waitFor();
  await Promise.all([p.waitForURL(/plugins\.php/), p.getByRole('link', { name: 'Activate Plugin' }).click()]);
  await p.getByText('Plugin activated.').waitFor();
  const row = p.locator('tr[data-plugin="collabgov/collabgov.php"]');
  assert.equal(await row.getAttribute('class').then((c) => /\bactive\b/.test(c)), true);
  assert.match(await row.textContent(), new RegExp(`Version ${version.replaceAll('.', '\\.')}`));
  await ctx.close();
});

it("an Author's post with the shortcode shows a working quiz whose answer survives a reload and a new address", async () => {
  const made = post('author', 'Week 3 quiz', '<!-- wp:shortcode -->\n[collabgov widget="form-picker" mode="quiz"]\n<!-- /wp:shortcode -->');
  assert.match(made.content, /\[collabgov widget="form-picker" mode="quiz"\]/, 'kept as the Author wrote it');
  const { p, ctx, problems, requests } = await open(made.url);
  const widget = p.locator('div.collabgov[data-collabgov="form-picker"] > cg-form-picker');
  assert.equal(await widget.getAttribute('mode'), 'quiz');
  assert.equal(await widget.locator('[role=alert]').count(), 0);
  // The plugin's own copy of the script, and nothing else.
  assert.deepEqual(fromPlugin(requests), [`${PLUGIN}dist/collabgov.iife.js`]);
  await answerQuiz(widget);
  await p.reload();
  await widget.locator('.feedback').first().waitFor();
  assert.equal(await quizAnswers(p), 1);
  // The saved work is keyed to the post, not its address: renamed, the post still holds the answer.
  const moved = wp.php(`wp_update_post(['ID' => ${made.id}, 'post_name' => 'week-3-quiz-renamed']); echo get_permalink(${made.id});`);
  assert.notEqual(moved, made.url);
  await p.goto(moved);
  await widget.locator('.feedback').first().waitFor();
  assert.equal(await quizAnswers(p), 1);
  assert.deepEqual(problems, []);
  await ctx.close();
});

it("an Author's post with the block shows a working widget whose work survives a reload", async () => {
  const made = post('author', 'Week 4 tensions', '<!-- wp:collabgov/widget {"widget":"tension-sliders","tensions":"goals,trust"} /-->');
  const { p, ctx, problems } = await open(made.url);
  const widget = p.locator('.wp-block-collabgov-widget[data-collabgov="tension-sliders"] > cg-tension-sliders');
  const sliders = widget.locator('input[type=range]');
  await sliders.first().waitFor();
  assert.equal(await sliders.count(), 2);
  const before = await p.evaluate(() => JSON.stringify(document.querySelector('cg-tension-sliders').result));
  await sliders.first().focus();
  await p.keyboard.press('ArrowRight');
  const moved = await p.evaluate(() => JSON.stringify(document.querySelector('cg-tension-sliders').result));
  assert.notEqual(moved, before);
  await p.reload();
  await sliders.first().waitFor();
  assert.equal(await p.evaluate(() => JSON.stringify(document.querySelector('cg-tension-sliders').result)), moved);
  assert.deepEqual(problems, []);
  await ctx.close();
});
