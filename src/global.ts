// Entry of the classic script: registers the elements and exports nothing, so the
// IIFE declares no global of its own (the namespace is `window.AcuptWidget`). Each element
// is registered in a task of its own after the script's (see defineAll).
import { ELEMENTS } from './elements.js';
import { defineAll } from './shared/define.js';
import { turn } from './shared/turn.js';

defineAll(ELEMENTS, turn);
