// The three widgets in Japanese and Welsh at 320 px, every mode: nothing wider than the widget, no clipped text, axe
// clean, and in the language asked for. The catalog and pack are taken from their files (issue-18 layout) and
// registered here, so this runs before and after the language loader; skipped while a language's files are absent.
import { expect } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import { registerMessages } from '../../src/core/i18n/catalog.js';
import '../../src/index.js';
import { cleanSlate } from '../helpers/clean-slate.js';
import { LANGS, PACK_PARTS, languageFiles } from './languages.js';
import { MODES, make, misfits } from './widgets.js';

describe('the widgets in Japanese and Welsh at 320 px', () => {
  cleanSlate();
  before(() => setViewport({ width: 320, height: 800 }));
  after(() => setViewport({ width: 800, height: 600 }));

  for (const lang of LANGS) {
    describe(lang, () => {
      let pack: Record<string, unknown> | undefined;
      before(async () => {
        const files = await languageFiles(lang);
        if (!files.messages || PACK_PARTS.some((p) => !files.pack[p])) return;
        registerMessages(lang, files.messages);
        const part = (p: string) => files.pack[p]!;
        pack = {
          ...(part('meta').meta as object),
          references: part('references').references,
          concepts: part('concepts').concepts,
          forms: part('forms').forms,
          factors: part('factors').factors,
          predictors: part('predictors').predictors,
          evolution: part('evolution').evolution,
          tensions: [...(part('tensions').paperTensions as unknown[]), ...(part('tensions').provanKenisTensions as unknown[])],
          readings: part('readings').readings,
          comparison: part('comparison').comparison,
          eras: part('eras').eras,
          cases: part('cases').cases,
          responses: part('responses').responses,
        };
        // With the language loader there, the files are given as the loaded language (as collabgov-<lang>.js would).
        const loader = '../../src/core/languages.ts';
        await import(/* @vite-ignore */ loader).then(
          (m: { addLanguage?: (l: unknown) => void }) => m.addLanguage?.({ lang, messages: files.messages, pack }),
          () => undefined,
        );
      });
      for (const [tag, attrs] of MODES) {
        it(`${tag} ${JSON.stringify(attrs)}: fits, clips nothing, axe clean`, async function () {
          if (!pack) this.skip();
          const el = await make(tag, attrs, lang, pack);
          expect(el.shadowRoot!.querySelector('[part=error]'), 'no error panel').to.equal(null);
          if (lang === 'ja') expect(el.shadowRoot!.textContent).to.match(/[\u3040-\u30ff\u4e00-\u9fff]/);
          expect(misfits(el)).to.deep.equal([]);
          await expect(el).to.be.accessible();
        });
      }
    });
  }
});
