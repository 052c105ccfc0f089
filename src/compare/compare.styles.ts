import { css } from 'lit';

/**
 * One card holding the table, so text keeps its contrast on any page in either theme.
 * Below 45rem of container width (a sidebar, a phone, 200% zoom) each criterion becomes
 * a block whose cells show their column name.
 */
export const compareStyles = css`
  :host {
    container-type: inline-size;
  }
  .root {
    padding: clamp(1rem, 4cqi, 2rem);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
  }
  table {
    width: 100%;
    border-collapse: separate;
    border-spacing: 0;
  }
  .caption {
    margin-bottom: calc(var(--_gap) * 1.5);
  }
  h2 {
    margin: 0;
    font-size: 1.5em;
    line-height: 1.2;
  }
  .caption p {
    margin: 0.5em 0 0;
  }
  .caption p,
  .footnote,
  .cited {
    color: var(--_muted);
  }
  th,
  td {
    padding: var(--_gap);
    border-top: 1px solid var(--_border);
    text-align: start;
    vertical-align: top;
  }
  thead > tr > * {
    border: 0;
    background: var(--_subtle);
    vertical-align: bottom;
  }
  tbody th {
    width: 26%;
  }
  .info {
    display: inline-grid;
    place-items: center;
    width: var(--_tap);
    height: var(--_tap);
    /* A full-size target around a small icon, without making the row taller. */
    margin: calc(0.75em - var(--_tap) / 2) 0;
    padding: 0;
    border: 0;
    border-radius: 50%;
    background: none;
    color: var(--_accent-text);
    vertical-align: middle;
    cursor: pointer;
  }
  .info:hover,
  [aria-expanded='true'] {
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
  [part~='highlighted'] {
    background: color-mix(in srgb, var(--_accent) 7%, var(--_surface));
  }
  .badge {
    display: inline-block;
    padding: 0 0.6em;
    border-radius: 1em;
    background: var(--_accent);
    color: var(--_on-accent);
    font-size: 0.75em;
  }
  .label {
    display: none;
  }
  .tip {
    width: max-content;
    max-width: min(20rem, calc(100vw - 16px));
    font-weight: 400;
  }
  .tip p {
    margin: 0.25em 0 0;
  }
  .footnote,
  .cited {
    font-size: 0.875em;
  }
  .footnote p {
    margin: calc(var(--_gap) * 1.5) 0 0;
  }
  summary {
    padding-block: calc((var(--_tap) - 1.5em) / 2);
    color: var(--_accent-text);
    font-weight: 600;
    cursor: pointer;
  }
  li {
    margin-top: 0.5em;
  }
  a {
    color: var(--_accent-text);
  }
  @container (width >= 45rem) {
    thead > tr > :first-child {
      border-radius: var(--_radius) 0 0 var(--_radius);
    }
    thead > tr > :last-child {
      border-radius: 0 var(--_radius) var(--_radius) 0;
    }
    [part~='highlighted'] {
      border-inline: 2px solid var(--_accent-text);
    }
    thead th[part~='highlighted'] {
      border-top: 4px solid var(--_accent-text);
      border-radius: var(--_radius) var(--_radius) 0 0;
    }
    tr:last-child > td[part~='highlighted'] {
      border-bottom: 2px solid var(--_accent-text);
      border-radius: 0 0 var(--_radius) var(--_radius);
    }
  }
  @container (width < 45rem) {
    table,
    thead,
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
    tbody > tr + tr {
      margin-top: var(--_gap);
    }
    tbody th {
      width: auto;
      border: 0;
      border-radius: calc(var(--_radius) * 0.75);
      background: var(--_subtle);
    }
    td {
      padding-block: calc(var(--_gap) * 0.75);
    }
    tr > th + td {
      border: 0;
    }
    [part~='highlighted'] {
      border-inline-start: 4px solid var(--_accent-text);
    }
    .label {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 0.5em;
      color: var(--_muted);
      font-size: 0.75em;
      font-weight: 700;
      letter-spacing: 0.04em;
      text-transform: uppercase;
    }
  }
`;
