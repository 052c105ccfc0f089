import { css } from 'lit';

// Short rules on one line each; whitespace and comments are squeezed out at build time.
export const quizStyles = css`
  /* Defined but not rendered yet (its first render waits its turn): the sizing hint's space. */
  :host(:not(:state(ready))) { min-height: 35rem; }
  * { margin: 0; }
  .root {
    --_alert: light-dark(#b3261e, #ffb4ab);
    max-width: 42em;
    /* A percentage follows the space the page gives the quiz, not the screen. */
    padding: clamp(1.25em, 5%, 2.25em);
    border: 1px solid var(--_border);
    border-radius: calc(var(--_radius) * 1.5);
    background: var(--_surface);
    accent-color: var(--_accent);
    /* The README's sizing hint: the first screen and most questions fit it in every language from 320px
       wide, so Back and Next stay put; the warning-sign checklists and the results grow it. */
    display: flex;
    min-height: 35em;
  }
  .screen { display: flex; flex-direction: column; flex: 1; gap: 1em; }
  h2 { font-size: 1.5em; line-height: 1.25; }
  /* Focus lands on each new heading so screen readers start there; it is not a control. */
  h2:focus { outline: none; }
  h3 { margin-top: 0.5em; font-size: 1em; }
  .eyebrow { color: var(--_accent-text); font-weight: 700; }
  .lead, .fine, .progress { color: var(--_muted); }
  .fine, .progress { font-size: 0.875em; }
  fieldset { display: grid; gap: 0.625em; min-width: 0; padding: 0; border: 0; }
  legend { padding: 0 0 0.5em; }
  strong { display: block; }
  label {
    display: flex;
    align-items: center;
    gap: 0.875em;
    min-height: calc(var(--_tap) + 0.5em);
    padding: 0.625em 1em;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    cursor: pointer;
  }
  label:hover, label:has(:checked) { border-color: var(--_accent-text); }
  label:has(:checked) { background: color-mix(in srgb, var(--_accent) 9%, var(--_surface)); }
  label:has(:focus-visible) { outline: 3px solid var(--_accent-text); outline-offset: 2px; }
  input { flex: none; width: 1.25em; height: 1.25em; outline: none; }
  .error { color: var(--_alert); font-weight: 700; }
  .nav { display: flex; flex-wrap: wrap; justify-content: space-between; gap: 0.75em; margin-top: auto; padding-top: 1em; }
  /* The main button takes what the row leaves, so a phone or a sidebar gets a wide target. */
  .nav .btn:last-child { flex: 1 1 auto; max-width: 16em; }
  ul, ol { display: grid; gap: 0.5em; padding-inline-start: 1.25em; }
  ol { padding: 0; list-style: none; }
  ol li, .cautions { padding: 0.75em 1em; border-radius: var(--_radius); background: var(--_subtle); }
  /* The emergency call: an alert-coloured button. */
  .call { --_accent: var(--_alert); --_on-accent: var(--_surface); align-self: start; }
  /* What the visitor should read before anything else: after surgery, new pain, needles later. */
  .note { padding-inline-start: 0.875em; border-inline-start: 4px solid var(--_accent-text); }
  /* "Either" offers both, side by side where there is room, each with its own book button. */
  .options { display: flex; flex-wrap: wrap; gap: 0.75em; }
  .option { display: grid; flex: 1 1 14em; gap: 0.5em; padding: 1em; border: 1px solid var(--_border); border-radius: var(--_radius); }
  .take { display: flex; flex-wrap: wrap; gap: 0.5em; }
  /* The frame that prints the result, out of sight. */
  iframe { position: fixed; inset-inline-start: -200vw; }
  /* The visitor printing the whole page gets the result without its buttons. */
  @media print { .nav, .take, acupt-book { display: none; } .root { border: 0; padding: 0; } }
  /* An inline link with a full-size touch area that does not push the lines apart. */
  p > a { display: inline-block; margin-block: -0.75em; padding-block: 0.75em; color: var(--_accent-text); font-weight: 700; }
`;

/** The result on paper, in the frame `#print` fills: the visitor's own copy, in the page's font. */
export const printStyles = 'body{font:12pt/1.5 system-ui,sans-serif}.note{border-inline-start:3px solid;padding-inline-start:.75em}';
