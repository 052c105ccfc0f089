import { afterEach, describe, expect, it, vi } from 'vitest';
import { httpUrl, listOf, oneOf } from '../../src/shared/attrs.js';

const warnings = () => vi.mocked(console.warn).mock.calls.map((c) => String(c[0]));

describe('attribute parsing', () => {
  afterEach(() => vi.restoreAllMocks());
  const spy = () => vi.spyOn(console, 'warn').mockImplementation(() => {});

  it.each([
    ['dark', 'dark', 0],
    [' DARK ', 'dark', 0],
    [null, 'light', 0],
    ['', 'light', 0],
    ['purple', 'light', 1],
  ])('oneOf(theme=%j) → %s with %i warning(s)', (value, expected, count) => {
    spy();
    expect(oneOf('theme', value, ['light', 'dark', 'auto'], 'light')).toBe(expected);
    expect(warnings().filter((w) => w.includes(`theme="${value}"`))).toHaveLength(count);
  });

  it('warns with the attribute, the bad value and the fallback', () => {
    spy();
    oneOf('variant', 'shiny', ['solid', 'outline'], 'solid');
    expect(warnings()).toEqual(['[acupt-widget] variant="shiny" is not one of solid, outline; using "solid".']);
  });

  it('clips a huge bad value in the warning', () => {
    spy();
    oneOf('size', 'x'.repeat(5000), ['sm', 'md'], 'md');
    expect(warnings()[0]!.length).toBeLessThan(200);
  });

  it('listOf keeps known keys in the given order, once each, and warns about the rest', () => {
    spy();
    expect(listOf('columns', 'pt  acupuncture,pt magic', ['acupuncture', 'pt', 'both'])).toEqual(['pt', 'acupuncture']);
    expect(warnings()).toEqual([
      '[acupt-widget] columns: unknown key "magic" ignored (known: acupuncture, pt, both).',
    ]);
    expect(listOf('columns', null, ['pt'])).toEqual([]);
  });

  it.each([
    ['https://clinic.example/book?x=1', 'https://clinic.example/book?x=1'],
    ['  http://clinic.example  ', 'http://clinic.example/'],
  ])('httpUrl accepts %s', (value, href) => {
    expect(httpUrl('booking-url', value)?.href).toBe(href);
  });

  it.each(['javascript:alert(1)', 'data:text/html,<b>x</b>', 'ftp://clinic.example', '/relative', 'not a url'])(
    'httpUrl refuses %s with a warning naming the attribute',
    (value) => {
      spy();
      expect(httpUrl('pt-url', value)).toBeNull();
      expect(warnings()[0]).toMatch(/^\[acupt-widget\] pt-url=".*" is not an http\(s\) URL; it was refused\.$/);
    },
  );
});
