import { clip } from '../shared/attrs.js';
import { applyOverrides, blank, sectionsOf } from '../shared/overrides.js';
import { match } from './lang.js';
import { flatten } from './pack.js';
import { languages, translation } from './registry.js';
import './spanish.js';
import { english, type Part, type Translation } from './translation.js';

export interface Localized<S> {
  lang: string;
  strings: S;
  /** A language asked for that is not here (yet): worth a warning if it is still missing once the page has loaded. */
  unmet?: string;
  /** A page's own language that leaves texts out: they show in English. */
  incomplete?: string;
}

const textsOf = <S>(t: Translation, part: Part) => ({ ...t.common, ...t[part] }) as S;

/**
 * An element's texts for the language `tag` asks for, with the page's content overrides:
 * a built-in or loaded language (see `match`), else a language the overrides bring as a
 * section of their own (`{"pl": {…}}`, English for what it leaves out), else English.
 */
export function localize<S extends object>(part: Part, tag: string | undefined, doc: unknown, report: (message: string) => void): Localized<S> {
  const want = clip(tag?.trim() || 'en');
  const loaded = match(want, languages());
  const own = loaded ? undefined : sectionsOf(doc, textsOf(english, part)).find(([key]) => match(want, [key]))?.[0];
  const lang = loaded ?? own ?? 'en';
  const texts = textsOf<S>(translation(loaded ?? 'en')!, part);
  const applies = (section: string) => !!match(section, [lang]);
  const out: Localized<S> = { lang, strings: applyOverrides(texts, doc, applies, report) };
  if (own) {
    const missing = flatten(applyOverrides(blank(texts), doc, applies, () => {})).filter((text) => !text).length;
    if (missing) out.incomplete = `language "${own}" of the content overrides lacks ${missing} of ${flatten(texts).length} texts: they show in English.`;
  } else if (!loaded) {
    out.unmet = `language "${want}" needs its add-on script (acupt-widget.<language>.js) or a content override; showing English.`;
  }
  return out;
}
