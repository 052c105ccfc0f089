import { afterEach, describe, expect, it, vi } from 'vitest';
import { localize } from '../../src/i18n/localize.js';
import { flatten, unflatten } from '../../src/i18n/pack.js';
import { addLanguage, languages, onLanguage, translation } from '../../src/i18n/registry.js';
import { english } from '../../src/i18n/translation.js';
import es from '../../src/i18n/translations/es.js';
import { VERSION } from '../../src/shared/version.js';

const warnings = () => vi.mocked(console.warn).mock.calls.map((c) => String(c[0]));
/** A made-up language: the English texts, each marked, as an add-on carries them. */
const marked = (tag: string) => flatten(english).map((text) => `${tag}:${text}`);

describe('language add-ons: texts by position', () => {
  it('flatten and unflatten give back the translation, row keys untouched', () => {
    expect(unflatten(flatten(es))).toEqual(es);
    expect(unflatten(flatten(english))).toEqual(english);
    expect(flatten(english)).not.toContain('pain');
  });

  it('refuse a list of another length or with a non-text', () => {
    const texts = flatten(english);
    expect(unflatten(texts.slice(1))).toBeNull();
    expect(unflatten([...texts, 'one more'])).toBeNull();
    expect(unflatten([...texts.slice(1), 42])).toBeNull();
  });
});

describe('the language registry', () => {
  afterEach(() => vi.restoreAllMocks());

  it('has English and Spanish built in', () => {
    expect(languages().slice(0, 2)).toEqual(['en', 'es']);
  });

  it('adds a language once, tells the elements, and keeps the first copy', () => {
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    const told = vi.fn();
    const stop = onLanguage(told);
    addLanguage({ lang: 'xa', version: VERSION, texts: marked('A') });
    expect(languages()).toContain('xa');
    expect(translation('xa')!.quiz.start).toBe(`A:${english.quiz.start}`);
    expect(translation('xa')!.compare.rows[0]!.key).toBe('pain');
    addLanguage({ lang: 'xa', version: VERSION, texts: marked('B') });
    expect(translation('xa')!.quiz.start, 'the first copy stays').toBe(`A:${english.quiz.start}`);
    expect(told).toHaveBeenCalledTimes(1);
    expect(warnings(), 'a second identical copy is silent').toEqual([]);
    stop();
  });

  it('ignores an add-on of another version, and a damaged one, with one warning each', () => {
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    addLanguage({ lang: 'xb', version: '0.0.1', texts: marked('B') });
    addLanguage({ lang: 'xc', version: VERSION, texts: marked('C').slice(3) });
    expect(languages()).not.toContain('xb');
    expect(languages()).not.toContain('xc');
    expect(warnings()).toEqual([
      `[acupt-widget] the xb add-on of version 0.0.1 was ignored: it must be ${VERSION}, as the core.`,
      '[acupt-widget] the xc add-on is damaged; it was ignored.',
    ]);
  });
});

describe('localize: which language an element shows', () => {
  const report = () => {};

  it('takes a built-in or loaded language, by its tag', () => {
    expect(localize('quiz', 'es-MX', undefined, report)).toMatchObject({ lang: 'es', strings: { start: es.quiz.start } });
    expect(localize('quiz', undefined, undefined, report)).toMatchObject({ lang: 'en', strings: { start: english.quiz.start } });
    expect(localize('book', 'es', undefined, report).strings).toEqual({ ...es.common, ...es.book });
  });

  it('shows English for a language it does not have, and says so for after the page has loaded', () => {
    const out = localize('compare', 'fr-CA', undefined, report);
    expect(out.lang).toBe('en');
    expect(out.unmet).toBe('language "fr-CA" needs its add-on script (acupt-widget.<language>.js) or a content override; showing English.');
  });

  it('takes a language the overrides bring, English for what it leaves out, counting what is missing', () => {
    const doc = { pl: { start: 'Zacznij', questions: { kind: 'Jaki jest Pana/Pani ból?' } }, heading: 'Shared' };
    const out = localize<{ start: string; next: string; questions: { kind: string } }>('quiz', 'pl-PL', doc, report);
    expect(out.lang).toBe('pl');
    expect(out.strings.start).toBe('Zacznij');
    expect(out.strings.questions.kind).toBe('Jaki jest Pana/Pani ból?');
    expect(out.strings.next).toBe(english.quiz.next);
    const total = flatten({ ...english.common, ...english.quiz }).length;
    expect(out.incomplete).toBe(`language "pl" of the content overrides lacks ${total - 2} of ${total} texts: they show in English.`);
    expect(out.unmet).toBeUndefined();
  });

  it('applies a language section to the language it names only, even "pt" beside the text "pt"', () => {
    const doc = { pt: { start: 'Começar' }, es: { start: 'Comenzar' } };
    expect(localize<{ start: string }>('quiz', 'es', doc, report).strings.start).toBe('Comenzar');
    expect(localize<{ start: string }>('quiz', 'en', doc, report).strings.start).toBe(english.quiz.start);
    expect(localize<{ start: string; pt: string }>('quiz', 'en', { pt: 'Physio' }, report).strings.pt).toBe('Physio');
  });
});
