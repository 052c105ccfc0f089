import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

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
});
