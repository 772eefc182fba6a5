/**
 * The teaching parts every widget shares: its Sources section (the full references of what it cites, with links),
 * a disclosure of key ideas (the opening framing, key terms), and where a case sits among the eras of public service
 * delivery. Each renders nothing when the pack lacks what it would show.
 */
import { css, html, nothing, type TemplateResult } from 'lit';
import { citedIds, formatReference, referencesFor } from '../model/cite.js';
import type { Case, ContentPack } from '../model/types.js';
import type { Messages } from './i18n/catalog.js';
import type { Punctuation } from './i18n/format.js';
import { cited } from './cite.js';

type Core = Messages['core'];

/**
 * "Sources": the full reference of every work cited in `values` (any content the widget shows), in pack order, each
 * with its link when it has one. Collapsed by default.
 */
export function sources(pack: ContentPack, t: Core, p: Punctuation, ...values: unknown[]): TemplateResult | typeof nothing {
  const refs = referencesFor(pack, citedIds(...values));
  if (!refs.length) return nothing;
  return html`<details class="sources" part="sources">
    <summary>${t.sources}${p.aside(String(refs.length))}</summary>
    <ul>
      ${refs.map(
        (r) =>
          html`<li>${formatReference({ ...r, url: undefined })}${r.url ? html` <a href=${r.url} rel="noopener" target="_blank">${r.url}</a>` : nothing}</li>`,
      )}
    </ul>
  </details>`;
}

/** The pack's concepts with these ids, in the order given (unknown ids are skipped). */
const conceptsOf = (pack: ContentPack, ids: readonly string[]) =>
  ids.map((id) => pack.concepts.find((c) => c.id === id)).filter((c) => !!c);

/** A collapsed disclosure of key ideas (the pack's concepts with these ids), each term with its cited definition. */
export function ideas(pack: ContentPack, summary: string, ids: readonly string[], cls = 'ideas'): TemplateResult | typeof nothing {
  const list = conceptsOf(pack, ids);
  if (!list.length) return nothing;
  return html`<details class=${cls}>
    <summary>${summary}</summary>
    <dl>${list.map((c) => html`<dt>${c.term}</dt><dd>${cited(pack, c.definition)}</dd>`)}</dl>
  </details>`;
}

/** The content the ideas disclosure shows, for a widget's Sources. */
export const ideasShown = (pack: ContentPack, ids: readonly string[]) => conceptsOf(pack, ids);

/** An era's years, e.g. "1980–2000" or "from 2000". */
const years = (t: Core, e: ContentPack['eras'][number]) => (e.to ? `${e.from}–${e.to}` : t.from(e.from));

/**
 * The eras of public service delivery, in order (Public Administration, New Public Management, New Public
 * Governance), each with its summary and the pack's cases from it, ordered by start: the trajectory of Table 1.
 */
export function eras(pack: ContentPack, t: Core, p: Punctuation, current?: Case): TemplateResult | typeof nothing {
  if (!pack.eras.length) return nothing;
  const cases = [...pack.cases].sort((a, b) => a.start - b.start);
  return html`<details class="eras">
    <summary>${t.erasHeading}</summary>
    <ol>
      ${[...pack.eras]
        .sort((a, b) => a.from - b.from)
        .map((e) => {
          const own = cases.filter((k) => k.era === e.id);
          return html`<li aria-current=${current?.era === e.id ? 'true' : nothing}>
            <strong>${e.name}</strong>${p.end(p.aside(years(t, e)))}${p.gap}${cited(pack, e.summary)}
            ${own.length ? html`<br /><span class="muted">${t.casesInEra}${p.gap}${p.end(p.entries(own.map((k) => k.name)))}</span>` : nothing}
          </li>`;
        })}
    </ol>
  </details>`;
}

/** One line placing a case in its era, e.g. "Era: New Public Governance (from 2000)." */
export function eraLine(pack: ContentPack, t: Core, k: Case): TemplateResult | typeof nothing {
  const e = pack.eras.find((x) => x.id === k.era);
  return e ? html`<p class="era muted">${t.era(e.name, years(t, e))}</p>` : nothing;
}

/** A case's facts' sources and, where the paper is out of date, what has happened since. */
export function sinceLine(pack: ContentPack, t: Core, k: Case): TemplateResult | typeof nothing {
  return k.since ? html`<p class="since"><strong>${t.since}</strong> ${cited(pack, k.since)}</p>` : nothing;
}

/** Styles for these parts; each widget adds them to its own. */
export const teachingStyles = css`
  details.sources summary,
  details.ideas summary,
  details.eras summary {
    cursor: pointer;
    padding-block: 0.5em;
  }
  details.ideas dd {
    margin: 0 0 0.5em;
  }
  details.eras [aria-current] {
    font-weight: 600;
  }
`;
