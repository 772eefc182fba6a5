import { expect } from '@open-wc/testing';
import { defaultPack } from '../../src/model/packs/en.js';
import { readEmbedConfig } from '../../src/lms/embed-config.js';
import { readResize } from '../../src/lms/resize-message.js';

const read = (q: string, data: Record<string, string> = {}) => readEmbedConfig(new URLSearchParams(q), data, defaultPack);

describe('embed configuration from the query string', () => {
  it('reads a full configuration', () => {
    const { config, issues } = read('widget=form-picker&mode=quiz&case=lsp&lang=en-GB&theme=dark&state-key=w1');
    expect(issues).to.deep.equal([]);
    expect(config).to.deep.include({ widget: 'form-picker', mode: 'quiz', scored: true, case: 'lsp', lang: 'en-GB', theme: 'dark', stateKey: 'w1', scorm: false });
  });

  it('defaults the mode and takes the SCORM launch page data attributes, which the query overrides', () => {
    expect(read('', { widget: 'tension-sliders', scorm: '1' }).config).to.deep.include({ mode: 'reflect', scored: false, scorm: true });
    expect(read('mode=sort', { widget: 'table-comparator', mastery: '80' }).config).to.deep.include({ mode: 'sort', scored: true, mastery: 80 });
  });

  it('names each bad parameter and what is allowed', () => {
    expect(read('widget=nope').issues[0]!.message).to.match(/"nope", which is not a collabgov widget\. Known widgets: "form-picker", "table-comparator", "tension-sliders"/);
    expect(read('').issues[0]).to.deep.include({ path: 'widget' });
    const { config, issues } = read('widget=tension-sliders&mode=quiz&theme=pink&lang=%3Cb%3E&case=nope');
    expect(config).to.equal(undefined);
    expect(issues.map((i) => i.path)).to.deep.equal(['mode', 'theme', 'lang', 'case']);
    expect(issues[0]!.message).to.contain('Its modes: "reflect", "compare"');
  });

  it('reads grading and attempts (for the widget and the SCORM bridge alike) and names bad ones', () => {
    expect(read('', { widget: 'form-picker', mode: 'quiz', grading: 'first', attempts: '2' }).config).to.deep.include({ grading: 'first', attempts: '2' });
    const { issues } = read('widget=table-comparator&mode=sort&grading=average&attempts=0');
    expect(issues.map((i) => i.path)).to.deep.equal(['grading', 'attempts']);
    expect(issues[0]!.message).to.contain('"best" (the default), "last" or "first"');
  });

  it('leaves the case to the widget when the content comes from src', () => {
    expect(read('widget=form-picker&case=own-case&src=pack.json').issues).to.deep.equal([]);
  });
});

describe('resize messages', () => {
  it('accepts only the documented shape and clamps the height', () => {
    expect(readResize({ type: 'collabgov:resize', version: 1, height: 640.2 })).to.equal(641);
    expect(readResize({ type: 'collabgov:resize', version: 1, height: 1e9 })).to.equal(20000);
    expect(readResize({ type: 'collabgov:resize', version: 1, height: -5 })).to.equal(80);
    for (const bad of [null, 'collabgov:resize', { type: 'collabgov:resize', version: 2, height: 100 }, { type: 'collabgov:resize', version: 1, height: '100' }, { type: 'collabgov:resize', version: 1, height: NaN }, { type: 'resize', version: 1, height: 100 }]) {
      expect(readResize(bad), JSON.stringify(bad)).to.equal(null);
    }
  });

  it('takes a pack only from its own origin: not data:, javascript:, //host or another server; quotes at most 200 characters', () => {
    const page = 'https://uni.example/collabgov/embed.html?widget=form-picker';
    const src = (value: string) => readEmbedConfig(new URLSearchParams({ widget: 'form-picker', src: value }), {}, defaultPack, false, page);
    for (const ok of ['my-pack.json', '/packs/p.json', 'https://uni.example/x/p.json', '../p.json']) {
      expect(src(ok).issues, ok).to.deep.equal([]);
      expect(src(ok).config!.src).to.equal(ok);
    }
    for (const [bad, said] of [
      ['data:application/json,{}', /as a data: address/],
      ['javascript:alert(1)', /as a javascript: address/],
      ['//evil.example/p.json', /starts with \/\//],
      ['\\\\evil.example/p.json', /starts with \/\//],
      ['https://evil.example/p.json', /on another server \(https:\/\/evil\.example\)/],
      ['http://uni.example/p.json', /only over https/],
      ['blob:https://uni.example/1', /as a blob: address/],
    ] as const) {
      const { config, issues } = src(bad);
      expect(config, bad).to.equal(undefined);
      expect(issues.map((i) => i.path)).to.deep.equal(['src']);
      expect(issues[0]!.message).to.match(said);
    }
    const long = src(`https://evil.example/${'x'.repeat(100000)}`).issues[0]!.message;
    expect(long.length).to.be.below(600);
    expect(read(`widget=${'w'.repeat(100000)}`).issues[0]!.message.length).to.be.below(400);
  });
});
