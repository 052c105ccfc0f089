// `npm run build`, after the core: one classic script per language add-on,
// dist/acupt-widget.<lang>.js, from src/i18n/translations/<lang>.ts.
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { ADDON_BUDGET, bundleFacts } from './bundle.mjs';
import { texts } from './texts.mjs';

const { version } = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
const dir = new URL('../src/i18n/translations/', import.meta.url);
/** Built into the core. */
const CORE = ['es'];

/** The add-on languages, by their translation files. */
export const addOns = () =>
  readdirSync(dir)
    .map((file) => file.replace(/\.ts$/, ''))
    .filter((lang) => !CORE.includes(lang))
    .sort();

export const addOnFile = (lang) => new URL(`../dist/acupt-widget.${lang}.js`, import.meta.url);

/**
 * The add-on hands its texts to the core: `AcuptWidget.addLanguage()` when the core runs
 * already; otherwise it queues them in the namespace's place, which the core takes over
 * (src/shared/define.ts). So the two scripts may come in either order. No declarations
 * outside the function, no network, nothing a strict CSP refuses.
 */
function addOn(lang, list) {
  const data = JSON.stringify({ lang, version, texts: list });
  // A byte order mark, as the core's (vite.config.ts): the texts stay UTF-8 on a page that declares no encoding.
  return (
    `\uFEFF/*! acupt-widget ${version} · ${lang} · MIT */\n` +
    `(function(){var a=${data},w=window.AcuptWidget;` +
    `if(w&&w.version)w.addLanguage?w.addLanguage(a):console.warn("[acupt-widget] the ${lang} add-on needs acupt-widget ${version}; "+w.version+" is running.");` +
    `else{w=window.AcuptWidget=w||{};(w.queue=w.queue||[]).push(a)}})();\n`
  );
}

for (const lang of addOns()) {
  writeFileSync(addOnFile(lang), addOn(lang, await texts(new URL(`${lang}.ts`, dir).pathname)));
  const { gzip, integrity } = bundleFacts(addOnFile(lang));
  console.log(`dist/acupt-widget.${lang}.js  ${gzip} bytes gzip (budget ${ADDON_BUDGET})  integrity="${integrity}"`);
}
