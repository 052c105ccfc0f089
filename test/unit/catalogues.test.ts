import { describe, expect, it } from 'vitest';
import { bookCatalog } from '../../src/book/book.strings.js';
import { compareCatalog } from '../../src/compare/compare.strings.js';
import { common } from '../../src/i18n/common.js';
import { LANGS } from '../../src/i18n/lang.js';
import { quizCatalog } from '../../src/quiz/quiz.strings.js';

const CATALOGUES = { common, compare: compareCatalog, quiz: quizCatalog, book: bookCatalog };

/** Every string of a catalogue by its path (`rows[2].pt`); keyed array items by their key. */
function leaves(value: unknown, path = ''): Map<string, string> {
  const out = new Map<string, string>();
  if (typeof value === 'string') out.set(path, value);
  else if (Array.isArray(value))
    value.forEach((item, i) => {
      const key = (item as { key?: string }).key ?? i;
      for (const [p, v] of leaves(item, `${path}[${key}]`)) out.set(p, v);
    });
  else if (value && typeof value === 'object')
    for (const [k, v] of Object.entries(value)) for (const [p, s] of leaves(v, path ? `${path}.${k}` : k)) out.set(p, s);
  return out;
}

const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe.each(Object.entries(CATALOGUES))('the %s catalogue', (_, catalogue) => {
  const en = leaves(catalogue.en);

  it.each(LANGS.filter((l) => l !== 'en'))('is complete in %s: same keys, a non-empty text for each, same placeholders', (lang) => {
    const other = leaves(catalogue[lang]);
    expect([...other.keys()]).toEqual([...en.keys()]);
    for (const [path, text] of other) {
      expect(text.trim(), path).not.toBe('');
      expect(placeholders(text), path).toEqual(placeholders(en.get(path)!));
    }
  });

  it('is translated, not copied: no Spanish phrase is the English one', () => {
    const es = leaves(catalogue.es);
    // Single words may coincide ("Medicare", "Email"); phrases may not.
    const copied = [...en].filter(([path, text]) => es.get(path) === text && text.trim().includes(' '));
    expect(copied.map(([path]) => path)).toEqual([]);
  });
});
