/** The student's reflection from <cg-tension-sliders> as a Markdown file. Pure; no DOM. */
import { citeLabel, formatReference, referencesFor } from './cite.js';
import {
  comparePosition,
  describePosition,
  overallReading,
  positionEffects,
  tensionStatus,
  type ComparePhrases,
  type Position,
  type PositionPhrases,
} from './tension-reading.js';
import type { Cited, ContentPack, Response, Tension } from './types.js';
import { own } from './own.js';

/** The chrome words the export needs (the English ones are in the tension-sliders catalog). */
export interface ExportPhrases extends PositionPhrases, ComparePhrases {
  mdTitle: string;
  mdPosition: string;
  protects: (pole: string) => string;
  risks: (pole: string) => string;
  resolvedNote: (pole: string) => string;
  lost: (pole: string) => string;
  cost: string;
  reference: (caseName: string) => string;
  mdNote: string;
  mdNoNote: string;
  mdResponse: (name: string) => string;
  mdNoResponse: string;
  gives: string;
  costs: string;
  example: string;
  responsesUsed: string;
  noResponseYet: string;
  readingTitle: string;
  readingEmpty: string;
  mdReferences: string;
}

export interface ReflectionInput {
  pack: Pick<ContentPack, 'references' | 'readings'> & Partial<Pick<ContentPack, 'responses'>>;
  tensions: readonly Tension[];
  positions: Record<string, Position>;
  notes: Record<string, string>;
  /** The response chosen per tension id, if any. */
  chosen?: Record<string, Response | undefined>;
  /** A case's reference positions to compare with (compare mode). */
  reference?: { name: string; positions: Record<string, number> };
}

/**
 * Makes text inert in any Markdown viewer: `<` never opens an HTML tag (so pack text such as `<img onerror>` or
 * `<iframe>` is shown as written, never run or loaded), `&` never starts an entity, `[` and `]` never make a link or
 * an image. This project's own Markdown uses none of these characters.
 */
export function inertMarkdown(text: string): string {
  return text
    .replace(/&(?=#?\w+;)/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/[[\]]/g, (c) => `\\${c}`);
}

/**
 * Builds the Markdown (made inert by `inertMarkdown`): a heading per tension with its position in words, what the position protects and
 * risks (with citations), the comparison with a reference when given, the student's note as a quotation;
 * then the overall reading and a list of every reference cited.
 */
export function reflectionMarkdown(input: ReflectionInput, w: ExportPhrases): string {
  const { pack, tensions, positions, notes, reference, chosen = {} } = input;
  const cited = new Set<string>();
  const cite = (c: Cited) => {
    c.cite.forEach((id) => cited.add(id));
    return `${c.text} (${citeLabel(pack, c.cite)})`;
  };
  const out = [`# ${w.mdTitle}`];
  for (const t of tensions) {
    const p = own(positions, t.id) ?? null;
    const labels = [t.poles[0].label, t.poles[1].label] as const;
    out.push('', `## ${t.name}`, '', `${w.mdPosition} ${describePosition(p, labels, w)}.`);
    const fx = positionEffects(t.poles, p);
    for (const pole of fx.hold) out.push('', `- ${w.protects(pole.label)} ${cite(pole.protects)}`);
    const r = own(chosen, t.id);
    const status = tensionStatus(p, r);
    if (fx.lost) {
      const head = status === 'phase' ? cite(pack.readings.tensionPhase) : w.resolvedNote(fx.risk!.label);
      out.push('', `**${head}**`, '', `- ${w.lost(fx.lost.label)} ${cite(fx.lost.protects)}`, `- ${w.cost} ${cite(fx.risk!.risk)}`);
    } else if (fx.risk) out.push(`- ${w.risks(fx.risk.label)} ${cite(fx.risk.risk)}`);
    if (p !== null) {
      out.push('', r ? w.mdResponse(r.name) : w.mdNoResponse);
      if (r) {
        const example = own(t.examples, r.id);
        out.push('', `- ${w.gives} ${cite(r.gives)}`, `- ${w.costs} ${cite(r.costs)}`);
        if (example) out.push(`- ${w.example} ${cite(example)}`);
        if (status === 'resolved') out.push('', `**${cite(pack.readings.tensionSettled)}**`);
      }
    }
    const ref = own(reference?.positions, t.id);
    if (reference && ref !== undefined && p !== null) {
      out.push('', `${w.reference(reference.name)} ${describePosition(ref, labels, w)}. ${comparePosition(p, ref, labels, w)}`);
    }
    const note = (own(notes, t.id) ?? '').trim();
    out.push('', `${w.mdNote}`, '', note ? note.split(/\r?\n/).map((l) => `> ${l}`.trimEnd()).join('\n') : `_${w.mdNoNote}_`);
  }
  const reading = overallReading(Object.fromEntries(tensions.map((t) => [t.id, own(positions, t.id) ?? null])), chosen);
  out.push('', `## ${w.readingTitle}`, '', reading.id ? cite(pack.readings[reading.id]) : w.readingEmpty);
  const used = (pack.responses ?? []).filter((x) => own(reading.responses, x.id)).map((x) => `${x.name} (${own(reading.responses, x.id)})`);
  if (used.length) out.push('', `${w.responsesUsed} ${used.join('; ')}`);
  const open = reading.open.map((id) => tensions.find((t) => t.id === id)!.name);
  if (open.length) out.push('', `${w.noResponseYet} ${open.join('; ')}`);
  const refs = referencesFor(pack, cited);
  if (refs.length) out.push('', `## ${w.mdReferences}`, '', ...refs.map((r) => `- ${formatReference(r)}`));
  return inertMarkdown(out.join('\n') + '\n');
}
