// Entry of the classic script: registers the elements and exports nothing, so the IIFE
// declares no global of its own (the namespace is `window.AcuptWidget`). Its modules run in
// phases, a task each (vite.config.ts), in the order imported here. The first two run in the
// script's own task: the page's defaults come from the script tag, which is
// `document.currentScript` only then, and the namespace is there at once for a second copy or an
// add-on that comes before the last phase. Spanish is the first phase: beside the English texts
// it also compresses better (0.1 kB of the budget).
import './shared/page-defaults.js';
import { defineAll } from './shared/define.js';
import './i18n/spanish.js';
import { html, render } from 'lit';
import { ELEMENTS } from './elements.js';
import { warmFonts } from './shared/fonts.js';
import { turn } from './shared/turn.js';

// The first render of a page compiles Lit's template parser and parts (most of a first render's
// time on a phone): a throwaway one does it in a job of its own, not in the first element's.
// Each element is registered in a job of its own too (see defineAll).
turn(() => render(html`<b class=${''}>${''}</b>`, document.createDocumentFragment()));
warmFonts(turn);
defineAll(ELEMENTS, turn);
