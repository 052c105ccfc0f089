import type { CSSResult, LitElement } from 'lit';
import { addLanguage, type AddOn } from '../i18n/registry.js';
import { VERSION } from './version.js';

export { VERSION };

/** The elements' tags, the button first: its small first render pays what the first render of a page costs once. */
export const TAGS = Object.freeze(['acupt-book', 'acupt-quiz', 'acupt-compare'] as const);
export type Tag = (typeof TAGS)[number];

/** The one global the widget adds besides its elements. */
export interface AcuptNamespace {
  readonly version: string;
  readonly elements: readonly string[];
  /** What a language add-on script calls (see scripts/languages.mjs). */
  addLanguage(addOn: AddOn): void;
}

/** What an add-on that arrived before the core leaves in the namespace's place. */
interface Early {
  queue?: AddOn[];
}

declare global {
  interface Window {
    AcuptWidget?: AcuptNamespace;
  }
}

// The namespace is published as this module is imported: the classic script runs its modules over
// several tasks (vite.config.ts), and this one in its first, so that a second copy of the script
// and a language add-on that come in the meantime find it. The first copy's stays.
const early = window.AcuptWidget as (Partial<AcuptNamespace> & Early) | undefined;
if (!early?.version) {
  window.AcuptWidget = Object.freeze({ version: VERSION, elements: TAGS, addLanguage });
  early?.queue?.forEach(addLanguage);
}

/**
 * Registers the elements unless a copy of the widget already did, so a page may load it
 * twice (a second classic script stops earlier, in its first line: see vite.config.ts). Given
 * `later`, each element is registered (its elements on the page upgraded) as a job given to
 * `later`: the classic script does each in a task after its own, as together they would hold
 * the page's main thread too long (`customElements.whenDefined()` tells when). The module
 * registers them as it is imported.
 */
export function defineAll(elements: Record<Tag, typeof LitElement>, later?: (job: () => void) => void): void {
  for (const tag of TAGS) {
    const ctor = elements[tag];
    const define = () => customElements.get(tag) || customElements.define(tag, ctor);
    if (!later) define();
    else {
      // Its class finalized (reading observedAttributes does it) and its style sheets parsed, once for
      // all its instances, in a job before the one that upgrades its elements.
      later(() => ctor.observedAttributes && ctor.elementStyles.forEach((style) => (style as CSSResult).styleSheet));
      later(define);
    }
  }
}
