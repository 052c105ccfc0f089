import { describe, expect, it } from 'vitest';
import { fill, toLang } from '../../src/i18n/lang.js';

describe('language tags', () => {
  it.each([
    ['es', 'es'],
    ['es-MX', 'es'],
    ['EN_us', 'en'],
    ['fr', null],
    ['', null],
    [null, null],
  ])('toLang(%j) → %j', (tag, lang) => expect(toLang(tag)).toBe(lang));

  it('fills placeholders and formats numbers for the language', () => {
    expect(fill('Question {n} of {total}', { n: 3, total: 7 }, 'en')).toBe('Question 3 of 7');
    expect(fill('{n} visitas', { n: 12000 }, 'es')).toBe('12.000 visitas');
    expect(fill('{missing} stays', {}, 'en')).toBe('{missing} stays');
  });
});
