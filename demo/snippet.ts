// The configurator's logic, apart from its page: what each setting means, how it is checked,
// and the snippet a marketer pastes. Pure, so it is unit-tested in Node.
import { ADDONS } from '../src/i18n/lang.js';

/** Every language the widget speaks, by its own name; those after English and Spanish need their add-on script. */
export const LANGUAGES: Record<string, string> = {
  en: 'English',
  es: 'Español',
  fr: 'Français',
  de: 'Deutsch',
  el: 'Ελληνικά',
  pt: 'Português (Brasil)',
  'zh-Hans': '简体中文',
  'zh-Hant': '繁體中文',
  ko: '한국어',
  vi: 'Tiếng Việt',
  ar: 'العربية',
};

/** The script files a configuration needs: the core, and the add-on of its language if it has one. */
export const scripts = (lang: string): string[] => ['acupt-widget.js', ...((ADDONS as readonly string[]).includes(lang) ? [`acupt-widget.${lang}.js`] : [])];

export interface Config {
  clinicName: string;
  bookingUrl: string;
  acupunctureUrl: string;
  ptUrl: string;
  bothUrl: string;
  phone: string;
  email: string;
  newTab: boolean;
  lang: string;
  accent: string;
  theme: 'light' | 'dark' | 'auto';
  density: 'comfortable' | 'compact';
  columns: string[];
  rows: string[];
  highlight: string;
  emergencyNumber: string;
  analytics: boolean;
  utmSource: string;
  utmMedium: string;
  utmCampaign: string;
}

export type Field = keyof Config;
export type Attrs = Record<string, string>;

export const COLUMN_KEYS = ['acupuncture', 'pt', 'both'];

/** What a webmaster's page gets by default; settings equal to these are left out of the snippet. */
export const DEFAULTS: Config = {
  clinicName: '',
  bookingUrl: '',
  acupunctureUrl: '',
  ptUrl: '',
  bothUrl: '',
  phone: '',
  email: '',
  newTab: false,
  lang: 'en',
  accent: '#0b6e63',
  theme: 'light',
  density: 'comfortable',
  columns: COLUMN_KEYS,
  rows: [],
  highlight: 'none',
  emergencyNumber: '911',
  analytics: false,
  utmSource: '',
  utmMedium: '',
  utmCampaign: '',
};

const URL_FIELDS: Field[] = ['bookingUrl', 'acupunctureUrl', 'ptUrl', 'bothUrl'];

/** Settings every element on the page shares, as `data-*` attributes of the script tag. */
const PAGE_WIDE: [string, Field][] = [
  ['clinic-name', 'clinicName'],
  ['booking-url', 'bookingUrl'],
  ['acupuncture-url', 'acupunctureUrl'],
  ['pt-url', 'ptUrl'],
  ['both-url', 'bothUrl'],
  ['phone', 'phone'],
  ['email', 'email'],
  ['accent', 'accent'],
  ['theme', 'theme'],
  ['density', 'density'],
  ['utm-source', 'utmSource'],
  ['utm-medium', 'utmMedium'],
  ['utm-campaign', 'utmCampaign'],
  ['emergency-number', 'emergencyNumber'],
];

/** Why a value would not work on a live site, in words for a marketer; null when it is fine. */
export function problem(field: Field, value: string, isColor: (v: string) => boolean): string | null {
  const v = value.trim();
  if (!v) return null;
  if (URL_FIELDS.includes(field)) {
    let url: URL;
    try {
      url = new URL(v);
    } catch {
      return 'Enter a full web address, starting with https://';
    }
    return url.protocol === 'https:' ? null : 'Use a secure address that starts with https://';
  }
  if (field === 'phone') {
    const digits = v.replace(/\D/g, '').length;
    return /^\+?[\d ().\/-]+$/.test(v) && digits >= 7 && digits <= 15 ? null : 'Enter a phone number, like +1 555 010 2000';
  }
  if (field === 'email') return /^[\w.+'-]+@[a-z\d-]+(\.[a-z\d-]+)+$/i.test(v) ? null : 'Enter an email address, like hello@clinic.com';
  if (field === 'accent') return isColor(v) ? null : 'Enter a colour, like #0b6e63';
  if (field === 'emergencyNumber') return /^\+?\d+$/.test(v) ? null : 'Digits only, like 911, 999 or 112';
  return null;
}

/**
 * Attributes per place. Page-wide settings go on the script tag as `data-*`; the language goes
 * on each element, because a page's own `<html lang>` would otherwise win over `data-lang`.
 */
export function attributes(config: Config, isColor: (v: string) => boolean) {
  const ok = (field: Field) => {
    const value = String(config[field]).trim();
    return value && value !== String(DEFAULTS[field]) && !problem(field, value, isColor) ? value : '';
  };
  const page: Attrs = {};
  const set = (target: Attrs, name: string, value: string) => {
    if (value) target[name] = value;
  };
  for (const [name, field] of PAGE_WIDE) set(page, name, ok(field));
  set(page, 'target', config.newTab ? '_blank' : '');
  set(page, 'analytics', config.analytics ? 'datalayer' : '');

  const each: Attrs = config.lang === 'en' ? {} : { lang: config.lang };
  const compare: Attrs = { ...each };
  const all = config.columns.length === COLUMN_KEYS.length && config.columns.every((c, i) => c === COLUMN_KEYS[i]);
  set(compare, 'columns', all ? '' : config.columns.join(' '));
  set(compare, 'rows', config.rows.join(' '));
  set(compare, 'highlight', ok('highlight'));
  return { page, quiz: { ...each }, compare, book: { ...each } };
}

const escape = (value: string) =>
  value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

const tag = (name: string, attrs: Attrs) =>
  `<${name}${Object.entries(attrs)
    .map(([key, value]) => ` ${key}="${escape(value)}"`)
    .join('')}></${name}>`;

/**
 * The ready-to-paste HTML: the script tag (with Subresource Integrity when its hash is known),
 * the language add-on's, then the three elements, the button in a paragraph of its own (a
 * theme's content column lines paragraphs up). `base` is the folder the scripts are served from.
 */
export function snippet(config: Config, base: string, integrity: Partial<Record<string, string>>, isColor: (v: string) => boolean): string {
  const { page, quiz, compare, book } = attributes(config, isColor);
  const [core, ...addOns] = scripts(config.lang).map((file) => {
    const hash = integrity[file];
    return [`<script src="${escape(base + file)}"`, ...(hash ? [`  integrity="${hash}" crossorigin="anonymous"`] : [])];
  });
  for (const [name, value] of Object.entries(page)) core!.push(`  data-${name}="${escape(value)}"`);
  const close = (lines: string[]) => `${lines.join('\n')}></script>`;
  return [close(core!), ...addOns.map(close), '', tag('acupt-quiz', quiz), tag('acupt-compare', compare), `<p>${tag('acupt-book', book)}</p>`].join('\n');
}
