import { clip } from '../shared/attrs.js';
import { warn } from '../shared/log.js';

export const LANGS = ['en', 'es'] as const;
export type Lang = (typeof LANGS)[number];

/** Maps a BCP 47 tag to a supported language ("es-MX" → "es"), or null. */
export function toLang(tag: string | null | undefined): Lang | null {
  const base = tag?.trim().toLowerCase().split(/[-_]/)[0];
  return (LANGS as readonly string[]).includes(base ?? '') ? (base as Lang) : null;
}

/**
 * The element's own `lang`, else the nearest ancestor's (a book in a quiz's result finds the
 * quiz's themed root), else the page-wide default, else English.
 */
export function resolveLang(el: Element, pageDefault: string | undefined): Lang {
  const tag = el.closest('[lang]')?.getAttribute('lang') || pageDefault;
  const lang = toLang(tag);
  if (tag && !lang) warn(`language "${clip(tag)}" is not supported (${LANGS.join(', ')}); showing English.`);
  return lang ?? 'en';
}

/** Fills `{name}` placeholders, formatting numbers for the language. */
export function fill(template: string, values: Record<string, string | number>, lang: Lang): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) => {
    // Strings and numbers only: `{constructor}` in a page's text stays as written, not a function's source.
    const v: unknown = values[key];
    return typeof v == 'number' ? new Intl.NumberFormat(lang).format(v) : typeof v == 'string' ? v : whole;
  });
}
