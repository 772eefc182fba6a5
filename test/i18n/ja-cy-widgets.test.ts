// The three widgets in Japanese and Welsh at 320 px, every mode: nothing wider than the widget, no clipped text, axe
// clean, and in the language asked for, from the language's own entry (what collabgov-<lang>.js carries).
import { expect } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import { addLanguage } from '../../src/core/languages.js';
import '../../src/index.js';
import { cleanSlate } from '../helpers/clean-slate.js';
import { LANGS } from './languages.js';
import { MODES, make, misfits } from './widgets.js';

describe('the widgets in Japanese and Welsh at 320 px', () => {
  cleanSlate();
  before(() => setViewport({ width: 320, height: 800 }));
  after(() => setViewport({ width: 800, height: 600 }));

  for (const lang of LANGS) {
    describe(lang, () => {
      // The language as collabgov-<lang>.js gives it (src/lang/<lang>.ts): its catalog and its default pack.
      before(async () => addLanguage((await import(/* @vite-ignore */ `../../src/lang/${lang}.ts`)).language));
      for (const [tag, attrs] of MODES) {
        it(`${tag} ${JSON.stringify(attrs)}: fits, clips nothing, axe clean`, async () => {
          const el = await make(tag, attrs, lang);
          expect(el.shadowRoot!.querySelector('[part=error]'), 'no error panel').to.equal(null);
          if (lang === 'ja') expect(el.shadowRoot!.textContent).to.match(/[\u3040-\u30ff\u4e00-\u9fff]/);
          expect(misfits(el)).to.deep.equal([]);
          await expect(el).to.be.accessible();
        });
      }
    });
  }
});
