import { css } from 'lit';

/**
 * One card holding the table, so text keeps its contrast on any page in either theme.
 * Columns share the width equally (fixed layout). The highlighted column is tinted and
 * carries an accent bar besides its "Recommended" label, so colour is never the only cue.
 * Below 480px of container width (a sidebar, a phone, 200% zoom) each criterion becomes
 * a block whose cells show their column name; from 480px to 720px (a block theme's
 * content column) the table keeps its columns with tighter cells.
 */
export const compareStyles = css`
  /* Defined but not rendered yet (its first render waits its turn): the sizing hint's space. */
  :host(:not(:state(ready))) {
    min-height: 40rem;
  }
  :host {
    container-type: inline-size;
  }
  /*
   * Fifty tables on a page: the browser lays out only those near the screen; out of sight, a table
   * keeps the space it last had, or at first the sizing hint's 40rem with the padding and border.
   * Not on the host: Firefox gives a size container with content-visibility no height at all.
   */
  .root {
    content-visibility: auto;
    contain-intrinsic-block-size: auto calc(40rem - 2 * clamp(1em, 4cqi, 2em) - 2px);
    padding: clamp(1em, 4cqi, 2em);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
  }
  h2 {
    margin: 0;
    font-size: 1.5em;
    line-height: 1.2;
  }
  p {
    margin: 0.5em 0 0;
  }
  table {
    width: 100%;
    margin: 1.5em 0 1em;
    border-spacing: 0;
    table-layout: fixed;
  }
  th,
  td {
    padding: var(--_gap);
    text-align: start;
    vertical-align: top;
  }
  tbody > * > * {
    border-top: 1px solid var(--_border);
  }
  /* On the base's ghost button: a full-size round target around a small icon, without making the row taller. */
  .info {
    width: var(--_tap);
    margin: calc(0.75em - var(--_tap) / 2) 0;
    padding: 0;
    border: 0;
    border-radius: 50%;
    vertical-align: middle;
  }
  summary,
  a {
    color: var(--_accent-text);
  }
  [aria-expanded=true] {
    background: var(--_subtle);
  }
  .info:focus-visible {
    outline-offset: -6px;
  }
  svg {
    width: 1.375em;
    fill: none;
    stroke: currentColor;
    stroke-width: 1.5;
    stroke-linecap: round;
  }
  [part~=highlighted] {
    border-inline-start: 4px solid var(--_accent-text);
    background: color-mix(in srgb, var(--_accent) 7%, var(--_surface));
  }
  .badge {
    padding: 0 0.6em;
    border-radius: 1em;
    background: var(--_accent);
    color: var(--_on-accent);
    font-size: 0.875em;
    font-weight: 400;
  }
  .label {
    display: none;
  }
  .tip {
    width: max-content;
    font-weight: 400;
  }
  .muted {
    color: var(--_muted);
    font-size: 0.875em;
  }
  summary {
    line-height: var(--_tap);
    cursor: pointer;
  }
  li {
    margin-top: 0.5em;
  }
  /* A theme's content column (610–650px) still holds a table: tighter cells, long words hyphenated. */
  @container (width < 720px) {
    th,
    td {
      padding: 0.5em;
      hyphens: auto;
    }
  }
  @container (width < 480px) {
    table,
    tbody,
    tr,
    th,
    td {
      display: block;
    }
    thead {
      position: absolute;
      width: 1px;
      height: 1px;
      overflow: hidden;
      clip-path: inset(50%);
    }
    tr + tr {
      margin-top: var(--_gap);
    }
    th {
      border: 0;
      border-radius: calc(var(--_radius) * 0.75);
      background: var(--_subtle);
    }
    th + td {
      border: 0;
    }
    .label {
      display: block;
      color: var(--_muted);
      font-size: 0.875em;
      font-weight: 400;
    }
    .label .badge {
      font-size: 1em;
    }
  }
`;
