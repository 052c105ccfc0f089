import { css } from 'lit';

/*
 * - [empty]: nothing usable to offer, so the book takes no space rather than show a dead control.
 * - .sm / .lg scale the base button (its padding is in em): sm keeps 44px, lg grows past the 48px of md.
 * - .link is a ghost button without its box, for use inside a sentence.
 * - The triangle says the button opens a menu; its empty alternative text keeps it out of the button's name.
 * - Menu items are ghost buttons (full tap height, hover tint) laid out as rows: name, then address.
 */
export const bookStyles = css`
  /* The README's sizing hint reserves exactly this box for a default button: no shift on load. */
  :host {
    display: inline-block;
    vertical-align: middle;
  }
  /* Alone in its column: a block the theme lines up, the button at its start (a flex item, so no line box of the page's). */
  :host([block]) {
    display: flex;
  }
  /* Defined but not rendered yet (its first render waits its turn): the sizing hint's space. */
  :host(:not(:state(ready))) {
    min-width: 11rem;
    min-height: 48px;
  }
  .btn {
    min-width: 11em;
  }
  :host([empty]) {
    display: none;
  }
  .sm {
    min-height: 44px;
    font-size: .875em;
  }
  .lg {
    font-size: 1.25em;
  }
  .link {
    min-width: 0;
    min-height: 24px;
    padding: 0;
    border: 0;
    text-decoration: underline;
  }
  [aria-haspopup]::after {
    content: '▾' / '';
  }
  [popover] {
    padding: .375em;
  }
  .item {
    display: grid;
    justify-content: start;
    border: 0;
  }
  small {
    color: var(--_muted);
    font-weight: 400;
  }
`;
