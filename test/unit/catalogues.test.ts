/// <reference types="vite/client" />
import { describe, expect, it } from 'vitest';
import { ADDONS } from '../../src/i18n/lang.js';
import { english, type Translation } from '../../src/i18n/translation.js';

/** Every translation in src/i18n/translations, by language. */
const TRANSLATIONS = Object.fromEntries(
  Object.entries(import.meta.glob<{ default: Translation }>('../../src/i18n/translations/*.ts', { eager: true })).map(([file, module]) => [
    /([\w-]+)\.ts$/.exec(file)![1]!,
    module.default,
  ]),
);

/** Every string of a translation by its path (`compare.rows[pain].pt`); keyed array items by their key. */
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
const en = leaves(english);
const others = Object.entries(TRANSLATIONS);

it('has a translation for Spanish (in the core) and for each add-on', () => {
  expect(Object.keys(TRANSLATIONS).sort()).toEqual(['es', ...ADDONS].sort());
});

describe.each(others)('the %s translation', (lang, translation) => {
  const texts = leaves(translation);

  it('is complete: the English keys and no other, a non-empty text for each, the same placeholders', () => {
    expect([...texts.keys()]).toEqual([...en.keys()]);
    for (const [path, text] of texts) {
      expect(text.trim(), path).not.toBe('');
      expect(placeholders(text), path).toEqual(placeholders(en.get(path)!));
    }
  });

  it('is translated, not copied: no phrase is the English one', () => {
    // Single words may coincide ("Medicare", "Email"), and row keys are names, not texts.
    const copied = [...en].filter(([path, text]) => !path.endsWith('.key') && texts.get(path) === text && text.trim().includes(' '));
    expect(copied.map(([path]) => path), lang).toEqual([]);
  });

  it('keeps the week-by-week plan as "when: what" rows', () => {
    for (const row of translation.quiz.weeks) expect(row, row).toMatch(/^[^:：]+[:：] ?\S/);
  });
});
