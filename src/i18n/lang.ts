import { warn } from '../shared/log.js';

export const LANGS = ['en', 'es'] as const;
export type Lang = (typeof LANGS)[number];

/** Maps a BCP 47 tag to a supported language ("es-MX" → "es"), or null. */
export function toLang(tag: string | null | undefined): Lang | null {
  const base = tag?.trim().toLowerCase().split(/[-_]/)[0];
  return (LANGS as readonly string[]).includes(base ?? '') ? (base as Lang) : null;
}

/**
 * The element's own `lang`, else the nearest ancestor's (crossing shadow roots, so a
 * quiz inside another component follows its host), else the page-wide default, else English.
 */
export function resolveLang(el: Element, pageDefault: string | undefined): Lang {
  let tag: string | undefined;
  for (let node: Element | null = el; node && !tag; ) {
    tag = node.getAttribute('lang') || undefined;
    node = node.parentElement ?? ((node.getRootNode() as ShadowRoot).host || null);
  }
  tag ??= pageDefault;
  if (!tag) return 'en';
  const lang = toLang(tag);
  if (!lang) warn(`language "${tag}" is not supported (${LANGS.join(', ')}); showing English.`);
  return lang ?? 'en';
}

/** Fills `{name}` placeholders, formatting numbers for the language. */
export function fill(template: string, values: Record<string, string | number>, lang: Lang): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) => {
    const v = values[key];
    if (v == null) return whole;
    return typeof v === 'number' ? new Intl.NumberFormat(lang).format(v) : v;
  });
}
