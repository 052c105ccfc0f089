import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { gzipSize } from '../../scripts/bundle.mjs';
import { ADDONS } from '../../src/i18n/lang.js';

const read = (path: string) => readFileSync(new URL(`../../${path}`, import.meta.url), 'utf8');
/** CSS rules as `selector{decl;decl}` strings, comments and whitespace dropped. */
const rules = (css: string) =>
  css
    .replace(/\/\*[^]*?\*\//g, '')
    .replace(/\s+/g, ' ')
    .split('}')
    .map((rule) => rule.replace(/\s*([{};:])\s*/g, '$1').replace(/;$/, '').trim())
    .filter(Boolean);

describe('README', () => {
  const readme = read('README.md');

  it('starts with the two commands a newcomer runs', () => {
    expect(readme).toContain('npm ci && npm start');
    expect(readme).toContain('npm ci && npm test');
  });

  it('shows the same sizing hint as demo/sizing-hint.css, which the bench measures', () => {
    const block = /```css\n(acupt-compare:not\(:defined\)[^]*?)```/.exec(readme)?.[1] ?? '';
    expect(rules(block)).toEqual(rules(read('demo/sizing-hint.css')));
  });

  it('lists each language add-on with the size it has (run `npm run build` first)', () => {
    for (const lang of ADDONS) {
      const size = gzipSize(new URL(`../../dist/acupt-widget.${lang}.js`, import.meta.url));
      expect(readme, lang).toContain(`| \`acupt-widget.${lang}.js\` | ${size} bytes |`);
    }
  });
});
