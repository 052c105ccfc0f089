import { css, html, nothing } from 'lit';
import { SOURCES } from '../content/sources.js';
import { fill } from '../i18n/lang.js';
import { oneOf } from '../shared/attrs.js';
import { AcuptElement } from '../shared/base.js';
import { PopoverController, popoverStyles } from '../shared/popover.js';
import { compareStyles } from './compare.styles.js';
import { compareCatalog, type CompareRow, type CompareStrings } from './compare.strings.js';
import { COLUMNS, SHORT_NAMES, choose, citedSources, sourcesOf, type Column } from './select.js';

export interface InfoOpenDetail {
  /** Key of the criterion whose tooltip opened, e.g. `evidence`. */
  row: string;
}

declare global {
  interface GlobalEventHandlersEventMap {
    'acupt-info-open': CustomEvent<InfoOpenDetail>;
  }
  interface HTMLElementTagNameMap {
    'acupt-compare': AcuptCompare;
  }
}

const HIGHLIGHTS = [...COLUMNS, 'none'] as const;
const FOOTNOTES = ['show', 'hide'] as const;

/**
 * @summary An honest comparison of acupuncture, physical therapy and both together for back
 * pain: a semantic table that stacks into cards in a narrow container, with a sourced
 * tooltip per criterion and an optional disclaimer with full citations. Any text can be
 * replaced, and rows added, by a child `<script type="application/json">` (content overrides).
 *
 * @event {CustomEvent<InfoOpenDetail>} acupt-info-open - A visitor opened a criterion's tooltip. Detail: `{ row: string }`, the row key.
 *
 * @csspart base - The themed wrapper around everything.
 * @csspart table - The `<table>`.
 * @csspart caption - The heading and intro above the table (the table's accessible name).
 * @csspart column-header - Each treatment's column header.
 * @csspart row-header - Each criterion's row header.
 * @csspart cell - Each data cell.
 * @csspart highlighted - Added to the column header and cells of the `highlight` column.
 * @csspart info-button - The round "i" button beside a criterion.
 * @csspart tooltip - The panel an info button opens.
 * @csspart footnote - The disclaimer and "Sources" disclosure.
 *
 * @cssprop --acupt-accent - Brand colour of the info buttons, links, the "Recommended" label and the highlighted column's frame. Default: #0b6e63.
 * @cssprop --acupt-text - Text colour. Default: near-black (light), near-white (dark).
 * @cssprop --acupt-surface - Background of the card and its tooltips. Default: white (light), deep green-grey (dark).
 * @cssprop --acupt-border - Colour of borders and dividers.
 * @cssprop --acupt-radius - Corner radius. Default: 12px.
 * @cssprop --acupt-font-family - Font. Default: inherited from the page.
 * @cssprop --acupt-font-size - Base text size. Default: the page's 1rem, kept between 15px and 20px.
 */
export class AcuptCompare extends AcuptElement<CompareStrings> {
  // One sheet rather than an array: the base types `styles` as a single CSSResult.
  static override styles = css`${AcuptElement.styles}${popoverStyles}${compareStyles}`;
  static override properties = { heading: {}, clinicName: { attribute: 'clinic-name' }, columns: {}, rows: {}, highlight: {}, footnote: {} };
  protected override readonly catalog = compareCatalog;
  #popovers = new PopoverController(this);

  /** Title of the table, plain text. Default: "Acupuncture or physical therapy?" (in the visitor's language). */
  declare heading: string | null;
  /** Clinic name, plain text; adds "Not sure? The team at {name} can help you choose." to the intro. */
  declare clinicName: string | null;
  /** Treatment columns to show, in order: space-separated from `acupuncture pt both`. Default: all three. */
  declare columns: string | null;
  /** Criteria to show, in order, by key: `pain cause session stress recovery risks insurance evidence`, plus any added by content overrides. Default: all. */
  declare rows: string | null;
  /** Column to emphasise with a "Recommended" label and a border: `acupuncture`, `pt`, `both` or `none`. Default: none. */
  declare highlight: string | null;
  /** `show` or `hide` the disclaimer and the "Sources" list under the table. Default: show. */
  declare footnote: string | null;

  override render() {
    const s = this.strings;
    const columns = choose('columns', this.setting('columns'), COLUMNS);
    // Keys a page adds may have capitals; attribute lists are matched case-insensitively.
    const keys = s.rows.map((row) => row.key.toLowerCase());
    const rows = choose('rows', this.setting('rows'), keys).map((key) => s.rows[keys.indexOf(key)]!);
    const highlight = oneOf('highlight', this.setting('highlight'), HIGHLIGHTS, 'none');
    const clinic = this.setting('clinicName')?.trim();
    const badge = (c: Column) => (c === highlight ? html` <span class="badge">${s.recommended}</span>` : nothing);
    const part = (name: string, c: Column) => (c === highlight ? `${name} highlighted` : name);

    return this.frame(html`<div class="caption" part="caption">
        <h2 id="h">${this.setting('heading')?.trim() || s.heading}</h2>
        <p>${s.intro} ${clinic ? fill(s.ask, { clinic }, this.locale) : ''}</p>
      </div>
      <table role="table" part="table" aria-labelledby="h">
        <thead role="rowgroup">
          <tr role="row">
            <td role="cell"></td>
            ${columns.map((c) => html`<th role="columnheader" scope="col" part=${part('column-header', c)}>${s[c]}${badge(c)}</th>`)}
          </tr>
        </thead>
        <tbody role="rowgroup">
          ${rows.map(
            (row, i) => html`<tr role="row">
              <th role="rowheader" scope="row" part="row-header" aria-label=${row.label}>
                ${row.label}${row.info ? this.#info(row, `tip-${i}`) : nothing}
              </th>
              ${columns.map(
                (c) => html`<td role="cell" part=${part('cell', c)}>
                  <span class="label" aria-hidden="true">${s[c]}${badge(c)}</span>${row[c]}
                </td>`,
              )}
            </tr>`,
          )}
        </tbody>
      </table>
      ${oneOf('footnote', this.setting('footnote'), FOOTNOTES, 'show') === 'show' ? this.#footnote(rows) : nothing}`);
  }

  #info(row: CompareRow, id: string) {
    const cited = sourcesOf(row.key).map((key) => SHORT_NAMES[key]);
    return html`<button
        class="info"
        part="info-button"
        popovertarget=${id}
        aria-expanded="false"
        aria-describedby=${id}
        aria-label=${fill(this.strings.about, { row: row.label }, this.locale)}
        @click=${(e: Event) => {
          // Fires before the button toggles its popover, so "false" means it is opening.
          if ((e.currentTarget as Element).ariaExpanded !== 'true') this.emit('acupt-info-open', { row: row.key });
        }}
      >
        <svg viewBox="0 0 20 20" aria-hidden="true"><circle cx="10" cy="10" r="8.5" /><path d="M10 9v5M10 6.2v.1" /></svg>
      </button>
      <div id=${id} class="tip" part="tooltip" popover @toggle=${this.#popovers.toggled}>
        <span class="arrow"></span>
        <strong>${row.label}</strong>
        <p>${row.info}</p>
        ${cited.length ? html`<p class="cited">${this.strings.sources}: ${cited.join(', ')}</p>` : nothing}
      </div>`;
  }

  #footnote(rows: CompareRow[]) {
    const cited = citedSources(rows.map((row) => row.key));
    return html`<div class="footnote" part="footnote">
      <p>${this.strings.disclaimer}</p>
      ${cited.length
        ? html`<details>
            <summary>${this.strings.sources}</summary>
            <ol>
              ${cited.map((key) => {
                const { cite, url } = SOURCES[key];
                return html`<li>${url ? html`<a href=${url}>${cite}</a>` : cite}</li>`;
              })}
            </ol>
          </details>`
        : nothing}
    </div>`;
  }
}
