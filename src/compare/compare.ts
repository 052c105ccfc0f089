import { html, nothing } from 'lit';
import type { CommonStrings } from '../i18n/common.js';
import { CITED, REVIEWED, SOURCES } from '../content/sources.js';
import { fill } from '../i18n/lang.js';
import { clip, oneOf } from '../shared/attrs.js';
import { AcuptElement } from '../shared/base.js';
import { warn } from '../shared/log.js';
import { PopoverController, popoverStyles } from '../shared/popover.js';
import { compareStyles } from './compare.styles.js';
import type { CompareRow, CompareStrings } from './compare.strings.js';
import { COLUMNS, choose, type Column } from './select.js';

declare global {
  interface HTMLElementTagNameMap {
    'acupt-compare': AcuptCompare;
  }
}

/**
 * @summary An honest comparison of acupuncture, physical therapy and both together for back
 * pain: a semantic table that stacks into cards in a narrow container, with a sourced
 * tooltip per criterion and an optional disclaimer listing every source in full. Any text
 * can be replaced, and rows added, by a child `<script type="application/json">` (content
 * overrides).
 *
 * @csspart base - The themed wrapper around everything.
 * @csspart table - The `<table>`.
 * @csspart caption - The heading above the table (the table's accessible name).
 * @csspart column-header - Each treatment's column header.
 * @csspart row-header - Each criterion's row header.
 * @csspart cell - Each data cell.
 * @csspart highlighted - Added to the column header and cells of the `highlight` column.
 * @csspart info-button - The round "i" button beside a criterion.
 * @csspart tooltip - The panel an info button opens.
 * @csspart footnote - The disclaimer and "Sources" disclosure.
 *
 * @cssprop --acupt-accent - Brand colour of the info buttons, links, the "Recommended" label and the highlighted column's bar. Default: #0b6e63.
 * @cssprop --acupt-text - Text colour. Default: near-black (light), near-white (dark).
 * @cssprop --acupt-surface - Background of the card and its tooltips. Default: white (light), deep green-grey (dark).
 * @cssprop --acupt-border - Colour of borders and dividers.
 * @cssprop --acupt-radius - Corner radius. Default: 12px.
 * @cssprop --acupt-font-family - Font. Default: inherited from the page.
 * @cssprop --acupt-font-size - Base text size. Default: the page's 1rem, kept between 15px and 20px.
 */
export class AcuptCompare extends AcuptElement<CommonStrings & CompareStrings> {
  static override styles = [AcuptElement.styles, popoverStyles, compareStyles];
  static override properties = { heading: {}, clinicName: { attribute: 'clinic-name' }, columns: {}, rows: {}, highlight: {}, footnote: {} };
  protected override readonly kind = 'compare';
  // The heading and column names, the rows a quarter at a time, their tooltips half at a time, the footnote: each in a task of its own.
  protected override readonly stages = 8;
  // Places the tooltips while open, and keeps their buttons' aria-expanded and focus right.
  protected readonly popovers = new PopoverController(this);

  /** Title of the table, plain text. Default: "Acupuncture or physical therapy for back pain?" (in the visitor's language). */
  declare heading: string | null;
  /** Clinic name, plain text; adds "Not sure? The team at {name} can help you choose." under the heading. */
  declare clinicName: string | null;
  /** Treatment columns to show, in order: space-separated from `acupuncture pt both`. Default: all three. */
  declare columns: string | null;
  /** Criteria to show, in order, by key: `pain cause session stress recovery risks insurance evidence`, plus any added by content overrides. Default: all. */
  declare rows: string | null;
  /** Column to emphasise with a "Recommended" label and an accent bar: `acupuncture`, `pt`, `both` or `none`. Default: none. */
  declare highlight: string | null;
  /** `show` or `hide` the disclaimer and the "Sources" list under the table. Default: show. */
  declare footnote: string | null;

  override render() {
    const s = this.strings;
    const columns = choose('columns', this.setting('columns'), COLUMNS);
    // Keys a page adds may have capitals; attribute lists are matched case-insensitively.
    const keys = s.rows.map((row) => row.key.toLowerCase());
    const rows = choose('rows', this.setting('rows'), keys).map((key) => s.rows[keys.indexOf(key)]!);
    // Equal detail for each option (IPDAS): a row a page adds or changes must say something in every column shown.
    for (const row of rows) {
      const empty = columns.filter((c) => !row[c].trim());
      if (empty[0]) warn(`rows: "${clip(row.key)}" says nothing for ${empty.join(', ')}; give each treatment the same detail.`);
    }
    const highlight = oneOf('highlight', this.setting('highlight'), [...COLUMNS, 'none'], 'none');
    const clinic = this.setting('clinicName')?.trim();
    // A column's name, with the "Recommended" badge when it is the highlighted one.
    const name = (c: Column) => (c === highlight ? html`${s[c]} <span class="badge">${s.recommended}</span>` : s[c]);
    const part = (p: string, c: Column) => (c === highlight ? `${p} highlighted` : p);

    return this.frame(html`<h2 id="h" part="caption">${this.setting('heading')?.trim() || s.heading}</h2>
      ${clinic ? html`<p>${fill(s.ask, { clinic }, this.locale)}</p>` : nothing}
      <table role="table" part="table" aria-labelledby="h">
        <thead role="rowgroup">
          <tr role="row">
            <td role="cell"></td>
            ${columns.map((c) => html`<th role="columnheader" scope="col" part=${part('column-header', c)}>${name(c)}</th>`)}
          </tr>
        </thead>
        <tbody role="rowgroup">
          ${rows.slice(0, Math.ceil((rows.length * Math.min(this.stage, 4)) / 4)).map(
            (row, i) => html`<tr role="row">
              <th role="rowheader" scope="row" part="row-header" aria-label=${row.label}>
                ${row.label}${row.info
                  ? html`<button
                        class="btn ghost info"
                        part="info-button"
                        popovertarget="t${i}"
                        aria-expanded="false"
                        aria-describedby="t${i}"
                        aria-label="${s.about} ${row.label}"
                      >
                        <svg viewBox="0 0 20 20"><circle cx="10" cy="10" r="8.5" /><path d="M10 9v5m0-7.8v.1" /></svg>
                      </button>
                      ${this.stage > 4 + +(i >= rows.length / 2) ? this.#tooltip(row, i) : nothing}`
                  : nothing}
              </th>
              ${columns.map(
                // The part written out, not bound, but in the highlighted column: a binding per cell is a DOM write per cell.
                (c) =>
                  c === highlight
                    ? html`<td role="cell" part="cell highlighted"><span class="label" aria-hidden="true">${name(c)}</span>${row[c]}</td>`
                    : html`<td role="cell" part="cell"><span class="label" aria-hidden="true">${s[c]}</span>${row[c]}</td>`,
              )}
            </tr>`,
          )}
        </tbody>
      </table>
      ${this.stage > 6 && oneOf('footnote', this.setting('footnote'), ['show', 'hide'], 'show') == 'show'
        ? html`<div class="muted" part="footnote">
            <p>${s.disclaimer} ${s.condition}</p>
            <p>${clinic ? fill(s.provider, { clinic }, this.locale) : s.providerAny}</p>
            <details>
              <summary>${s.sources}</summary>
              <ol>
                ${SOURCES.map(([cite, url]) => html`<li><a href=${url}>${cite}</a></li>`)}
              </ol>
            </details>
            <p>${fill(s.reviewed, { month: String(REVIEWED[1]), year: String(REVIEWED[0]) }, this.locale)} ${s.policy}</p>
          </div>`
        : nothing}`);
  }

  #tooltip(row: CompareRow, i: number) {
    return html`<div id="t${i}" class="tip" part="tooltip" role="tooltip" popover>
      <span class="arrow"></span>
      <div class="scroll">
        <strong>${row.label}</strong>
        <p>${row.info}</p>
        ${CITED[row.key] ? html`<p class="muted">${fill(this.strings.cited, { list: CITED[row.key]! }, this.locale)}</p>` : nothing}
      </div>
    </div>`;
  }
}
