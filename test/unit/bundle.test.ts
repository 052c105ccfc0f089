import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { BUDGET, BUNDLE, bundleFacts } from '../../scripts/bundle.mjs';

describe('dist/acupt-widget.js (run `npm run build` first)', () => {
  const code = readFileSync(BUNDLE, 'utf8');

  it(`is at most ${BUDGET} bytes gzip`, () => {
    expect(bundleFacts().gzip).toBeLessThanOrEqual(BUDGET);
  });

  it('is one self-contained classic script: no import, export or fetched chunk', () => {
    expect(code).toMatch(/^\(function\(\)\{/);
    expect(code).not.toMatch(/\bimport\s*[({"'`*]|\bimport\.meta\b|^\s*export\s/m);
    expect(readdirSync(new URL('../../dist/', import.meta.url)).filter((f) => f.endsWith('.js'))).toEqual([
      'acupt-widget.js',
    ]);
  });

  it('leaves none of lit’s globals behind', () => {
    expect(code).not.toMatch(/litHtmlVersions|reactiveElementVersions|litElementVersions|litPropertyMetadata|Symbol\.metadata\?\?=/);
  });
});
