// Each widget's own file carries only its part of the English pack (`englishFor`, src/widgets/*/content.ts).
// Here every widget, in every mode, renders exactly the same from its part as from the whole pack: nothing it
// shows is missing from its part.
import { expect, fixture, fixtureCleanup } from '@open-wc/testing';
import { html, unsafeStatic } from 'lit/static-html.js';
import { defaultPack } from '../../src/model/index.js';
// The one-widget entries, which give each widget its part (src/index.ts would give them the whole pack).
import '../../src/widgets/form-picker/index.js';
import '../../src/widgets/table-comparator/index.js';
import '../../src/widgets/tension-sliders/index.js';
import { cleanSlate } from '../helpers/clean-slate.js';
import type { CgElement } from '../../src/core/base.js';

const cases: [string, string, string?][] = [
  ['cg-form-picker', 'explore'],
  ['cg-form-picker', 'explore', 'lsp'],
  ['cg-form-picker', 'quiz'],
  ['cg-table-comparator', 'table'],
  ['cg-table-comparator', 'sort'],
  ['cg-table-comparator', 'case', 'place-based-care'],
  ['cg-tension-sliders', 'reflect'],
  ['cg-tension-sliders', 'reflect', 'lsp'],
  ['cg-tension-sliders', 'compare', 'lsp'],
];

/** What a student sees and can use: the rendered markup without lit's comment markers. */
const markup = (el: Element) => el.shadowRoot!.innerHTML.replace(/<!--[^]*?-->/g, '');

describe('each widget’s own part of the default pack', () => {
  cleanSlate();
  afterEach(() => fixtureCleanup());

  for (const [tag, mode, caseId] of cases) {
    it(`${tag} mode=${mode}${caseId ? ` case=${caseId}` : ''}: renders the same as the whole pack`, async () => {
      const t = unsafeStatic(tag);
      const own = await fixture<CgElement>(html`<${t} mode=${mode} case=${caseId ?? ''} state-key="own"></${t}>`);
      const whole = await fixture<CgElement>(html`<${t} mode=${mode} case=${caseId ?? ''} state-key="whole" .content=${defaultPack}></${t}>`);
      expect(whole.shadowRoot!.querySelector('[role=alert]')).to.equal(null);
      const ownClass = own.constructor as typeof CgElement;
      expect(ownClass.defaultContent, 'the widget shows its part, not the whole pack').to.not.equal(defaultPack);
      expect(ownClass.defaultContent!.comparison.rows.length + ownClass.defaultContent!.forms.length).to.be.lessThan(defaultPack.comparison.rows.length + defaultPack.forms.length);
      expect(own.shadowRoot!.textContent!.length).to.be.greaterThan(500);
      expect(markup(own)).to.equal(markup(whole));
    });
  }
});
