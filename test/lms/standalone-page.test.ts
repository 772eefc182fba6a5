import { expect } from '@open-wc/testing';
import { inlineScript, standalonePage } from '../../src/lms/standalone-page.js';

const parse = (html: string) => new DOMParser().parseFromString(html, 'text/html');
/** What the page's last (classic) script would run. */
const scriptOf = (doc: Document) => Array.from(doc.querySelectorAll('script:not([type])')).map((s) => s.textContent!);

describe('the self-contained activity page', () => {
  it('holds the mount point with the activity and the script inline', () => {
    const doc = parse(standalonePage({ widget: 'tension-sliders', mode: 'compare', case: 'lsp', theme: 'dark', script: 'window.ran = 1;' }));
    const div = doc.querySelector('main > div[data-collabgov]') as HTMLElement;
    expect({ ...div.dataset }).to.deep.equal({ collabgov: 'tension-sliders', mode: 'compare', case: 'lsp', stateKey: 'tension-sliders-compare-lsp', theme: 'dark' });
    expect(doc.documentElement.lang).to.equal('en');
    expect(doc.title).to.equal('Managing the tensions of collaboration (compare, lsp)');
    expect(doc.querySelector('h1')!.textContent).to.equal(doc.title);
    expect(scriptOf(doc)).to.deep.equal(['window.ran = 1;']);
    expect(doc.querySelector('script[type=importmap]')).to.equal(null);
    // Nothing the page would fetch: no src, no href but the empty icon.
    expect(doc.querySelectorAll('[src]')).to.have.length(0);
    expect(Array.from(doc.querySelectorAll('[href]')).map((e) => e.getAttribute('href'))).to.deep.equal(['data:,']);
  });

  it('in Japanese or Welsh carries the language file inline, mapped to the address the widget imports', async () => {
    expect(() => standalonePage({ widget: 'form-picker', lang: 'cy', script: 'x' })).to.throw(/language is missing: lang "cy" needs the text of dist\/collabgov-cy\.js/);
    const doc = parse(standalonePage({ widget: 'form-picker', lang: 'ja', script: 'x', language: 'export const language = 1;' }));
    expect(doc.documentElement.lang).to.equal('ja');
    const map = JSON.parse(doc.querySelector('script[type=importmap]')!.textContent!) as { imports: Record<string, string> };
    expect(Object.keys(map.imports)).to.deep.equal(['./collabgov-ja.js']);
    const text = await (await fetch(map.imports['./collabgov-ja.js']!)).text();
    expect(text).to.equal('export const language = 1;');
    // English needs no language file.
    expect(parse(standalonePage({ widget: 'form-picker', lang: 'en-GB', script: 'x' })).querySelector('script[type=importmap]')).to.equal(null);
  });

  it('escapes what would end the inline script, and the script still means the same', () => {
    const code = 'window.out = ["</script><script>window.hacked=1</script>", "<!-- x -->", /<\\/SCRIPT>/i.source, `</Script ${1}>`];';
    const doc = parse(standalonePage({ widget: 'form-picker', script: code }));
    const scripts = scriptOf(doc);
    expect(scripts).to.have.length(1);
    expect(scripts[0]).to.not.match(/<\/script|<!--/i);
    const run = new Function('window', scripts[0]!);
    const win: { out?: unknown; hacked?: unknown } = {};
    run(win);
    const same: { out?: unknown } = {};
    new Function('window', code)(same);
    expect(win.out).to.deep.equal(same.out);
    expect(win.hacked).to.equal(undefined);
    expect(inlineScript('a<b')).to.equal('a<b');
  });

  it('inlines a pack as JSON that reads back the same, and maps the checker into the file', () => {
    const pack = { title: 'Ours </script><script>alert(1)</script> & <!-- more' };
    const doc = parse(standalonePage({ widget: 'form-picker', pack: JSON.stringify(pack), checks: 'export const checkPack = () => 1; // é', script: 'x' }));
    const json = doc.querySelector('div[data-collabgov] > script[type="application/json"]')!;
    expect(JSON.parse(json.textContent!)).to.deep.equal(pack);
    expect(doc.querySelectorAll('script')).to.have.length(3);
    const map = JSON.parse(doc.querySelector('script[type=importmap]')!.textContent!);
    const url: string = map.imports['./collabgov-checks.js'];
    expect(url.startsWith('data:text/javascript;base64,')).to.equal(true);
    const text = new TextDecoder().decode(Uint8Array.from(atob(url.split(',')[1]!), (c) => c.charCodeAt(0)));
    expect(text).to.equal('export const checkPack = () => 1; // é');
  });

  it('names the option that is wrong', () => {
    const bad: [Parameters<typeof standalonePage>[0], RegExp][] = [
      [{ widget: 'form-pickr', script: 'x' }, /widget "form-pickr" is not a collabgov widget \(form-picker, table-comparator, tension-sliders\)/],
      [{ widget: 'form-picker', mode: 'sort', script: 'x' }, /mode "sort" is not a mode of form-picker \(explore, quiz\)/],
      [{ widget: 'form-picker', case: 'Bad Case', script: 'x' }, /case "Bad Case" is not a case id/],
      [{ widget: 'form-picker', lang: '<b>', script: 'x' }, /lang "<b>" is not a language tag/],
      [{ widget: 'form-picker', theme: 'pink' as 'dark', script: 'x' }, /theme "pink"/],
      [{ widget: 'form-picker', script: '' }, /script is missing/],
      [{ widget: 'form-picker', pack: '{oops', checks: 'x', script: 'x' }, /pack is not valid JSON/],
      [{ widget: 'form-picker', pack: '[1]', checks: 'x', script: 'x' }, /pack must be a JSON object/],
      [{ widget: 'form-picker', pack: {}, script: 'x' }, /checks is missing/],
    ];
    for (const [options, message] of bad) expect(() => standalonePage(options), String(message)).to.throw(message);
  });
});
