import { VERSION } from '../shared/version.js';
import { warn } from '../shared/log.js';
import { unflatten } from './pack.js';
import { english, type Translation } from './translation.js';

/** A language add-on as its script hands it over: see scripts/languages.mjs. */
export interface AddOn {
  lang: string;
  /** The core version it was built for; its texts follow that version's English, in order. */
  version: string;
  texts: string[];
}

// Spanish, built in as well, is added by spanish.ts: this module runs in the classic script's own
// task (see shared/define.ts), which stays short, and the Spanish texts in a task after it.
const packs = new Map<string, Translation>([['en', english]]);
const listeners = new Set<() => void>();

/** The languages this page can show: the core's and those of the add-ons loaded so far. */
export const languages = (): string[] => [...packs.keys()];

export const translation = (lang: string): Translation | undefined => packs.get(lang);

/** Calls `listener` whenever a language arrives; returns the function that stops it. */
export function onLanguage(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Adds a language built into the core. */
export const builtIn = (lang: string, pack: Translation): void => void packs.set(lang, pack);

/**
 * Registers a language add-on, as the core's second copy is handled: the first copy of a
 * language stays, an identical one is ignored silently, and one of another version — which
 * would not match this core's texts — is ignored with a warning.
 */
export function addLanguage({ lang, version, texts }: AddOn): void {
  if (version !== VERSION) return warn(`the ${lang} add-on of version ${version} was ignored: it must be ${VERSION}, as the core.`);
  if (packs.has(lang)) return;
  const pack = unflatten(texts);
  if (!pack) return warn(`the ${lang} add-on is damaged; it was ignored.`);
  packs.set(lang, pack);
  for (const listener of listeners) listener();
}
