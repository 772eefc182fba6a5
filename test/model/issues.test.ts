import { expect } from '@open-wc/testing';
import { validatePack, defaultPack, type PackIssue } from '../../src/model/index.js';
import { jsonIssue, parsePath, placeOf } from '../../src/model/issues.js';

const clone = <T>(v: T): T => JSON.parse(JSON.stringify(v));
const issuesOf = (input: unknown): PackIssue[] => {
  const r = validatePack(input);
  if (r.ok) throw new Error('expected issues');
  return r.issues;
};

describe('issues in a lecturer\'s words', () => {
  it('names a case by its name and a factor level by the factor, and offers the allowed levels', () => {
    const c = { ...clone(defaultPack.cases[0]!), id: 'leeds', name: 'Leeds health partnership', factors: { trust: 'very-high' } };
    const issue = issuesOf({ cases: [c] }).find((i) => i.path === 'cases[0].factors.trust')!;
    expect(issue.where).to.equal("the case 'Leeds health partnership': trust level");
    const trust = defaultPack.factors.find((f) => f.id === 'trust')!;
    expect(issue.message).to.contain('"very-high"');
    for (const l of trust.levels) expect(issue.message).to.contain(`"${l.id}"`);
  });

  it('names a tension\'s pole, a schema problem and an item of the default pack', () => {
    const t = clone(defaultPack.tensions[0]!) as unknown as { poles: { label: unknown }[] };
    t.poles[1]!.label = '';
    const issue = issuesOf({ tensions: [t] }).find((i) => i.path === 'tensions[0].poles[1].label')!;
    expect(issue.where).to.match(/^the tension '.+': second pole/);
    expect(placeOf('(default pack) cases "lsp".comment.cite[0]', {}, defaultPack)).to.match(/^the case '.*Local Strategic.*': comment \(sources\)$/);
    expect(parsePath('comparison.statements[2].row')).to.deep.equal(['comparison', 'statements', 2, 'row']);
  });

  it('gives a JSON syntax error with its line, column and that line', () => {
    const text = '{\n  "cases": [\n    { "id": "a" "name": "b" }\n  ]\n}';
    let error: unknown;
    try {
      JSON.parse(text);
    } catch (e) {
      error = e;
    }
    const issue = jsonIssue(text, error);
    expect(issue.line).to.equal(3);
    expect(issue.column).to.equal(17);
    expect(issue.excerpt).to.equal('    { "id": "a" "name": "b" }');
    expect(issue.where).to.equal('line 3, column 17');
  });
});
