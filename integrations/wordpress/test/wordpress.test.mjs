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

it('the media library refuses a .js file for every role, administrators included, so nobody can upload the script', () => {
  const refused = JSON.parse(
    wp.php(`require_once ABSPATH . 'wp-admin/includes/file.php';
      $out = [];
      foreach (['admin', 'editor', 'author'] as $login) {
        wp_set_current_user(get_user_by('login', $login)->ID);
        $tmp = wp_tempnam('collabgov.js');
        file_put_contents($tmp, 'customElements.define("cg-x", class extends HTMLElement {});');
        $file = ['name' => 'collabgov.js', 'type' => 'text/javascript', 'tmp_name' => $tmp, 'error' => 0, 'size' => filesize($tmp)];
        $r = wp_handle_sideload($file, ['test_form' => false]);
        $out[$login] = isset($r['error']) ? $r['error'] : 'uploaded';
        @unlink($tmp);
      }
      echo wp_json_encode($out);`),
  );
  for (const role of ['admin', 'editor', 'author']) assert.match(refused[role], /not allowed to upload this file type/, role);
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

it('two activities in one post (the shortcode typed in a paragraph, and the block) keep their own work, and load the script once', async () => {
  const made = post('author', 'Two quizzes', '<!-- wp:paragraph -->\n<p>[collabgov widget="form-picker" mode="quiz"]</p>\n<!-- /wp:paragraph -->\n\n<!-- wp:collabgov/widget {"widget":"form-picker","mode":"quiz"} /-->');
  const { p, ctx, problems, requests } = await open(made.url);
  const widgets = p.locator('cg-form-picker');
  await widgets.nth(1).locator('.quiz input[type=radio]').first().waitFor();
  assert.deepEqual(fromPlugin(requests), [`${PLUGIN}dist/collabgov.iife.js`]);
  const keys = await p.evaluate(() => [...document.querySelectorAll('cg-form-picker')].map((el) => el.getAttribute('state-key')));
  assert.equal(new Set(keys).size, 2, `own keys: ${keys}`);
  await answerQuiz(widgets.first());
  await p.reload();
  await widgets.first().locator('.feedback').first().waitFor();
  assert.deepEqual([await quizAnswers(p, 0), await quizAnswers(p, 1)], [1, 0]);
  assert.deepEqual(problems, []);
  await ctx.close();
});

it('a post with no activity loads nothing of the plugin', async () => {
  const made = post('author', 'Reading for week 3', '<!-- wp:paragraph -->\n<p>Read chapter 2 before the seminar.</p>\n<!-- /wp:paragraph -->');
  const { p, ctx, requests } = await open(made.url);
  await p.getByText('Read chapter 2').waitFor();
  assert.deepEqual(fromPlugin(requests), []);
  await ctx.close();
});

it('a mistake in the shortcode or block shows a panel naming the attribute and what is allowed, escaped', async () => {
  const cases = [
    ['[collabgov]', /shortcode:.*widget is missing\. Give one of "form-picker", "table-comparator", "tension-sliders"\./],
    ['[collabgov widget="form-pickr"]', /widget is "form-pickr", which is not a collabgov widget\. Use one of "form-picker"/],
    ['[collabgov widget="form-picker" mode="quizz"]', /mode is "quizz", which form-picker does not have\. Its modes: "explore", "quiz"\./],
    ['[collabgov widget="form-picker" colour="red"]', /colour is not an attribute of form-picker\. Its attributes: "widget", "mode", "case"/],
    ['[collabgov widget="table-comparator" case="atlantis"]', /case is "atlantis", which the content has no case for\. Its cases: "lsp"/],
    ['[collabgov widget="tension-sliders" tensions="goals,weather"]', /tensions names "weather", which the content does not have/],
    ['[collabgov widget="tension-sliders" display="iframe" tensions="goals"]', /tensions cannot be given with display="iframe", whose page takes only "mode", "case", "lang", "theme", "state-key", "src"/],
    ['[collabgov widget="form-picker" theme="pink" height="20"]', /(?=.*theme is "pink"\. Use "light", "dark", "auto"\.)(?=.*height is "20"\. Give the iframe's height in pixels)/],
    [`[collabgov widget="form-picker" mode='<b>bold</b>"&amp;']`, /mode is "<b>bold<\/b>"&(amp;)?"/],
  ];
  const content = cases.map(([code]) => `<!-- wp:shortcode -->\n${code}\n<!-- /wp:shortcode -->`).join('\n\n') + '\n\n<!-- wp:collabgov/widget {"widget":"form-picker","mode":"sort"} /-->';
  const made = post('author', 'Mistakes', content);
  const { p, ctx, requests } = await open(made.url);
  const panels = p.locator('.collabgov-error[role=alert]');
  await panels.first().waitFor();
  const texts = await panels.allTextContents();
  assert.equal(texts.length, cases.length + 1);
  cases.forEach(([code, expected], i) => assert.match(texts[i].replace(/\s+/g, ' '), expected, code));
  assert.match(texts.at(-1), /In its block:.*mode is "sort", which form-picker does not have/);
  // The value is shown as text, never as markup.
  assert.equal(await p.locator('.collabgov-error b').count(), 0);
  for (const panel of await panels.all()) assert.ok((await panel.boundingBox()).height > 20, 'visible');
  // Nothing to run, so no script.
  assert.deepEqual(fromPlugin(requests), []);
  await ctx.close();
});

it("a widget's own check shows inside it: compare mode with no case names what is missing", async () => {
  const made = post('author', 'Compare', '<!-- wp:shortcode -->\n[collabgov widget="tension-sliders" mode="compare"]\n<!-- /wp:shortcode -->');
  const { p, ctx } = await open(made.url);
  const alert = p.locator('cg-tension-sliders [role=alert]');
  await alert.waitFor();
  assert.match(await alert.textContent(), /case/);
  await ctx.close();
});

it("a Contributor's raw <iframe> is removed, while the shortcode, inline or as an iframe, works", async () => {
  const raw = `<iframe src="${wp.origin}${PLUGIN}dist/embed.html?widget=form-picker" title="raw frame"></iframe>`;
  const made = post(
    'contributor',
    'Tensions in a frame',
    `<!-- wp:html -->\n${raw}\n<!-- /wp:html -->\n\n<!-- wp:shortcode -->\n[collabgov widget="tension-sliders" mode="compare" case="lsp" display="iframe"]\n<!-- /wp:shortcode -->\n\n<!-- wp:shortcode -->\n[collabgov widget="form-picker" mode="quiz"]\n<!-- /wp:shortcode -->`,
    'pending',
  );
  assert.doesNotMatch(made.content, /<iframe/, 'WordPress removed the iframe when the Contributor saved');
  assert.match(made.content, /<!-- wp:html -->\s*<!-- \/wp:html -->/, 'the Custom HTML block is stored empty');
  assert.match(made.content, /\[collabgov widget="tension-sliders" mode="compare" case="lsp" display="iframe"\]/);
  // An Editor publishes the Contributor's post as it was stored.
  const url = wp.php(`wp_set_current_user(get_user_by('login', 'editor')->ID); wp_update_post(['ID' => ${made.id}, 'post_status' => 'publish']); echo get_permalink(${made.id});`);
  const { p, ctx, problems, requests } = await open(url);
  await p.locator('cg-form-picker .quiz input[type=radio]').first().waitFor();
  const frames = p.locator('iframe');
  assert.equal(await frames.count(), 1);
  assert.equal(await frames.getAttribute('title'), 'Managing the tensions of collaboration');
  const frame = p.frameLocator('iframe');
  await frame.locator('cg-tension-sliders input[type=range]').first().waitFor();
  assert.equal(await frame.locator('cg-tension-sliders [role=alert]').count(), 0);
  // embed-resizer.js gives the frame the activity's height.
  await p.waitForFunction(() => document.querySelector('iframe').style.height !== '700px');
  const height = (await frames.boundingBox()).height;
  const inner = await frame.locator('html').evaluate((el) => el.scrollHeight);
  assert.ok(Math.abs(height - inner) <= 2, `frame ${height} px, activity ${inner} px`);
  assert.deepEqual(fromPlugin(requests).filter((u) => u.endsWith('.js')).sort(), [`${PLUGIN}dist/collabgov.iife.js`, `${PLUGIN}dist/embed-resizer.js`, `${PLUGIN}dist/embed.js`]);
  assert.deepEqual(problems, []);
  await ctx.close();
});

it("Custom HTML with the script's whole address works for an Editor, and loses its script for an Author", async () => {
  const snippet = `<script src="${files.origin}/collabgov.iife.js"></script>\n<div data-collabgov="form-picker" data-mode="quiz" data-state-key="week5"></div>`;
  const block = `<!-- wp:html -->\n${snippet}\n<!-- /wp:html -->`;
  const editor = post('editor', 'Custom HTML by an editor', block);
  assert.ok(editor.content.includes(snippet), 'kept for an Editor');
  const { p, ctx, problems } = await open(editor.url);
  const widget = p.locator('div[data-state-key="week5"] > cg-form-picker');
  await answerQuiz(widget);
  await p.reload();
  await widget.locator('.feedback').first().waitFor();
  assert.equal(await quizAnswers(p), 1);
  assert.deepEqual(problems, []);
  await ctx.close();

  const author = post('author', 'Custom HTML by an author', block);
  assert.doesNotMatch(author.content, /<script/, 'WordPress removed the script when the Author saved');
  const seen = await open(author.url);
  await seen.p.getByText('Custom HTML by an author').first().waitFor();
  await seen.p.waitForLoadState('load');
  assert.equal(await seen.p.locator('cg-form-picker').count(), 0, 'nothing runs');
  await seen.ctx.close();
});

it('an Author adds the block in the block editor, chooses the activity and mode, and publishes it', async () => {
  const { ctx, p } = await login('author');
  const problems = [];
  p.on('pageerror', (e) => problems.push(String(e)));
  await p.goto(`${wp.origin}/wp-admin/post-new.php`);
  const guide = p.getByRole('dialog', { name: /Welcome to the block editor/ });
  await guide.waitFor();
  await guide.getByRole('button', { name: 'Close' }).click();
  await p.getByRole('textbox', { name: 'Add title' }).fill('Sorting statements');
  await p.getByRole('button', { name: 'Toggle block inserter' }).click();
  await p.getByRole('searchbox', { name: 'Search for blocks and patterns' }).fill('collabgov');
  await p.getByRole('option', { name: 'collabgov activity' }).click();
  const block = p.locator('.wp-block-collabgov-widget');
  await block.getByLabel('Activity').selectOption('table-comparator');
  await block.getByLabel('mode').selectOption('sort');
  await p.getByRole('button', { name: 'Publish', exact: true }).click();
  await p.getByRole('region', { name: 'Editor publish' }).getByRole('button', { name: 'Publish', exact: true }).click();
  await p.getByText('is now live').waitFor();
  const saved = JSON.parse(
    wp.php(`$q = get_posts(['author' => get_user_by('login', 'author')->ID, 'title' => 'Sorting statements', 'post_status' => 'publish']);
            echo wp_json_encode(['content' => $q[0]->post_content, 'url' => get_permalink($q[0])]);`),
  );
  assert.equal(saved.content.trim(), '<!-- wp:collabgov/widget {"widget":"table-comparator","mode":"sort"} /-->');
  assert.deepEqual(problems, []);
  await ctx.close();

  const seen = await open(saved.url);
  const widget = seen.p.locator('cg-table-comparator');
  await widget.locator('button:visible').first().waitFor();
  assert.equal(await widget.getAttribute('mode'), 'sort');
  assert.equal(await widget.locator('[role=alert]').count(), 0);
  assert.deepEqual(seen.problems, []);
  await seen.ctx.close();
});

it("every attribute of every widget in the manifest is a shortcode attribute and a block attribute, passed to the widget", () => {
  const manifest = JSON.parse(readFileSync(resolve(root, 'custom-elements.json'), 'utf8'));
  const sample = { case: 'lsp', tensions: 'goals,trust', lang: 'en-GB', src: 'https://example.org/pack.json', 'lrs-endpoint': 'https://lrs.example.org/xapi/' };
  const uses = [];
  for (const d of manifest.modules.flatMap((m) => m.declarations ?? []).filter((d) => d.tagName?.startsWith('cg-'))) {
    const widget = d.tagName.slice(3);
    for (const a of d.attributes) {
      const literal = a.type.text.match(/'([^']*)'/g)?.at(-1)?.slice(1, -1);
      const value = a.type.text === 'boolean' ? 'true' : (literal ?? sample[a.name] ?? `value-of-${a.name}`);
      uses.push({ widget, name: a.name, value, expected: a.type.text === 'boolean' ? '' : value });
    }
  }
  assert.ok(uses.length >= 30, `${uses.length} attributes`);
  const out = JSON.parse(
    wp.php(
      `$out = [];
       foreach ($input as $u) {
         $out[] = [
           'shortcode' => do_shortcode('[collabgov widget="' . $u['widget'] . '" ' . $u['name'] . '="' . $u['value'] . '"]'),
           'block' => render_block(['blockName' => 'collabgov/widget', 'attrs' => ['widget' => $u['widget'], $u['name'] => $u['value'] === 'true' ? true : $u['value']], 'innerBlocks' => [], 'innerHTML' => '', 'innerContent' => []]),
         ];
       }
       echo wp_json_encode($out);`,
      uses,
    ),
  );
  // Written as a lecturer might: a bare word for true, `_` for `-`.
  const loose = wp.php(`echo do_shortcode('[collabgov widget="tension-sliders" print-preview state_key="week4"]');`);
  assert.match(loose, / data-print-preview="" data-state-key="week4"/);
  uses.forEach((u, i) => {
    for (const form of ['shortcode', 'block']) {
      const html = out[i][form];
      assert.doesNotMatch(html, /collabgov-error/, `${form} ${u.widget} ${u.name}: ${html}`);
      assert.ok(html.includes(`data-collabgov="${u.widget}"`) && html.includes(` data-${u.name}="${u.expected}"`), `${form} ${u.widget} ${u.name}="${u.value}": ${html}`);
    }
  });
});

it('the plugin raised no PHP notice, warning or error', () => {
  const ours = wp.log().split('\n').filter((line) => line.includes('/plugins/collabgov/'));
  assert.deepEqual(ours, []);
});

it('deleted from the Plugins screen, the plugin leaves nothing behind; posts show the shortcode as text', async () => {
  const { ctx, p } = await login('admin', 'admin-password');
  p.on('dialog', (d) => d.accept());
  await p.goto(`${wp.origin}/wp-admin/plugins.php`);
  const row = p.locator('tr[data-plugin="collabgov/collabgov.php"]');
  await Promise.all([p.waitForURL(/deactivate=true/), row.getByRole('link', { name: /Deactivate/ }).click()]);
  await row.getByRole('link', { name: /^Delete/ }).click();
  await p.getByText('collabgov was successfully deleted.').waitFor();
  await ctx.close();
  const left = JSON.parse(
    wp.php(`global $wpdb;
      echo wp_json_encode([
        'dir' => file_exists(WP_PLUGIN_DIR . '/collabgov'),
        'options' => $wpdb->get_col("SELECT option_name FROM $wpdb->options WHERE option_name LIKE '%collabgov%'"),
        'meta' => $wpdb->get_col("SELECT meta_key FROM $wpdb->postmeta WHERE meta_key LIKE '%collabgov%' UNION SELECT meta_key FROM $wpdb->usermeta WHERE meta_key LIKE '%collabgov%'"),
        'active' => get_option('active_plugins'),
      ]);`),
  );
  assert.deepEqual(left, { dir: false, options: [], meta: [], active: [] });
  const made = post('author', 'After the plugin', '<!-- wp:shortcode -->\n[collabgov widget="form-picker"]\n<!-- /wp:shortcode -->');
  const { p: page, ctx: c2 } = await open(made.url);
  // (WordPress's typography filter curls the quotes of a shortcode it no longer knows.)
  await page.getByText(/\[collabgov widget=.form-picker.\]/).waitFor();
  await c2.close();
});
