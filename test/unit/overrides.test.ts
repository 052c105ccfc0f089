import { describe, expect, it } from 'vitest';
import { applyOverrides, merge } from '../../src/shared/overrides.js';

const catalog = {
  en: { heading: 'Compare', pt: 'Physical therapy', rows: [{ key: 'pain', label: 'Pain', pt: 'Gradual' }], tags: ['a', 'b'], notes: { a: 'A' } },
  es: { heading: 'Comparar', pt: 'Fisioterapia', rows: [{ key: 'pain', label: 'Dolor', pt: 'Gradual' }], tags: ['a', 'b'], notes: { a: 'A' } },
};

/** The overrides applied to the texts of `lang`, a section applying when it names that language. */
function run(doc: unknown, lang: 'en' | 'es' = 'en') {
  const messages: string[] = [];
  const out = applyOverrides(catalog[lang], doc, (section) => section === lang, (m) => messages.push(m));
  return { out, messages };
}

describe('content overrides', () => {
  it('applies shared keys, then the per-language block', () => {
    const { out, messages } = run({ heading: 'Which is right for me?', es: { heading: '¿Cuál me conviene?' } }, 'es');
    expect(out.heading).toBe('¿Cuál me conviene?');
    expect(messages).toEqual([]);
    expect(run({ heading: 'Which is right for me?', es: { heading: 'x' } }).out.heading).toBe('Which is right for me?');
  });

  it('merges keyed rows and appends new ones', () => {
    const { out } = run({ rows: [{ key: 'pain', pt: 'Steady' }, { key: 'cost', label: 'Cost', pt: '$90' }] });
    expect(out.rows).toEqual([
      { key: 'pain', label: 'Pain', pt: 'Steady' },
      { key: 'cost', label: 'Cost', pt: '$90' },
    ]);
  });

  it('reports each wrong type or unknown key with its path and keeps the default', () => {
    const { out, messages } = run({
      heading: 42,
      colour: 'red',
      rows: [{ key: 'pain', pt: ['x'] }, { label: 'no key' }],
      tags: ['ok', 3],
      es: { rows: 'nope' },
      fr: { colour: 'rouge' },
    });
    expect(out).toEqual(catalog.en);
    expect(messages).toEqual([
      'heading: expected string',
      'colour: unknown key',
      'rows[0].pt: expected string',
      'rows[1].key: expected string',
      'tags[1]: expected string',
      'es.rows: expected array',
      'fr.colour: unknown key',
    ]);
  });

  it('reads an object under any key whose text is not an object as a language section, even "pt" beside the string "pt"', () => {
    const { out, messages } = run({ pt: { heading: 'Comparar' }, notes: { a: 'B' }, pl: { heading: 'Porównaj' } });
    expect(out).toEqual({ ...catalog.en, notes: { a: 'B' } });
    expect(messages).toEqual([]);
    expect(run({ pt: 'Physio' }).out.pt).toBe('Physio');
  });

  it('refuses a document that is not an object', () => {
    const { out, messages } = run(['a']);
    expect(out).toBe(catalog.en);
    expect(messages).toEqual(['overrides: expected object']);
  });

  it('does not modify the defaults', () => {
    merge(catalog.en, { heading: 'x', rows: [{ key: 'pain', pt: 'y' }] }, '', () => {});
    expect(catalog.en.heading).toBe('Compare');
    expect(catalog.en.rows[0]!.pt).toBe('Gradual');
  });
});
