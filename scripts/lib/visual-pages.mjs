// The pages the visual checks and the page-height table look at: every widget in every mode, on a bare host page
// served from the repository (the built dist/collabgov.js), light or dark by the host page's own `color-scheme`.
// Shared by scripts/page-heights.mjs and test/visual/screenshots.test.mjs.

/** Every mode of every widget, in its start state (a case given where the mode needs one to show its work). */
export const MODES = [
  { name: 'form-picker-explore', tag: 'cg-form-picker', attrs: '' },
  { name: 'form-picker-quiz', tag: 'cg-form-picker', attrs: 'mode="quiz"' },
  { name: 'table-comparator-table', tag: 'cg-table-comparator', attrs: '' },
  { name: 'table-comparator-sort', tag: 'cg-table-comparator', attrs: 'mode="sort"' },
  { name: 'table-comparator-case', tag: 'cg-table-comparator', attrs: 'mode="case" case="lsp"' },
  { name: 'tension-sliders-reflect', tag: 'cg-tension-sliders', attrs: '' },
  { name: 'tension-sliders-compare', tag: 'cg-tension-sliders', attrs: 'mode="compare" case="lsp"' },
];

export const WIDTHS = [390, 1280];
export const SCHEMES = ['light', 'dark'];

/**
 * A host page with one widget. The page sets no font (so the widget's own system font stack applies) and says its
 * colour scheme the way a host page does, with `color-scheme` on the root.
 */
export function hostPage({ tag, attrs }, scheme = 'light', body = '') {
  return `<!doctype html><html lang="en" style="color-scheme: ${scheme}"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1"><link rel="icon" href="data:,"><title>${tag}</title>
<script type="module" src="/dist/collabgov.js"></script></head>
<body style="margin: 0">${body}<${tag} state-key="visual" ${attrs}></${tag}></body></html>`;
}

/**
 * The buttons page: every kind of button in its pressed or primary state (a pressed toggle, a pressed Highlight,
 * "Compare with the reference reading" pressed, Check, Download my reflection), for the forced-colours check.
 */
const saved = (tag, key, w, s) =>
  `localStorage.setItem(${JSON.stringify(`collabgov:${tag}:${key}`)}, ${JSON.stringify(JSON.stringify({ v: 1, w, s }))});`;
const TABLE = { hidden: [], highlight: null, step: null, answers: {}, checked: false, caseId: null, cases: {} };
export const BUTTONS_PAGE = `<!doctype html><html lang="en"><head><meta charset="utf-8"><link rel="icon" href="data:,"><title>buttons</title>
<script>${saved('cg-table-comparator', 'b1', 'table-comparator', { ...TABLE, step: 0, highlight: 'definition' })}
${saved('cg-table-comparator', 'b4', 'table-comparator', { ...TABLE, cases: { lsp: { positions: {}, notes: {}, reveal: true } } })}</script>
<script type="module" src="/dist/collabgov.js"></script></head>
<body style="margin: 0">
<cg-table-comparator state-key="b1"></cg-table-comparator>
<cg-table-comparator state-key="b2" mode="sort" feedback="check"></cg-table-comparator>
<cg-table-comparator state-key="b4" mode="case" case="lsp"></cg-table-comparator>
<cg-tension-sliders state-key="b3" tensions="goals"></cg-tension-sliders>
</body></html>`;

/**
 * More primary and pressed buttons, for the forced-colours label check only (no reference screenshot): the quiz's
 * Check (enabled by a chosen answer), a chosen logic not yet checked in the sort, and "Yes, start attempt 2" (the
 * test presses Try again on the finished quiz first).
 */
const FP = { factors: {}, point: null, caseId: '', view: '', quiz: {}, draft: {} };
export const BUTTONS_MORE_PAGE = (quizCases, statement) => `<!doctype html><html lang="en"><head><meta charset="utf-8"><link rel="icon" href="data:,"><title>more buttons</title>
<script>${saved('cg-form-picker', 'm1', 'form-picker', { ...FP, draft: { [quizCases[0].id]: quizCases[0].governance.form } })}
${saved('cg-form-picker', 'm2', 'form-picker', { ...FP, quiz: Object.fromEntries(quizCases.map((c) => [c.id, c.governance.form])) })}
${saved('cg-table-comparator', 'm3', 'table-comparator', { ...TABLE, answers: { [statement.id]: { logic: statement.logic } } })}</script>
<script type="module" src="/dist/collabgov.js"></script></head>
<body style="margin: 0">
<cg-form-picker state-key="m1" mode="quiz"></cg-form-picker>
<cg-form-picker state-key="m2" mode="quiz" id="done"></cg-form-picker>
<cg-table-comparator state-key="m3" mode="sort" feedback="check"></cg-table-comparator>
</body></html>`;

/** Routes for the static server: /visual/<mode>/<scheme>.html for every mode and scheme, and /visual/buttons.html. */
export function visualRoutes({ quizCases, statement } = {}) {
  const routes = { '/visual/buttons.html': { body: BUTTONS_PAGE } };
  if (quizCases) routes['/visual/buttons-more.html'] = { body: BUTTONS_MORE_PAGE(quizCases, statement) };
  for (const m of MODES) for (const s of SCHEMES) routes[`/visual/${m.name}/${s}.html`] = { body: hostPage(m, s) };
  return routes;
}

/** Waits until the page's widget shows a control (or an error panel, which the caller then reports). */
export async function widgetReady(page, tag) {
  await page.waitForFunction((t) => document.querySelector(t)?.shadowRoot?.querySelector('input, button, select, [role=alert]'), tag);
  await page.evaluate(async (t) => {
    await document.querySelector(t).updateComplete;
    await document.fonts.ready;
    await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
  }, tag);
}
