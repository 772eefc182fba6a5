// End-to-end checks of the data-collabgov mount point in the built files: every script that defines a widget
// upgrades <div data-collabgov="...">, present at load or added later, loaded twice harmlessly; a wrong name, or a
// widget no script on the page defines, shows a visible alert in the div.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { harness, page } from './harness.mjs';

const divs = `
  <div data-collabgov="form-picker" data-mode="quiz" data-case="lsp" data-state-key="a">This activity needs JavaScript.</div>
  <div data-collabgov="table-comparator" data-mode="sort" data-state-key="b"></div>
  <div data-collabgov="tension-sliders" data-tensions="goals,trust" data-state-key="c"></div>`;

const routes = {
  '/es.html': { body: page(`<script type="module" src="/dist/collabgov.js"></script>${divs}`) },
  // A classic script in the head runs before the divs are parsed.
  '/iife.html': { body: page(`<script src="/dist/collabgov.iife.js"></script>${divs}`) },
  '/twice.html': {
    body: page(`<script type="module" src="/dist/collabgov.js"></script><script type="module" src="/dist/collabgov.js?again"></script>
      <script src="/dist/collabgov.iife.js"></script><script type="module" src="/dist/form-picker.js"></script>${divs}`),
  },
  '/one.html': {
    body: page(`<script type="module" src="/dist/form-picker.js"></script><script type="module" src="/dist/table-comparator.js"></script>
      <script type="module" src="/dist/tension-sliders.js"></script>${divs}`),
  },
  '/missing.html': {
    body: page(`<script type="module" src="/dist/form-picker.js"></script>
      <div data-collabgov="form-picker" data-state-key="a"></div>
      <div data-collabgov="table-comparator" id="missing"></div>
      <div data-collabgov="form-pickr" id="wrong"></div>`),
  },
};

const h = harness(routes);

/** Waits until each mount point holds one rendered widget; returns what each shows. */
const rendered = (p) =>
  p.waitForFunction(() => {
    const hosts = [...document.querySelectorAll('[data-collabgov]')];
    const out = hosts.map((d) => {
      const el = d.firstElementChild;
      return el?.shadowRoot && el.shadowRoot.textContent.trim().length > 20
        ? { tag: el.localName, count: d.children.length, alert: !!el.shadowRoot.querySelector('[role=alert]'), text: d.textContent.trim() }
        : null;
    });
    return out.every(Boolean) && out;
  });

for (const [path, name] of [
  ['/es.html', 'collabgov.js'],
  ['/iife.html', 'collabgov.iife.js (in the head)'],
  ['/one.html', 'the one-widget files'],
  ['/twice.html', 'collabgov.js twice, the IIFE and form-picker.js together'],
]) {
  test(`${name}: every div becomes its widget, with no console error`, async () => {
    const { p, problems } = await h.open(path);
    const shown = await (await rendered(p)).jsonValue();
    assert.deepEqual(
      shown.map((s) => [s.tag, s.count, s.alert, s.text]),
      [
        ['cg-form-picker', 1, false, ''],
        ['cg-table-comparator', 1, false, ''],
        ['cg-tension-sliders', 1, false, ''],
      ],
    );
    const attrs = await p.evaluate(() => [...document.querySelectorAll('[data-collabgov] > *')].map((el) => [el.getAttribute('mode'), el.getAttribute('state-key')]));
    assert.deepEqual(attrs, [['quiz', 'a'], ['sort', 'b'], ['reflect', 'c']]);
    assert.equal(await p.evaluate(() => document.querySelector('cg-tension-sliders').shadowRoot.querySelectorAll('input[type=range]').length), 2);
    assert.deepEqual(problems, []);
    await p.close();
  });
}

test('a div added after load is upgraded, and its widget saves and restores under its state-key', async () => {
  const { p } = await h.open('/es.html');
  await rendered(p);
  await p.evaluate(() => {
    const d = document.createElement('div');
    d.dataset.collabgov = 'form-picker';
    d.dataset.mode = 'quiz';
    d.dataset.stateKey = 'later';
    document.body.append(d);
  });
  const radio = p.locator('div[data-state-key="later"] cg-form-picker .quiz input[type=radio]').first();
  await radio.check();
  const saved = await p.waitForFunction(() => localStorage.getItem('collabgov:cg-form-picker:later'));
  assert.ok(await saved.jsonValue());
  await p.close();
});

test('a wrong name, and a widget no script on the page defines, show a visible alert in the div', async () => {
  const { p } = await h.open('/missing.html');
  await p.waitForFunction(() => document.querySelector('#missing [role=alert]') && document.querySelector('#wrong [role=alert]'));
  const wrong = p.locator('#wrong [role=alert]');
  assert.match(await wrong.textContent(), /data-collabgov is "form-pickr", which is not a widget\. Use one of form-picker, table-comparator, tension-sliders\./);
  assert.ok((await wrong.boundingBox()).height > 20);
  assert.match(await p.locator('#missing [role=alert]').textContent(), /"table-comparator", but no script on this page defines it: load collabgov\.js or table-comparator\.js/);
  // The widget the page does load still runs.
  await p.waitForFunction(() => document.querySelector('[data-state-key="a"] cg-form-picker')?.shadowRoot?.querySelector('input'));
  await p.close();
});
