import { afterEach, describe, expect, it, vi } from 'vitest';
import { listOf, oneOf } from '../../src/shared/attrs.js';

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

});
