/** Languages with an add-on script of their own, `dist/acupt-widget.<lang>.js`; English and Spanish are in the core. */
export const ADDONS = ['fr', 'de', 'el', 'pt', 'zh-Hans', 'zh-Hant', 'ko', 'vi', 'ar'] as const;

/** Chinese tags name a region more often than a script: Taiwan, Hong Kong and Macao read Traditional. */
const TRADITIONAL = /^zh-(.+-)?(hant|tw|hk|mo)(-|$)/;

/**
 * The language among `available` that a BCP 47 tag asks for, or null: the tag itself
 * (case-insensitive, `_` read as `-`), else for Chinese its script (`zh`, `zh-CN`, `zh-SG` →
 * `zh-Hans`; `zh-TW`, `zh-HK`, `zh-MO` → `zh-Hant`), else its base language (`es-MX` → `es`).
 */
export function match(tag: string | null | undefined, available: readonly string[]): string | null {
  const want = tag?.trim().replace(/_/g, '-').toLowerCase() ?? '';
  const find = (name: string) => available.find((lang) => lang.toLowerCase() === name) ?? null;
  const base = want.split('-')[0]!;
  return find(want) ?? (base === 'zh' ? find(TRADITIONAL.test(want) ? 'zh-hant' : 'zh-hans') : null) ?? find(base);
}

/** Languages written right to left, by base language. */
const RTL = /^(ar|arc|ckb|dv|fa|he|ku|ps|sd|ug|ur|yi)(-|$)/i;

export const direction = (lang: string): 'rtl' | 'ltr' => (RTL.test(lang) ? 'rtl' : 'ltr');

/**
 * One number format per language, made when first needed: the first Intl object of a page
 * loads its ICU data, 35 ms on a desktop and well over 100 on a phone. Numbers under 1,000 need
 * none: every built-in language writes them in the same digits (CLDR), so "Question 3 of 9" never
 * makes one.
 */
const numbers = new Map<string, Intl.NumberFormat>();

/** Fills `{name}` placeholders, formatting numbers for the language. */
export function fill(template: string, values: Record<string, string | number>, lang: string): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) => {
    // Strings and numbers only: `{constructor}` in a page's text stays as written, not a function's source.
    const v: unknown = values[key];
    if (typeof v != 'number') return typeof v == 'string' ? v : whole;
    if (Math.abs(v) < 1000) return String(v);
    if (!numbers.has(lang)) numbers.set(lang, new Intl.NumberFormat(lang));
    return numbers.get(lang)!.format(v);
  });
}
