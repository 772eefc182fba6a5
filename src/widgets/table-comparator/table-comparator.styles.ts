import { css } from 'lit';

export const styles = css`
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
    padding-left: 0.6rem;
    margin-bottom: 0.5rem;
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
    gap: 0.5rem 1rem;
    align-items: flex-start;
    margin-bottom: var(--_space);
  }
  .picker {
    flex: 1 1 16rem;
  }
  .picker summary {
    padding: 0.6rem 0;
    cursor: pointer;
    font-weight: 600;
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
    gap: 0.5rem;
    align-items: center;
    min-height: 36px;
  }
  input[type='checkbox'] {
    width: 1.25rem;
    height: 1.25rem;
    accent-color: var(--_accent);
  }
  .stepper,
  .step-nav {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
    align-items: center;
  }
  .position {
    margin: 0;
    font-weight: 600;
  }
  table {
    width: 100%;
    border-collapse: collapse;
    table-layout: fixed;
  }
  th,
  td {
    padding: 0.6rem;
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
    font-weight: 600;
  }
  tbody th .hl-btn {
    display: block;
    margin-top: 0.5rem;
    font-weight: normal;
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
  .card,
  .stmt,
  .case-row,
  .summary {
    padding: 0.75rem;
    margin-bottom: 0.75rem;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
  }
  .card h4 {
    margin: 0.5rem 0 0.25rem;
    padding-left: 0.5rem;
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
    padding: 0.75rem;
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
    box-shadow: 0 6px 18px rgb(0 0 0 / 0.3);
    opacity: 0.92;
  }
  .stmt-head {
    display: flex;
    gap: 0.5rem;
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
    margin: -0.5rem 0 0 -0.5rem;
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
    gap: 0.4rem;
    align-items: center;
  }
  .choices button {
    border-left: 4px solid var(--_pole);
  }
  .row-pick {
    display: flex;
    flex-wrap: wrap;
    gap: 0.4rem;
    align-items: center;
    margin-top: 0.5rem;
  }
  select {
    min-width: 0;
  }
  .fb {
    margin: 0.5rem 0 0;
    padding: 0.5rem;
    border-radius: var(--_radius);
  }
  .fb.good {
    background: var(--_good-soft);
  }
  .fb.bad {
    background: var(--_bad-soft);
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
    gap: 0.5rem 1rem;
    align-items: center;
    margin-top: var(--_space);
  }
  .sort-bar p {
    margin: 0;
  }
  .case-pick {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
    align-items: center;
  }
  .cells summary {
    cursor: pointer;
    min-height: 36px;
    padding: 0.25rem 0;
  }
  .scale {
    display: grid;
    grid-template-columns: minmax(0, 8rem) 1fr minmax(0, 8rem);
    gap: 0.5rem;
    align-items: center;
    margin-top: 0.5rem;
  }
  .narrow .scale {
    grid-template-columns: 1fr 1fr;
  }
  .narrow .scale input {
    grid-column: 1 / -1;
    grid-row: 2;
  }
  .pole {
    overflow-wrap: break-word;
    font-size: 0.875em;
    font-weight: 600;
    color: var(--_pole);
  }
  .pole.logic-b {
    text-align: right;
  }
  input[type='range'] {
    width: 100%;
    min-height: 44px;
    accent-color: var(--_accent);
  }
  input[type='range'].unset {
    opacity: 0.55;
  }
  .words {
    text-align: center;
    font-weight: 600;
  }
  .ref {
    padding: 0.25rem 0.5rem;
    border-left: 4px solid var(--_accent);
  }
  .note-label {
    display: block;
  }
  textarea {
    width: 100%;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_bg);
    padding: 0.4rem;
  }
  .summary {
    border-width: 2px;
  }
`;
