import { describe, expect, it } from 'vitest';
import { ADDONS, direction, fill, match } from '../../src/i18n/lang.js';

const ALL = ['en', 'es', ...ADDONS];

describe('language tags', () => {
  it.each([
    ['es', 'es'],
    ['es-MX', 'es'],
    ['EN_us', 'en'],
    ['fr-CA', 'fr'],
    ['pt-BR', 'pt'],
    ['zh', 'zh-Hans'],
    ['zh-CN', 'zh-Hans'],
    ['zh-SG', 'zh-Hans'],
    ['zh-Hans-CN', 'zh-Hans'],
    ['zh-TW', 'zh-Hant'],
    ['zh-HK', 'zh-Hant'],
    ['zh-MO', 'zh-Hant'],
    ['zh-Hant', 'zh-Hant'],
    ['ZH-hant-tw', 'zh-Hant'],
    ['ar-EG', 'ar'],
    ['pl', null],
    ['', null],
    [null, null],
  ])('match(%j) → %j', (tag, lang) => expect(match(tag, ALL)).toBe(lang));

  it('matches only what is available', () => {
    expect(match('fr', ['en', 'es'])).toBeNull();
    expect(match('zh-TW', ['en', 'zh-Hans'])).toBeNull();
    expect(match('pl-PL', ['en', 'pl'])).toBe('pl');
  });

  it('writes Arabic and other right-to-left languages right to left', () => {
    expect(['ar', 'ar-EG', 'he', 'fa', 'ur'].map(direction)).toEqual(['rtl', 'rtl', 'rtl', 'rtl', 'rtl']);
    expect(['en', 'es', 'zh-Hant', 'arn', 'el'].map(direction)).toEqual(['ltr', 'ltr', 'ltr', 'ltr', 'ltr']);
  });

  it('fills placeholders and formats numbers for the language', () => {
    expect(fill('Question {n} of {total}', { n: 3, total: 7 }, 'en')).toBe('Question 3 of 7');
    expect(fill('{n} visitas', { n: 12000 }, 'es')).toBe('12.000 visitas');
    expect(fill('{missing} stays', {}, 'en')).toBe('{missing} stays');
  });
});
