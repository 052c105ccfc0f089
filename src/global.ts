// Entry of the classic script: registers the elements and exports nothing, so the
// IIFE declares no global of its own (the namespace is `window.AcuptWidget`).
import './index.js';
