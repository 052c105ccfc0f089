import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ADDON_BUDGET, BUDGET, BUNDLE, bundleFacts } from '../../scripts/bundle.mjs';
import { ADDONS } from '../../src/i18n/lang.js';

const dist = new URL('../../dist/', import.meta.url);
const addOn = (lang: string) => new URL(`acupt-widget.${lang}.js`, dist);
const { version } = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string };

describe('dist/acupt-widget.js (run `npm run build` first)', () => {
  const code = readFileSync(BUNDLE, 'utf8');

  it(`is at most ${BUDGET} bytes gzip (gzip -9)`, () => {
    expect(bundleFacts().gzip).toBeLessThanOrEqual(BUDGET);
  });

  it('is one self-contained classic script, beside one add-on per language: no import, export or fetched chunk', () => {
    expect(code).toMatch(/^\uFEFF\/\/# allFunctionsCalledOnLoad\n\(function\(\)\{/);
    expect(code).not.toMatch(/\bimport\s*[({"'`*]|\bimport\.meta\b|^\s*export\s/m);
    expect(readdirSync(dist).filter((f) => f.endsWith('.js')).sort()).toEqual(
      ['acupt-widget.js', ...ADDONS.map((lang) => `acupt-widget.${lang}.js`)].sort(),
    );
  });

  it('leaves none of lit’s globals behind', () => {
    expect(code).not.toMatch(/litHtmlVersions|reactiveElementVersions|litElementVersions|litPropertyMetadata|Symbol\.metadata\?\?=/);
  });
});

describe.each(ADDONS)('dist/acupt-widget.%s.js', (lang) => {
  const code = readFileSync(addOn(lang), 'utf8');

  it(`is at most ${ADDON_BUDGET} bytes gzip (gzip -9)`, () => {
    expect(bundleFacts(addOn(lang)).gzip).toBeLessThanOrEqual(ADDON_BUDGET);
  });

  it('is a classic script that hands its texts to the core, of this version, and declares no global', () => {
    expect(code).toMatch(/^\uFEFF\/\*![^*]*\*\/\n\(function\(\)\{var a=\{"lang":"[\w-]+","version":"[^"]+","texts":\[/);
    expect(code).toContain(`"lang":"${lang}","version":"${version}"`);
    expect(code).not.toMatch(/\bimport\b|\bexport\b|fetch\(|XMLHttpRequest|\beval\(|new Function/);
  });
});
