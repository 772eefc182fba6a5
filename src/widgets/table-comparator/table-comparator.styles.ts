import { css } from 'lit';
import { bipolarStyles } from '../../core/bipolar.js';
import type { PartMap } from '../../core/parts.js';

/** The shared parts' elements in this widget (see src/core/parts.ts). */
export const parts: PartMap = {
  card: '.card, .stmt, .case-row',
  callout: '.fb, .ref',
  'callout-good': '.fb.good',
  'callout-bad': '.fb.bad',
  'callout-info': '.ref',
  summary: '.sort-bar, .summary',
};

const widgetStyles = css`
  .logic-a {
    --_pole: var(--_pole-a);
  }
  .logic-b {
    --_pole: var(--_pole-b);
  }
  button.small {
    min-height: 44px;
    padding: 0.25em 0.7em;
  }
  .logics {
    padding: 0;
    list-style: none;
  }
  .logics li {
    padding-left: var(--_space-s);
    margin-bottom: var(--_space-s);
    border-left: 4px solid var(--_pole);
  }
  .tag {
    display: inline-block;
    padding: 0 0.4em;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    font-size: 0.8em;
    font-weight: normal;
  }
  .focus-bar {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-s) var(--_space);
    align-items: flex-start;
    margin-bottom: var(--_space);
  }
  .picker {
    flex: 1 1 16rem;
  }
  .picker fieldset {
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }
  .checks {
    padding: 0;
    list-style: none;
    columns: 2 14rem;
  }
  .checks label {
    display: flex;
    gap: var(--_space-s);
    align-items: center;
    min-height: 36px;
  }
  input[type='checkbox'] {
    width: 1.25rem;
    height: 1.25rem;
  }
  .stepper,
  .step-nav {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-s);
    align-items: center;
  }
  .position {
    margin: 0;
    font-weight: var(--_weight-strong);
  }
  table {
    width: 100%;
    border-collapse: collapse;
    table-layout: fixed;
  }
  th,
  td {
    padding: var(--_space-s);
    border: 1px solid var(--_border);
    text-align: left;
    vertical-align: top;
  }
  thead th {
    background: var(--_surface);
    border-top: 4px solid var(--_pole, var(--_border));
  }
  thead th:first-child {
    width: 22%;
  }
  tbody th {
    font-weight: var(--_weight-strong);
  }
  /* The Highlight buttons have a column of their own, so a row's header is only the row's name. */
  thead th.hl-col {
    width: 7.5em;
  }
  td.hl-cell {
    vertical-align: middle;
    text-align: center;
  }
  tr.hl,
  .card.hl {
    background: var(--_accent-soft);
    outline: 3px solid var(--_accent);
    outline-offset: -3px;
  }
  .cards,
  .stmts,
  .case-rows {
    padding: 0;
    list-style: none;
  }
  .card h4 {
    margin: var(--_space-s) 0 var(--_space-xs);
    padding-left: var(--_space-s);
    border-left: 4px solid var(--_pole);
  }
  .empty {
    padding: var(--_space);
    border: 1px dashed var(--_border);
    border-radius: var(--_radius);
  }
  .zones {
    display: grid;
    grid-template-columns: repeat(2, minmax(0, 1fr));
    gap: var(--_space);
  }
  .narrow .zones {
    grid-template-columns: minmax(0, 1fr);
  }
  .zone {
    min-height: 8rem;
    padding: var(--_space-m);
    border: 2px dashed var(--_pole);
    border-radius: var(--_radius);
    transition: background-color var(--_duration);
  }
  .zone h3 {
    color: var(--_pole);
  }
  .zone.over {
    background: var(--_accent-soft);
    border-style: solid;
  }
  .stmt {
    background: var(--_bg);
    position: relative;
  }
  .stmt.good {
    border: 2px solid var(--_good);
  }
  .stmt.bad {
    border: 2px solid var(--_bad);
  }
  .stmt.dragging {
    z-index: 2;
    box-shadow: var(--_elevation-2);
    opacity: 0.92;
  }
  .stmt-head {
    display: flex;
    gap: var(--_space-s);
    align-items: flex-start;
  }
  .stmt-head p {
    flex: 1;
  }
  .grip {
    flex: none;
    display: grid;
    place-items: center;
    width: 44px;
    height: 44px;
    margin: calc(var(--_space-s) * -1) 0 0 calc(var(--_space-s) * -1);
    font-size: 1.4rem;
    color: var(--_muted);
    cursor: grab;
    touch-action: none;
    user-select: none;
  }
  .dragging .grip {
    cursor: grabbing;
  }
  .choices {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-s);
    align-items: center;
  }
  .choices button {
    border-left: 4px solid var(--_pole);
  }
  .row-pick {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-s);
    align-items: center;
    margin-top: var(--_space-s);
  }
  select {
    min-width: 0;
  }
  .key-ref {
    display: inline-block;
    width: 0.6rem;
    height: 0.6rem;
    margin-inline-end: 0.45rem;
    transform: rotate(45deg);
    border: 2px solid var(--_pole-b);
  }
  .ref .why {
    margin: var(--_space-xs) 0 0;
  }
  .stmt .placed {
    margin: var(--_space-xs) 0 0;
  }
  .fb {
    margin-bottom: 0;
  }
  .fb.good strong {
    color: var(--_good);
  }
  .fb.bad strong {
    color: var(--_bad);
  }
  .sort-bar {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-s) var(--_space);
    align-items: center;
    margin-top: var(--_space);
  }
  .sort-bar p {
    margin: 0;
  }
  .case-pick {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-s);
    align-items: center;
  }
  .cells {
    margin: 0;
  }
  .words {
    text-align: center;
    font-weight: var(--_weight-strong);
  }
  /* Wide: the case's rows two by two, so the scale fits a laptop screen in a few screens. */
  @container (min-width: 48rem) {
    .case-rows {
      display: grid;
      grid-template-columns: repeat(2, minmax(0, 1fr));
      gap: var(--_space-m);
      align-items: start;
    }
    .case-rows .case-row {
      margin: 0;
    }
  }
  .case-row details {
    margin: 0;
  }
  /* The position in words and "It sits in between" on one line; the two disclosures side by side, each full width open. */
  .case-row .place {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-xs) var(--_space-m);
    align-items: center;
    justify-content: center;
  }
  .case-row .place .words {
    margin: 0;
  }
  .case-row .more {
    display: flex;
    flex-wrap: wrap;
    gap: 0 var(--_space-m);
  }
  .case-row .more details[open] {
    flex-basis: 100%;
  }
  textarea {
    min-height: calc(2lh + 2 * var(--_space-s) + 2px);
    field-sizing: content;
  }
`;

export const styles = [bipolarStyles, widgetStyles];
