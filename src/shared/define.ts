import { warn } from './log.js';

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
 * Registers the elements unless a copy of the widget already did: a page may load the
 * script twice, even two versions. The first copy wins; a different version warns once.
 */
export function defineAll(elements: Record<string, CustomElementConstructor>): void {
  const loaded = window.AcuptWidget;
  if (loaded && loaded.version !== VERSION) {
    warn(`version ${VERSION} ignored: ${loaded.version} is already running.`);
  }
  for (const [tag, ctor] of Object.entries(elements)) {
    if (!customElements.get(tag)) customElements.define(tag, ctor);
  }
  window.AcuptWidget ??= Object.freeze({ version: VERSION, elements: Object.freeze(Object.keys(elements)) });
}
