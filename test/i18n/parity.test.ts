// Every language has exactly the English keys (chrome catalog, studio strings, default pack's texts), its ids and
// choices equal to the English, no Japanese string that is still English, and no long Welsh string copied from
// the English. Written over LANGS: it runs for each language whose files exist, and demands all of them then.
import { expect } from '@open-wc/testing';
import { ARG, LANGS, NOT_TEXT, PACK_PARTS, englishFiles, languageFiles, strings, type LanguageFiles } from './languages.js';

const own = (o: object, k: string) => Object.prototype.hasOwnProperty.call(o, k);

/** A value that holds no item with texts: a primitive, or a list or map of primitives (ids, levels, positions). */
const flat = (v: unknown) => v === null || typeof v !== 'object' || Object.values(v).every((x) => x === null || typeof x !== 'object');

/** Differences in shape between the English value and another language's: missing, extra, wrong kind, changed ids. */
function differences(en: unknown, other: unknown, path: string, out: string[] = [], key = ''): string[] {
  if (path.startsWith('pack') && NOT_TEXT.has(key) && flat(en)) {
    if (JSON.stringify(en) !== JSON.stringify(other)) out.push(`${path}: must stay ${JSON.stringify(en)}`);
    return out;
  }
  if (typeof en !== typeof other || Array.isArray(en) !== Array.isArray(other) || (en === null) !== (other === null)) {
    out.push(`${path}: ${other === undefined ? 'missing' : `a ${typeof other}, not a ${typeof en}`}`);
  } else if (typeof en === 'function') {
    if ((en as () => void).length !== (other as () => void).length) out.push(`${path}: takes ${(other as () => void).length} arguments, not ${(en as () => void).length}`);
  } else if (typeof en === 'number' || typeof en === 'boolean') {
    if (en !== other) out.push(`${path}: must stay ${en}`);
  } else if (Array.isArray(en)) {
    const o = other as unknown[];
    if (en.length !== o.length) out.push(`${path}: ${o.length} items, not ${en.length}`);
    en.forEach((v, i) => i < o.length && differences(v, o[i], `${path}[${i}]`, out, v !== null && typeof v === "object" ? "" : key));
  } else if (en && typeof en === 'object') {
    const o = other as object;
    for (const k of Object.keys(en)) {
      if (!own(o, k)) out.push(`${path}.${k}: missing`);
      else differences((en as Record<string, unknown>)[k], (o as Record<string, unknown>)[k], `${path}.${k}`, out, k);
    }
    for (const k of Object.keys(o)) if (!own(en, k)) out.push(`${path}.${k}: not in English`);
  }
  return out;
}

/** Words a Japanese text may give in Latin letters alone: acronyms, product and file names, formats. */
const JA_LATIN_OK = /^(?:NAO|NHS|LMS|SCORM|xAPI|JSON|URL|CSV|PDF|HTML|ID|UK|OK|collabgov(?:-[\w-]+)?(?:\.js)?|dist|Moodle|Canvas|Blackboard|Brightspace|Markdown|Tab|Enter|Space|Esc|Escape|Home|End|Shift|Ctrl|Alt|iframe|H5P|WordPress|Storybook|NaN)$/;
/** Japanese strings that may be Latin only: by path (citations, references, the cite ids). */
const JA_PATH_OK = /(^pack\.references|\.cite\b|\.url$|\.authors$|\.source$)/;

/** A Japanese string that has Latin words and nothing Japanese: still English. */
function stillEnglish(text: string): boolean {
  const t = text.replaceAll(ARG, ' ').replace(/[\w.-]+\.(?:js|json|zip|html|xml|md|txt)\b/g, ' ').replace(/https?:\/\/\S+/g, ' ').replace(/\([^()]*\b(?:19|20)\d\d[a-z]?\)/g, ' ');
  if (/[^\x00-\x7f‘’“”…–—×·]/.test(t)) return false;
  const words = t.match(/[A-Za-z][A-Za-z'-]*/g) ?? [];
  return words.some((w) => w.length > 1 && !JA_LATIN_OK.test(w));
}

/** An id, a choice or a level, not a text: under a key that never holds text, or kebab-case like `new-case`. */
const isId = (path: string, text: string) =>
  /^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(text) || path.split(/[.[\]()]+/).some((k) => NOT_TEXT.has(k) && path.startsWith('pack'));

/** Welsh strings that may match the English word for word (cognates, names, terms given in English on purpose). */
// Welsh strings that are rightly the English: keys named as they are printed on the keyboard.
const CY_SAME_OK = new Set<string>(['Page Up, Page Down']);
/** The words of a text (runs of letters), its placeholders and punctuation left out. */
const words = (text: string) => text.replaceAll(ARG, ' ').match(/\p{L}+/gu) ?? [];

function all(files: LanguageFiles | Required<LanguageFiles>): [string, string][] {
  return [...strings(files.messages, 'chrome'), ...strings(files.studio, 'studio'), ...strings(files.pack, 'pack')];
}

describe('every language has every English key', () => {
  let en: Required<LanguageFiles>;
  before(async () => {
    en = await englishFiles();
  });

  for (const lang of LANGS) {
    describe(lang, () => {
      let files: LanguageFiles;
      let present = false;
      before(async function () {
        files = await languageFiles(lang);
        present = !!files.messages || !!files.studio || Object.values(files.pack).some(Boolean);
      });

      it('has the chrome catalog, the studio strings and every file of the default pack, with the same keys', function () {
        if (!present) this.skip();
        const problems: string[] = [];
        if (!files.messages) problems.push(`src/core/i18n/${lang}/index.ts: missing`);
        else differences(en.messages, files.messages, 'chrome', problems);
        if (!files.studio) problems.push(`src/studio/strings-${lang}.ts: missing`);
        else differences(en.studio, files.studio, 'studio', problems);
        for (const part of PACK_PARTS) {
          if (!files.pack[part]) problems.push(`src/model/packs/${lang}/${part}.ts: missing`);
          else {
            // Each export compared as a whole collection (its name, e.g. `factors`, is not a field of an item).
            const mine = files.pack[part]!;
            const theirs = en.pack[part]!;
            for (const k of Object.keys(theirs)) {
              if (!own(mine, k)) problems.push(`pack.${part}.${k}: missing`);
              else if (part === 'meta') differences({ ...(theirs[k] as object), id: 0, lang: 0, title: '' }, { ...(mine[k] as object), id: 0, lang: 0, title: '' }, `pack.${part}.${k}`, problems);
              else differences(theirs[k], mine[k], `pack.${part}.${k}`, problems);
            }
            for (const k of Object.keys(mine)) if (!own(theirs, k)) problems.push(`pack.${part}.${k}: not in English`);
          }
        }
        expect(problems).to.deep.equal([]);
      });

      it('changes the pack’s meta only in id, lang and title', function () {
        if (!files?.pack.meta) this.skip();
        const meta = files.pack.meta.meta as Record<string, unknown>;
        expect(meta.id).to.equal(`collabgov-${lang}`);
        expect(meta.lang).to.equal(lang);
        expect(meta.title).to.not.equal((en.pack.meta!.meta as Record<string, unknown>).title);
      });

      if (lang === 'ja')
        it('has no string that is still English (Latin words and nothing Japanese)', function () {
          if (!present) this.skip();
          const english = all(files)
            .filter(([path, text]) => !JA_PATH_OK.test(path) && !isId(path, text) && stillEnglish(text))
            .map(([path, text]) => `${path}: ${text}`);
          expect(english).to.deep.equal([]);
        });

      if (lang === 'cy')
        it('has no string of more than three words identical to the English', function () {
          if (!present) this.skip();
          const mine = new Map(all(files));
          const same = all(en)
            .filter(([path]) => !/^pack\.references/.test(path) && !/\.cite\b/.test(path))
            .filter(([path, text]) => mine.get(path) === text && words(text).length > 3 && !CY_SAME_OK.has(text))
            .map(([path, text]) => `${path}: ${text}`);
          expect(same).to.deep.equal([]);
        });
    });
  }

  it('the checks catch what they are for', () => {
    expect(differences({ a: 'x', f: (n: number) => `${n}` }, { f: () => '', b: 'y' }, 'c')).to.deep.equal([
      'c.a: missing',
      'c.f: takes 0 arguments, not 1',
      'c.b: not in English',
    ]);
    expect(differences([{ id: 'p', name: 'x' }], [{ id: 'q', name: 'y' }], 'pack')).to.deep.equal(['pack[0].id: must stay "p"']);
    expect(stillEnglish('Check')).to.equal(true);
    expect(stillEnglish('Row 〇 of 〇')).to.equal(true);
    expect(stillEnglish('確認')).to.equal(false);
    expect(stillEnglish('NAO')).to.equal(false);
    expect(stillEnglish('SCORM (collabgov-ja.js)')).to.equal(false);
  });
});
