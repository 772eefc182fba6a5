import { expect } from '@open-wc/testing';
import { validatePack, defaultPack, type ContentPack, type PackIssue } from '../../src/model/index.js';

const clone = <T>(v: T): T => JSON.parse(JSON.stringify(v));
const issuesOf = (input: unknown): PackIssue[] => {
  const r = validatePack(input);
  if (r.ok) throw new Error('expected issues, got a valid pack');
  return r.issues;
};
const find = (issues: PackIssue[], path: string) => issues.find((i) => i.path === path);

describe('validatePack', () => {
  it('accepts the default pack, whole or as an empty partial pack', () => {
    const whole = validatePack(clone(defaultPack));
    expect(whole.ok, JSON.stringify(!whole.ok && whole.issues)).to.equal(true);
    const empty = validatePack({});
    expect(empty.ok).to.equal(true);
    if (empty.ok) expect(empty.pack).to.deep.equal(defaultPack);
  });

  it('rejects what is not an object, at the root', () => {
    for (const bad of [null, 'text', 3, [1, 2]]) {
      const [issue] = issuesOf(bad);
      expect(issue.path).to.equal('(pack)');
      expect(issue.message).to.match(/must be a JSON object/);
    }
  });

  it('names the path and the problem of a wrongly typed field', () => {
    const tensions = clone(defaultPack.tensions.slice(0, 4)) as unknown as Record<string, unknown>[];
    (tensions[3].poles as Record<string, unknown>[])[1].label = 42;
    const issue = find(issuesOf({ tensions }), 'tensions[3].poles[1].label');
    expect(issue?.message).to.equal('should be text, but is a whole number.');
  });

  it('reports missing fields, empty text, unknown fields and bad enum values', () => {
    const c = clone(defaultPack.cases[0]) as unknown as Record<string, unknown>;
    delete c.lead;
    c.name = '';
    c.colour = 'red';
    c.kind = 'story';
    const issues = issuesOf({ cases: [c] });
    expect(find(issues, 'cases[0].lead')?.message).to.equal('is required but missing.');
    expect(find(issues, 'cases[0].name')?.message).to.match(/must not be empty/);
    expect(find(issues, 'cases[0].colour')?.message).to.match(/not a field the pack knows/);
    expect(find(issues, 'cases[0].kind')?.message).to.match(/must be one of "table1", "initiative", but is "story"/);
  });

  it('refuses ids with spaces or capitals and reference urls that are not http(s)', () => {
    const ref = { ...clone(defaultPack.references[0]), id: 'Bad Id', url: 'javascript:alert(1)' };
    const issues = issuesOf({ references: [ref] });
    expect(find(issues, 'references[0].id')?.message).to.match(/lowercase letters, digits and hyphens/);
    expect(find(issues, 'references[0].url')?.message).to.match(/http:\/\/ or https:\/\//);
  });

  it('reports dangling ids: a citation, a statement row, a case era, a predictor level', () => {
    const statement = { ...clone(defaultPack.comparison.statements[0]), id: 'new-statement', row: 'no-such-row' };
    const c = { ...clone(defaultPack.cases[0]), id: 'new-case', era: 'bronze-age' };
    c.comment = { text: 'A case.', cite: ['nobody-2099'] };
    const issues = issuesOf({ comparison: { statements: [statement] }, cases: [c] });
    expect(find(issues, 'comparison.statements[0].row')?.message).to.match(/names the row "no-such-row", which is not in the pack/);
    expect(find(issues, 'cases[0].era')?.message).to.match(/names the era "bronze-age"/);
    expect(find(issues, 'cases[0].comment.cite[0]')?.message).to.match(/names the reference "nobody-2099"/);

    const predictors = [{ ...clone(defaultPack.predictors[0]), level: 'sky-high' }];
    const p = issuesOf({ predictors });
    expect(find(p, 'predictors[0].level')?.message).to.match(/is "sky-high", which is not a level of the factor/);
  });

  it('reports repeated ids and a form without predictors', () => {
    const form = { ...clone(defaultPack.forms[0]), id: 'hybrid' };
    const issues = issuesOf({ forms: [form, form] });
    expect(find(issues, 'forms[1].id')?.message).to.match(/repeats the id "hybrid"/);
    expect(issues.some((i) => i.path === 'predictors' && /form "hybrid"/.test(i.message))).to.equal(true);
  });

  it('merges a partial pack over the default pack by id', () => {
    const changed = { ...clone(defaultPack.cases[0]), name: 'Our own partnership' };
    const added = { ...clone(defaultPack.cases[1]), id: 'our-case', name: 'A local food partnership' };
    const r = validatePack({ cases: [changed, added] });
    expect(r.ok).to.equal(true);
    if (!r.ok) return;
    expect(r.pack.cases.length).to.equal(defaultPack.cases.length + 1);
    expect(r.pack.cases[0].name).to.equal('Our own partnership');
    expect(r.pack.cases.at(-1)!.id).to.equal('our-case');
    expect(r.pack.tensions).to.deep.equal(defaultPack.tensions);
  });

  it('uses only the lecturer’s items for a collection listed in replace', () => {
    const own = clone(defaultPack.tensions.slice(0, 2));
    const r = validatePack({ replace: ['tensions'], tensions: own });
    expect(r.ok).to.equal(true);
    if (r.ok) expect(r.pack.tensions.map((t) => t.id)).to.deep.equal(own.map((t) => t.id));
  });

  it('points at default items by id when a replacement leaves them dangling', () => {
    const refs = clone(defaultPack.references.slice(0, 1));
    const issues = issuesOf({ replace: ['references'], references: refs });
    expect(issues.length).to.be.greaterThan(1);
    expect(issues.some((i) => i.path.startsWith('(default pack) '))).to.equal(true);
  });

  it('does not change the default pack when merging', () => {
    const before = JSON.stringify(defaultPack);
    validatePack({ cases: [{ ...clone(defaultPack.cases[0]), name: 'Changed' }] });
    expect(JSON.stringify(defaultPack)).to.equal(before);
  });
});

describe('the default pack', () => {
  const pack: ContentPack = defaultPack;
  it('covers the three forms, four factors, twelve predictors and Table 2', () => {
    expect(pack.forms.map((f) => f.id)).to.deep.equal(['shared', 'lead', 'nao']);
    expect(pack.factors.map((f) => f.id)).to.deep.equal(['trust', 'participants', 'consensus', 'competencies']);
    expect(pack.predictors.length).to.equal(12);
    expect(pack.comparison.rows.length).to.equal(10);
    expect(pack.comparison.rows[0].kind).to.equal('definitional');
    for (const row of pack.comparison.rows) expect(pack.comparison.statements.some((s) => s.row === row.id), row.id).to.equal(true);
  });
  it('has the nine tensions of the paper and the three of Provan and Kenis', () => {
    expect(pack.tensions.filter((t) => t.group === 'paper').map((t) => t.id)).to.deep.equal([
      'goals', 'culture', 'trust', 'power', 'leadership', 'structure', 'hierarchy', 'composition', 'accountability',
    ]);
    expect(pack.tensions.filter((t) => t.group === 'provan-kenis').length).to.equal(3);
  });
  it('has the five Table 1 cases, the other initiatives and three eras', () => {
    expect(pack.cases.filter((c) => c.kind === 'table1').length).to.equal(5);
    expect(pack.cases.filter((c) => c.kind === 'initiative').length).to.be.at.least(5);
    expect(pack.eras.map((e) => e.id)).to.deep.equal(['pa', 'npm', 'npg']);
  });
});

describe('the example lecturer pack in demo/packs', () => {
  it('is valid, adds its case and its reference, and keeps the default content', async () => {
    const json = await (await fetch('/demo/packs/example-pack.json')).json();
    const r = validatePack(json);
    expect(r.ok, JSON.stringify(!r.ok && r.issues)).to.equal(true);
    if (!r.ok) return;
    expect(r.pack.cases.at(-1)!.id).to.equal('riverside-food');
    expect(r.pack.references.some((ref) => ref.id === 'riverside-report-2024')).to.equal(true);
    expect(r.pack.tensions).to.deep.equal(defaultPack.tensions);
  });
});

describe('the fields issue 13 added (all optional, so existing lecturer packs stay valid)', () => {
  it('keeps a pack written before them valid: no accepted forms, predictor ranges, responses or notes', () => {
    const oldStyle = {
      cases: [{ ...clone(defaultPack.cases[0]), id: 'mine', governance: { form: 'lead', reasoning: { text: 'Why.', cite: ['provan-kenis-2008'] } } }],
      predictors: clone(defaultPack.predictors).map(({ levels: _, ...p }) => p),
    };
    delete (oldStyle.cases[0] as Record<string, unknown>).cite;
    const r = validatePack(oldStyle);
    expect(r.ok, JSON.stringify(!r.ok && r.issues)).to.equal(true);
    if (r.ok) expect(r.pack.responses).to.deep.equal(defaultPack.responses);
  });

  it('checks accepted forms: known forms, none repeated, each reasoning cited', () => {
    const c = clone(defaultPack.cases[0]);
    c.id = 'mine';
    c.governance!.accepted = [
      { form: 'nao', reasoning: { text: 'Fine.', cite: ['provan-kenis-2008'] } },
      { form: 'nao', reasoning: { text: 'Again.', cite: ['provan-kenis-2008'] } },
      { form: 'council', reasoning: { text: 'Unknown.', cite: ['nobody-2099'] } },
    ];
    const issues = issuesOf({ cases: [c] });
    expect(find(issues, 'cases[0].governance.accepted[1].form')?.message).to.match(/repeats the form "nao"/);
    expect(find(issues, 'cases[0].governance.accepted[2].form')?.message).to.match(/names the form "council"/);
    expect(find(issues, 'cases[0].governance.accepted[2].reasoning.cite[0]')?.message).to.match(/reference "nobody-2099"/);
  });

  it('checks a predictor range, a response’s citations and a tension’s examples', () => {
    const predictors = [{ ...clone(defaultPack.predictors[9]), levels: ['few', 'huge'] }];
    const responses = [{ ...clone(defaultPack.responses[0]), id: 'mine', gives: { text: 'x', cite: ['nobody-2099'] } }];
    const tensions = [{ ...clone(defaultPack.tensions[0]), id: 'mine', examples: { nope: { text: 'x', cite: ['vangen-2017'] } } }];
    const issues = issuesOf({ predictors, responses, tensions });
    expect(find(issues, 'predictors[0].levels[1]')?.message).to.match(/not a level of the factor 'Number of participants'/);
    expect(find(issues, 'predictors[0].levels')?.message).to.match(/should include the predictor's own level "many"/);
    expect(find(issues, 'responses[0].gives.cite[0]')?.message).to.match(/nobody-2099/);
    expect(find(issues, 'tensions[0].examples.nope')?.message).to.match(/names the response "nope"/);
  });
});

describe('the JSON Schema lecturers point their editors at', () => {
  it('documents the optional fields: accepted forms, predictor ranges, responses at a pole', async () => {
    const { jsonSchema } = await import('../../scripts/json-schema-entry.js');
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    const s = jsonSchema() as any;
    const kase = s.properties.cases.items.properties;
    expect(kase.governance.properties.accepted.description).to.match(/^Other forms the quiz also accepts/);
    expect(kase.governance.required).to.deep.equal(['form', 'reasoning']);
    expect(kase.since.description).to.match(/since the paper/);
    expect(s.properties.predictors.items.properties.levels.description).to.match(/moderate to many/);
    expect(s.properties.responses.items.properties.atPole.enum).to.deep.equal(['phase', 'resolved']);
  });
});
