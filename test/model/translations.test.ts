// A lecturer's pack with texts per language (src/model/translations.ts), through checkPack as the widgets call it.
import { expect } from '@open-wc/testing';
import { checkPack } from '../../src/model/validate.js';
import { defaultPack } from '../../src/model/packs/en.js';

const c = (text: string) => ({ text, cite: ['vangen-2017'] });
const own = { lang: 'en', concepts: [{ id: 'my-idea', term: 'My idea', definition: c('What it means.') }] };

describe('a pack with translations', () => {
  it('in the translated language: its texts, its ids and citations, and the pack says its language', () => {
    const r = checkPack({ ...own, translations: { cy: { concepts: [{ id: 'my-idea', term: 'Fy syniad', definition: { text: 'Beth mae’n ei olygu.' } }] } } }, defaultPack, 'cy');
    if (!r.ok) throw new Error(JSON.stringify(r.issues));
    const mine = r.pack.concepts.find((k) => k.id === 'my-idea')!;
    expect(mine.term).to.equal('Fy syniad');
    expect(mine.definition).to.deep.equal({ text: 'Beth mae’n ei olygu.', cite: ['vangen-2017'] });
    expect(r.pack.lang).to.equal('cy');
  });

  it('in its own language, or one it has no translation for: its own texts', () => {
    for (const lang of ['en', 'ja']) {
      const r = checkPack({ ...own, translations: { cy: { concepts: [{ id: 'my-idea', term: 'Fy syniad' }] } } }, defaultPack, lang);
      if (!r.ok) throw new Error(JSON.stringify(r.issues));
      expect(r.pack.concepts.find((k) => k.id === 'my-idea')!.term).to.equal('My idea');
    }
  });

  it('names the language and the text a translation lacks, and an item the pack does not have', () => {
    const r = checkPack({ ...own, translations: { cy: { concepts: [{ id: 'my-idea', term: 'Fy syniad' }, { id: 'other', term: 'Arall' }] } } }, defaultPack, 'cy');
    expect(r.ok).to.equal(false);
    if (r.ok) return;
    expect(r.issues.map((i) => `${i.where}: ${i.message} (${i.path})`)).to.deep.equal([
      `the pack's translations: names "other", which the pack's own concepts do not have: a translation only gives the texts of the pack's own items. (translations.cy.concepts[1])`,
      `the concept 'My idea': definition: has no Welsh (cy) text. Add it under "translations": { "cy": … } in the item with the same id. (concepts[0].definition.text)`,
    ]);
  });

  it('a translations field that is not an object per language is reported by the schema', () => {
    const r = checkPack({ ...own, translations: { cy: 'Fy syniad' } }, defaultPack, 'cy');
    expect(r.ok).to.equal(false);
    if (!r.ok) expect(r.issues[0]!.path).to.match(/^translations\.cy/);
  });
});
