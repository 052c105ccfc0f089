import { afterEach, describe, expect, it, vi } from 'vitest';
import { compareCatalog } from '../../src/compare/compare.strings.js';
import { COLUMNS, SHORT_NAMES, choose, citedSources, sourcesOf } from '../../src/compare/select.js';
import { SOURCES } from '../../src/content/sources.js';

const warnings = () => vi.mocked(console.warn).mock.calls.map((c) => String(c[0]));

describe('compare: choosing columns and rows', () => {
  afterEach(() => vi.restoreAllMocks());

  it.each([
    [undefined, ['acupuncture', 'pt', 'both'], 0],
    ['', ['acupuncture', 'pt', 'both'], 0],
    ['pt acupuncture', ['pt', 'acupuncture'], 0],
    ['BOTH, pt both', ['both', 'pt'], 0],
    ['pt yoga', ['pt'], 1],
    ['reiki chiro', ['acupuncture', 'pt', 'both'], 2],
  ])('columns=%j → %j with %i warning(s)', (value, expected, count) => {
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    expect(choose('columns', value, COLUMNS)).toEqual(expected);
    expect(warnings().filter((w) => w.includes('columns: unknown key'))).toHaveLength(count);
  });

  it('returns a fresh list, so callers cannot change the defaults', () => {
    const list = choose('columns', undefined, COLUMNS);
    list.pop();
    expect(COLUMNS).toHaveLength(3);
  });
});

describe('compare: sources', () => {
  it.each([
    [['pain'], ['cochraneAcu2020', 'cochraneEx2021']],
    [['evidence', 'pain'], ['acp2017', 'nice2016', 'cochraneAcu2020', 'cochraneEx2021']],
    [['risks', 'insurance', 'risks'], ['safety2021', 'medicare']],
    [['stress'], []],
    [['cost', 'constructor', '__proto__', 'toString'], []],
  ])('rows %j cite %j, each once, in order', (rows, expected) => {
    expect(citedSources(rows)).toEqual(expected);
  });

  it('has a short name for every source a row cites', () => {
    const cited = citedSources(compareCatalog.en.rows.map((row) => row.key));
    expect(cited.length).toBeGreaterThan(0);
    for (const key of cited) {
      expect(SHORT_NAMES[key], key).toBeTruthy();
      expect(SOURCES[key].cite, key).toBeTruthy();
    }
    expect(sourcesOf('hasOwnProperty')).toEqual([]);
  });
});

describe('compare: catalogue', () => {
  const { en, es } = compareCatalog;
  const placeholders = (s: string) => [...s.matchAll(/\{\w+\}/g)].map((m) => m[0]).sort();

  it('has the same keys, rows and placeholders in Spanish, every string filled', () => {
    expect(Object.keys(es).sort()).toEqual(Object.keys(en).sort());
    expect(es.rows.map((r) => r.key)).toEqual(en.rows.map((r) => r.key));
    en.rows.forEach((row, i) => expect(Object.keys(es.rows[i]!).sort()).toEqual(Object.keys(row).sort()));
    for (const [key, value] of Object.entries(en)) {
      if (typeof value !== 'string') continue;
      const other = es[key as keyof typeof es] as string;
      expect(other, key).toBeTruthy();
      expect(placeholders(other), key).toEqual(placeholders(value));
    }
    for (const row of [...en.rows, ...es.rows]) for (const [field, value] of Object.entries(row)) expect(value, `${row.key}.${field}`).toBeTruthy();
  });

  it('keeps row keys lowercase words, as attributes list them', () => {
    for (const { key } of en.rows) expect(key).toMatch(/^[a-z]+$/);
  });

  // Section 5 of the content brief: claims the evidence does not allow.
  it.each([/inflamma/i, /more effective/i, /\b(faster|quicker|más rápid)\w* (relief|alivio)/i, /NICE recommends/i, /cure|cura\b/i])(
    'makes no claim matching %s',
    (claim) => expect(JSON.stringify(compareCatalog)).not.toMatch(claim),
  );
});
