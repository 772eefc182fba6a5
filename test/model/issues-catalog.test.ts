// The checker's explanations come from a catalog per language (src/model/i18n/issues-en.ts), English by default.
import { expect } from '@open-wc/testing';
import { describeValue, explainIssue, issueMessagesFor, registerIssueMessages } from '../../src/model/issues.js';
import { issuesEn } from '../../src/model/i18n/issues-en.js';

describe('the checker’s explanations by language', () => {
  it('explains in English by default, counting through plural rules', () => {
    expect(explainIssue({ code: 'invalid_type', path: ['cases', 0, 'name'], expected: 'string' }, { cases: [{}] })).to.deep.equal([
      { path: 'cases[0].name', message: 'is required but missing.' },
    ]);
    expect(explainIssue({ code: 'too_small', path: ['forms'], origin: 'array', minimum: 1 }, { forms: [] })[0]!.message).to.equal('is too short: needs at least 1 item.');
    expect(explainIssue({ code: 'too_big', path: ['title'], origin: 'string', maximum: 200 }, { title: 'x' })[0]!.message).to.equal('is too long: at most 200 characters.');
  });

  it('uses a registered language’s catalog, by its base tag, and English for others', () => {
    const marked: typeof issuesEn = {
      ...issuesEn,
      kind: { ...issuesEn.kind, text: 'XX text' },
      expected: { ...issuesEn.expected, number: 'XX number' },
      required: 'XX required',
      wrongType: (w: string, i: string) => `XX ${w}/${i}`,
    };
    registerIssueMessages('xx', marked);
    expect(issueMessagesFor('xx-YY').required).to.equal('XX required');
    expect(explainIssue({ code: 'invalid_type', path: ['a'], expected: 'number' }, { a: 'hi' }, 'xx')[0]!.message).to.equal('XX XX number/XX text');
    expect(describeValue('hi', 'xx')).to.equal('XX text');
    expect(explainIssue({ code: 'invalid_type', path: ['a'] }, {}, 'fr')[0]!.message).to.equal('is required but missing.');
    expect(describeValue('hi')).to.equal('text');
  });
});

describe('where an issue is, by language', () => {
  it('names the place from the catalog: item nouns, field names and phrases', async () => {
    const { placeOf } = await import('../../src/model/issues.js');
    const pack = { cases: [{ id: 'c', name: 'Leeds health partnership' }], factors: [{ id: 'trust', name: 'Trust' }] };
    expect(placeOf('cases[0].factors.trust', pack)).to.equal("the case 'Leeds health partnership': trust level");
    registerIssueMessages('yy', {
      ...issuesEn,
      nouns: { ...issuesEn.nouns, cases: 'YY-case' },
      named: (noun, label) => `${noun} «${label}»`,
      factorLevel: (f) => `YY ${f}`,
      inSentence: (f) => f,
    });
    expect(placeOf('cases[0].factors.trust', pack, pack, 'yy')).to.equal('YY-case «Leeds health partnership»: YY Trust');
    expect(placeOf('', pack, pack, 'yy')).to.equal('the pack');
  });
});
