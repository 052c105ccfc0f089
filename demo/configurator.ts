// The configurator page: form → live preview and snippet. Its rules live in snippet.ts.
import { compareStrings } from '../src/compare/compare.strings.js';
import { flatten } from '../src/i18n/pack.js';
import { addLanguage } from '../src/i18n/registry.js';
import ar from '../src/i18n/translations/ar.js';
import de from '../src/i18n/translations/de.js';
import el from '../src/i18n/translations/el.js';
import fr from '../src/i18n/translations/fr.js';
import ko from '../src/i18n/translations/ko.js';
import pt from '../src/i18n/translations/pt.js';
import vi from '../src/i18n/translations/vi.js';
import zhHans from '../src/i18n/translations/zh-Hans.js';
import zhHant from '../src/i18n/translations/zh-Hant.js';
import { VERSION } from '../src/shared/version.js';
import { DEFAULTS, LANGUAGES, attributes, problem, scripts, snippet, type Attrs, type Config, type Field } from './snippet.js';

// The preview speaks every language: the add-ons' texts, from their source, as their scripts would hand them over.
for (const [lang, translation] of Object.entries({ fr, de, el, pt, 'zh-Hans': zhHans, 'zh-Hant': zhHant, ko, vi, ar })) {
  addLanguage({ lang, version: VERSION, texts: flatten(translation) });
}

const form = document.querySelector<HTMLFormElement>('#settings')!;
const code = document.querySelector<HTMLElement>('#snippet')!;
const status = document.querySelector<HTMLElement>('#status')!;
const picker = document.querySelector<HTMLInputElement>('#accent-picker')!;
const noBooking = document.querySelector<HTMLElement>('#no-booking')!;
const accent = form.elements.namedItem('accent') as HTMLInputElement;
const preview = {
  quiz: document.querySelector('#preview-quiz')!,
  compare: document.querySelector('#preview-compare')!,
  book: document.querySelector('#preview-book')!,
};
const isColor = (value: string) => CSS.supports('color', value);
const BASE = `https://cdn.jsdelivr.net/npm/acupt-widget@${VERSION}/dist/`;
/** The hash of each script file, by name, once known. */
const integrity: Record<string, string> = {};

document.querySelector('#lang')!.append(
  ...Object.entries(LANGUAGES).map(([value, name]) => Object.assign(document.createElement('option'), { value, textContent: name })),
);

// One checkbox per criterion of the table, named as the visitor reads it.
document.querySelector('#rows')!.append(
  ...compareStrings.rows.map((row) => {
    const label = document.createElement('label');
    const box = Object.assign(document.createElement('input'), { type: 'checkbox', name: 'rows', value: row.key, checked: true });
    label.className = 'check';
    label.append(box, ` ${row.label}`);
    return label;
  }),
);

function read(): Config {
  const data = new FormData(form);
  const text = (field: Field) => String(data.get(field) ?? '');
  const rows = data.getAll('rows').map(String);
  return {
    ...DEFAULTS,
    ...(Object.fromEntries(
      (Object.keys(DEFAULTS) as Field[]).filter((f) => typeof DEFAULTS[f] === 'string').map((f) => [f, text(f)]),
    ) as Partial<Config>),
    newTab: data.has('newTab'),
    analytics: data.has('analytics'),
    columns: data.getAll('columns').map(String),
    // Every row ticked is the default: leave the attribute out.
    rows: rows.length === compareStrings.rows.length ? [] : rows,
  };
}

/** Marks each field a live site would refuse, next to the field, in words. */
function flag(config: Config): void {
  for (const field of Object.keys(config) as Field[]) {
    const input = form.elements.namedItem(field);
    if (!(input instanceof HTMLInputElement) || input.type === 'checkbox') continue;
    const message = problem(field, input.value, isColor);
    let error = document.getElementById(`${field}-error`);
    if (message && !error) {
      error = Object.assign(document.createElement('p'), { id: `${field}-error`, className: 'error' });
      (input.closest('.field') ?? input).append(error);
    }
    if (error) error.textContent = message ?? '';
    input.toggleAttribute('aria-invalid', !!message);
    if (message) input.setAttribute('aria-describedby', `${field}-error`);
    else input.removeAttribute('aria-describedby');
  }
}

function apply(el: Element, attrs: Attrs): void {
  for (const name of el.getAttributeNames()) if (name !== 'id') el.removeAttribute(name);
  for (const [name, value] of Object.entries(attrs)) el.setAttribute(name, value);
}

function update(): void {
  const config = read();
  flag(config);
  const { page, ...elements } = attributes(config, isColor);
  // The preview has no script tag to carry page-wide settings, so each element gets them.
  for (const [name, el] of Object.entries(preview)) apply(el, { ...page, ...elements[name as keyof typeof elements] });
  code.textContent = snippet(config, BASE, integrity, isColor);
  void hash(config.lang);
  noBooking.hidden = ['booking-url', 'phone', 'email'].some((name) => name in page);
}

form.addEventListener('input', (event) => {
  if (event.target === picker) accent.value = picker.value;
  else if (event.target === accent && /^#[\da-f]{6}$/i.test(accent.value)) picker.value = accent.value;
  update();
});

document.querySelector('#copy')!.addEventListener('click', async () => {
  try {
    await navigator.clipboard.writeText(code.textContent ?? '');
    status.textContent = 'Copied. Paste it into your site.';
  } catch {
    getSelection()?.selectAllChildren(code);
    status.textContent = 'Selected: press Ctrl+C (⌘C on a Mac) to copy.';
  }
});

/** The hashes of the exact files this page serves (the CDN serves the same bytes for this version); the snippet follows. */
async function hash(lang: string): Promise<void> {
  const missing = scripts(lang).filter((file) => !integrity[file]);
  if (!missing.length) return;
  try {
    for (const file of missing) {
      const response = await fetch(`/dist/${file}`);
      if (!response.ok) throw new Error(String(response.status));
      const digest = await crypto.subtle.digest('SHA-384', await response.arrayBuffer());
      integrity[file] = `sha384-${btoa(String.fromCharCode(...new Uint8Array(digest)))}`;
    }
    update();
  } catch {
    status.textContent = 'Run "npm run build" to add the integrity hashes to the snippet.';
  }
}

update();
