/**
 * The content pack: every piece of teaching content the widgets show, as zod/mini schemas.
 * The schema is the single source of the content's TypeScript types (see `types.ts`).
 *
 * Conventions
 * - Every collection is an array of items with a unique `id` (lowercase letters, digits, hyphens).
 * - Every teaching text is a `Cited` object: `{ text, cite }`, where `cite` lists reference ids.
 * - All text is plain text. Widgets render it as text, never as HTML.
 * - Positions on a bipolar scale are numbers from -100 (fully the first pole) to 100 (fully the second).
 */
import * as z from 'zod/mini';

export const PACK_SCHEMA_VERSION = 1;

/** The collections a partial pack may list in `replace` (instead of merging them by id). */
export const COLLECTIONS = [
  'references',
  'concepts',
  'forms',
  'factors',
  'predictors',
  'evolution',
  'tensions',
  'eras',
  'cases',
  'responses',
] as const;

/** Positions on a bipolar scale: -100 is fully the first pole, 100 fully the second. */
export const positionSchema = z.number().check(z.gte(-100), z.lte(100));

function build() {
  const text = () => z.string().check(z.minLength(1, 'must not be empty'), z.maxLength(5000));
  const shortText = () => z.string().check(z.minLength(1, 'must not be empty'), z.maxLength(300));

  const idSchema = z
    .string()
    .check(
      z.minLength(1, 'must not be empty'),
      z.maxLength(64),
      z.regex(/^[a-z0-9][a-z0-9-]*$/, 'ids use lowercase letters, digits and hyphens only, e.g. "lead-org"'),
    );

  /** The reference ids a text cites: at least one. */
  const citeSchema = z.array(idSchema).check(z.minLength(1, 'needs at least one source (a reference id)'));

  /** A teaching text with the references it draws on. */
  const citedSchema = z.strictObject({
    text: text(),
    cite: citeSchema,
  });

  const referenceSchema = z.strictObject({
    id: idSchema,
    authors: shortText(),
    year: z.union([z.int(), shortText()]),
    /** How the reference is cited in the text when not "Author year", e.g. "Children Act 2004". */
    label: z.optional(shortText().check(z.describe('How the text cites it when not "Author year", e.g. "Children Act 2004" for legislation.'))),
    title: text(),
    venue: z.optional(shortText()),
    url: z.optional(
      z.string().check(z.regex(/^https?:\/\/[^\s]+$/i, 'must be a web address starting with http:// or https://')),
    ),
  });

  const formSchema = z.strictObject({
    id: idSchema,
    name: shortText(),
    short: shortText(),
    description: citedSchema,
    strengths: z.array(citedSchema).check(z.minLength(1)),
    weaknesses: z.array(citedSchema).check(z.minLength(1)),
  });

  const levelSchema = z.strictObject({ id: idSchema, label: shortText() });

  const factorSchema = z.strictObject({
    id: idSchema,
    name: shortText(),
    /** A question a student answers about their collaboration. */
    question: shortText(),
    /** Named levels, ordered from low to high. */
    levels: z.array(levelSchema).check(z.minLength(2, 'needs at least two levels, ordered from low to high')),
    explanation: citedSchema,
  });

  /**
   * The predictor table: the level of a factor at which a form is most likely to be effective (Provan & Kenis 2008,
   * Table 2). These are conditions drawn from the literature, not scores.
   */
  const predictorSchema = z.strictObject({
    form: idSchema,
    factor: idSchema,
    level: idSchema,
    /** Where the original table gives a range ("moderate to many"): every level in it, `level` among them. */
    levels: z.optional(
      z
        .array(idSchema)
        .check(
          z.minLength(1),
          z.describe('Where the table gives a range (e.g. "moderate to many"): every level of the range, including `level`. Each counts as a full match.'),
        ),
    ),
    /** How the original table words this cell. */
    label: shortText(),
    cite: citeSchema,
  });

  const poleSchema = z.strictObject({
    id: idSchema,
    label: shortText(),
    /** What holding towards this pole protects. */
    protects: citedSchema,
    /** What it tends to cost to push all the way to this pole. */
    risk: citedSchema,
  });

  const leaningSchema = z.strictObject({
    form: idSchema,
    /** The pole the form leans to; left out when the form holds a middle course between the two. */
    pole: z.optional(idSchema.check(z.describe('The pole this form leans to. Leave it out when the form holds a middle course.'))),
    text: citedSchema,
  });

  const tensionSchema = z.strictObject({
    id: idSchema,
    name: shortText(),
    /** `paper`: the paradoxes of Vangen et al. (2017); `provan-kenis`: the three tensions of Provan & Kenis (2008). */
    group: z.enum(['paper', 'provan-kenis']),
    summary: citedSchema,
    /** Where the tension's framing is the project's rather than the paper's, what the paper says (shown with the summary). */
    note: z.optional(citedSchema),
    poles: z.tuple([poleSchema, poleSchema]),
    /** Which pole each governance form leans to (Provan–Kenis tensions). */
    leanings: z.optional(z.array(leaningSchema)),
    /** A short example of a response (by response id) for this tension, shown when the student chooses it. */
    examples: z.optional(
      z.record(idSchema, citedSchema).check(z.describe('An example per response id (see `responses`) of what that response looks like for this tension.')),
    ),
  });

  /**
   * A way of working with a paradox (Poole & Van de Ven 1989; Smith & Lewis 2011; Vangen 2017): what it is, what
   * it gives and what it costs.
   */
  const responseSchema = z.strictObject({
    id: idSchema,
    name: shortText(),
    summary: citedSchema,
    gives: citedSchema,
    costs: citedSchema,
    /**
     * What a position pushed to a pole means with this response: `phase` when leaning all the way for a while is
     * part of it (separating in time); `resolved` (the default) when it settles the tension whatever the response.
     */
    atPole: z.optional(
      z
        .enum(['phase', 'resolved'])
        .check(z.describe('`phase`: a position at a pole is a phase of this response (e.g. separating in time). `resolved` (default): at a pole the tension is settled, not managed.')),
    ),
  });

  const evolutionSchema = z.strictObject({
    from: idSchema,
    to: idSchema,
    likelihood: z.enum(['common', 'possible', 'rare']),
    text: citedSchema,
  });

  const logicSchema = z.strictObject({ id: idSchema, name: shortText(), summary: citedSchema });

  const cellSchema = z.strictObject({ logic: idSchema, text: text(), cite: citeSchema });

  const rowSchema = z.strictObject({
    id: idSchema,
    name: shortText(),
    kind: z.enum(['definitional', 'design']),
    cells: z.array(cellSchema).check(z.minLength(2, 'needs one cell for each of the two logics')),
  });

  const statementSchema = z.strictObject({
    id: idSchema,
    text: shortText(),
    logic: idSchema,
    row: idSchema,
    explanation: citedSchema,
  });

  const comparisonSchema = z.strictObject({
    title: shortText(),
    intro: citedSchema,
    logics: z.tuple([logicSchema, logicSchema]),
    rows: z.array(rowSchema).check(z.minLength(1)),
    statements: z.array(statementSchema),
  });

  const eraSchema = z.strictObject({
    id: idSchema,
    name: shortText(),
    from: z.int(),
    to: z.optional(z.int()),
    summary: citedSchema,
  });


  const caseSchema = z.strictObject({
    id: idSchema,
    name: shortText(),
    /** `table1` for the five cases of the paper's Table 1, `initiative` for others the text names. */
    kind: z.enum(['table1', 'initiative']),
    era: idSchema,
    dates: shortText(),
    /** The year the case began, to order cases in time; approximate where the sources give only a period. */
    start: z.int(),
    end: z.optional(z.int()),
    origins: text(),
    drivers: z.optional(text()),
    members: z.array(shortText()),
    lead: shortText(),
    status: text(),
    /** The references for the case's facts (dates, origins, drivers, members, lead, status), shown with them. */
    cite: z.optional(citeSchema.check(z.describe('Reference ids for the facts in dates, origins, drivers, members, lead and status.'))),
    /** Where the paper is out of date: what has happened since, with its sources. */
    since: z.optional(citedSchema.check(z.describe('What has happened since the paper was written, with its sources.'))),
    comment: citedSchema,
    /** Form-picker preset: a level id per factor id (only the factors the evidence supports). */
    factors: z.optional(z.record(idSchema, idSchema)),
    /**
     * Form-picker quiz: the form the case comes closest to, with the reasoning; `accepted` lists other forms a
     * student may defensibly choose where the sources support the main answer only partly, each with its reasoning.
     */
    governance: z.optional(
      z.strictObject({
        form: idSchema,
        reasoning: citedSchema,
        accepted: z.optional(
          z
            .array(z.strictObject({ form: idSchema, reasoning: citedSchema }))
            .check(
              z.describe(
                'Other forms the quiz also accepts for this case, each with why it is defensible. Use it where the sources support the main answer only partly.',
              ),
            ),
        ),
      }),
    ),
    /** Table comparator: a reference position per row id between the two logics (-100 first logic, 100 second). */
    comparison: z.optional(z.record(idSchema, positionSchema)),
    /** Tension sliders: a reference position per tension id. */
    tensions: z.optional(z.record(idSchema, positionSchema)),
  });

  const conceptSchema = z.strictObject({ id: idSchema, term: shortText(), definition: citedSchema });

  /** Texts for the tension sliders' overall reading, chosen by a documented rule in `tension-reading.ts`. */
  const readingsSchema = z.strictObject({
    managed: citedSchema,
    leaning: citedSchema,
    oneResolved: citedSchema,
    manyResolved: citedSchema,
    /** Positions placed, but no response chosen for any of them yet. */
    unmanaged: citedSchema,
    /** Some placed tensions have a response, others not yet. */
    partlyManaged: citedSchema,
    /** Per tension: placed, but no response chosen yet. */
    tensionOpen: citedSchema,
    /** Per tension: at a pole under a response that keeps both sides in play. */
    tensionSettled: citedSchema,
    /** Per tension: at a pole under a response where that is a phase (separating in time). */
    tensionPhase: citedSchema,
  });

  const packSchema = z.strictObject({
    $schema: z.optional(z.string()),
    schemaVersion: z.literal(PACK_SCHEMA_VERSION),
    id: idSchema,
    lang: z.string().check(z.regex(/^[a-zA-Z]{2,3}(-[a-zA-Z0-9]{2,8})*$/, 'must be a language tag such as "en" or "en-GB"')),
    title: shortText(),
    references: z.array(referenceSchema).check(z.minLength(1)),
    concepts: z.array(conceptSchema),
    forms: z.array(formSchema).check(z.minLength(1)),
    factors: z.array(factorSchema).check(z.minLength(1)),
    predictors: z.array(predictorSchema),
    evolution: z.array(evolutionSchema),
    tensions: z.array(tensionSchema).check(z.minLength(1)),
    readings: readingsSchema,
    comparison: comparisonSchema,
    eras: z.array(eraSchema).check(z.minLength(1)),
    cases: z.array(caseSchema),
    responses: z.array(responseSchema),
  });



  /**
   * What a lecturer may write: any part of a pack. Omitted parts come from the default pack (see `merge.ts`).
   */
  const partialPackSchema = z.strictObject({
    $schema: z.optional(z.string()),
    schemaVersion: z.optional(z.literal(PACK_SCHEMA_VERSION)),
    id: z.optional(idSchema),
    lang: z.optional(packSchema.shape.lang),
    title: z.optional(shortText()),
    replace: z.optional(z.array(z.enum([...COLLECTIONS, 'statements', 'rows']))),
    references: z.optional(packSchema.shape.references),
    concepts: z.optional(packSchema.shape.concepts),
    forms: z.optional(packSchema.shape.forms),
    factors: z.optional(packSchema.shape.factors),
    predictors: z.optional(packSchema.shape.predictors),
    evolution: z.optional(packSchema.shape.evolution),
    tensions: z.optional(packSchema.shape.tensions),
    readings: z.optional(z.partial(readingsSchema)),
    comparison: z.optional(
      z.strictObject({
        title: z.optional(shortText()),
        intro: z.optional(citedSchema),
        logics: z.optional(comparisonSchema.shape.logics),
        rows: z.optional(comparisonSchema.shape.rows),
        statements: z.optional(comparisonSchema.shape.statements),
      }),
    ),
    eras: z.optional(packSchema.shape.eras),
    cases: z.optional(packSchema.shape.cases),
    responses: z.optional(packSchema.shape.responses),
    /** The pack's texts in other languages, by language tag: the same items by id, with texts only (translations.ts). */
    translations: z.optional(
      z
        .record(packSchema.shape.lang, z.record(z.string(), z.unknown()))
        .check(
          z.describe(
            'The pack\'s texts in other languages, by language tag (e.g. "cy", "ja"): the same items, named by id, with only their texts, e.g. { "cy": { "cases": [{ "id": "my-case", "name": "…" }] } }. Every text of the pack\'s own items must be translated.',
          ),
        ),
    ),
  });
  return {
    idSchema,
    citedSchema,
    referenceSchema,
    formSchema,
    levelSchema,
    factorSchema,
    predictorSchema,
    poleSchema,
    leaningSchema,
    tensionSchema,
    responseSchema,
    evolutionSchema,
    logicSchema,
    cellSchema,
    rowSchema,
    statementSchema,
    comparisonSchema,
    eraSchema,
    caseSchema,
    conceptSchema,
    readingsSchema,
    packSchema,
    partialPackSchema,
  };
}

/** The pack's schemas, by name (`packSchema`, `partialPackSchema`, `caseSchema`, ...). */
export type PackSchemas = ReturnType<typeof build>;

let built: PackSchemas | undefined;

/**
 * The content pack's zod/mini schemas, built on first use: building them takes about 10 ms, which a page that
 * shows the default content never needs to spend.
 */
export function packSchemas(): PackSchemas {
  return (built ??= build());
}
