declare const __VERSION__: string;
/** This build's version, from package.json. */
export const VERSION: string = __VERSION__;

/** The one global the widget adds besides its elements. */
export interface AcuptNamespace {
  readonly version: string;
  readonly elements: readonly string[];
}

declare global {
  interface Window {
    AcuptWidget?: AcuptNamespace;
  }
}

/**
 * Registers the elements unless a copy of the widget already did, so a page may load it
 * twice. (A second classic script stops earlier, in its first line: see vite.config.ts.)
 */
export function defineAll(elements: Record<string, CustomElementConstructor>): void {
  for (const [tag, ctor] of Object.entries(elements)) {
    if (!customElements.get(tag)) customElements.define(tag, ctor);
  }
  window.AcuptWidget ??= Object.freeze({ version: VERSION, elements: Object.freeze(Object.keys(elements)) });
}
