// Entry of the classic script: registers the elements and exports nothing, so the
// IIFE declares no global of its own (the namespace is `window.AcuptWidget`). Each element
// is registered in a task of its own after the script's (see defineAll).
import { html, render } from 'lit';
import { ELEMENTS } from './elements.js';
import { defineAll } from './shared/define.js';
import { warmFonts } from './shared/fonts.js';
import { turn } from './shared/turn.js';

// The first render of a page compiles Lit's template parser and parts (most of a first render's
// time on a phone): a throwaway one does it in a job of its own, not in the first element's.
turn(() => render(html`<b class=${''}>${''}</b>`, document.createDocumentFragment()));
warmFonts(turn);
defineAll(ELEMENTS, turn);
