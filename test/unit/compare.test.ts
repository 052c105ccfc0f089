import { afterEach, describe, expect, it, vi } from 'vitest';
import { compareCatalog } from '../catalogs.js';
import { COLUMNS, choose } from '../../src/compare/select.js';
import { CITED, SOURCES } from '../../src/content/sources.js';

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
  /** "ACP 2017, NICE NG59, Cochrane 2020, 2021" → its names, a bare year taking the name before it. */
  const names = (cited: string) => {
    let last = '';
    return cited.split(', ').map((name) => (/^\d+$/.test(name) ? `${last} ${name}` : ((last = name.split(' ')[0]!), name)));
  };
  const ALIASES: Record<string, string> = { ACP: 'American College of Physicians' };

  it('lists each full citation once, linked only over https', () => {
    expect(new Set(SOURCES.map(([cite]) => cite)).size).toBe(SOURCES.length);
    for (const [cite, url] of SOURCES) {
      expect(cite).toMatch(/\b(19|20)\d\d\b/);
      if (url) expect(new URL(url).protocol, cite).toBe('https:');
    }
  });

  it('lists in full every source a tooltip names, and every listed source is named by a row', () => {
    const cited = Object.values(CITED).flatMap((list) => names(list!));
    expect(cited).toContain('Cochrane 2021');
    const found = cited.map((name) => {
      const [who, ...id] = name.split(' ');
      const hits = SOURCES.filter(([cite]) => cite.includes(ALIASES[who!] ?? who!) && cite.includes(id.at(-1)!));
      expect(hits, name).toHaveLength(1);
      return hits[0]!;
    });
    expect(new Set(found).size).toBe(SOURCES.length);
  });

  it('names sources for default rows only, even for keys like "constructor"', () => {
    const keys = compareCatalog.en.rows.map((row) => row.key);
    for (const key of Object.keys(CITED)) expect(keys).toContain(key);
    for (const key of ['cost', 'constructor', '__proto__', 'toString', 'hasOwnProperty']) expect(CITED[key], key).toBeUndefined();
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

  it('keys each row by name, as content overrides address it', () => {
    expect(Object.keys(en.rows[0]!)).toEqual(['key', 'label', 'acupuncture', 'pt', 'both', 'info']);
    expect(en.rows.map((row) => row.key)).toEqual(['pain', 'cause', 'session', 'stress', 'recovery', 'risks', 'insurance', 'evidence']);
    expect(es.rows[0]).toMatchObject({ key: 'pain', label: 'Alivio del dolor', pt: 'El ejercicio probablemente alivia el dolor' });
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
