import { css } from 'lit';

export const bookStyles = css`
  :host {
    display: inline-block;
    max-width: 100%;
  }
  /* Nothing usable to offer: take no space rather than show a dead control. */
  :host(:state(empty)) {
    display: none;
  }
  .btn {
    max-width: 100%;
    text-align: center;
  }
  .sm {
    min-height: 44px;
    padding: 0.5em 1em;
    font-size: 0.875em;
  }
  .lg {
    min-height: 56px;
    padding: 0.75em 1.75em;
    font-size: 1.125em;
  }
  .btn.link {
    min-height: 24px;
    padding: 0;
    border: 0;
    background: none;
    color: var(--_accent-text);
    text-decoration: underline;
    text-underline-offset: 0.2em;
  }
  .btn.link:hover {
    text-decoration-thickness: 2px;
  }
  [aria-haspopup]::after {
    content: '';
    flex: none;
    width: 0.4em;
    height: 0.4em;
    border: solid currentColor;
    border-width: 0 2px 2px 0;
    rotate: 45deg;
    translate: 0 -0.15em;
  }
  [aria-expanded='true']::after {
    rotate: 225deg;
    translate: 0 0.1em;
  }
  [popover] {
    min-width: min(15rem, calc(100vw - 16px));
    padding: 0.375rem;
  }
  .item {
    display: flex;
    flex-direction: column;
    justify-content: center;
    min-height: var(--_tap);
    padding: 0.5rem 0.875rem;
    border-radius: calc(var(--_radius) * 0.6);
    color: var(--_text);
    font-weight: 600;
    text-decoration: none;
  }
  .item:hover,
  .item:focus {
    background: var(--_subtle);
  }
  .item:focus-visible {
    outline-offset: -3px;
  }
  .item + .item {
    margin-top: 2px;
  }
  .sub {
    color: var(--_muted);
    font-size: 0.875em;
    font-weight: 400;
  }
`;
