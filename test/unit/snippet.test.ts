import { describe, expect, it } from 'vitest';
import { DEFAULTS, LANGUAGES, attributes, problem, scripts, snippet, type Config } from '../../demo/snippet.js';
import { ADDONS } from '../../src/i18n/lang.js';

// Node has no CSS parser; these are the colours the cases use.
const isColor = (v: string) => /^(#[\da-f]{3,8}|rebeccapurple|rgb\(.*\))$/i.test(v);
const config = (over: Partial<Config>): Config => ({ ...DEFAULTS, ...over });

describe('configurator: checks a marketer sees next to a field', () => {
  it.each([
    ['bookingUrl', 'https://clinic.janeapp.com', null],
    ['bookingUrl', 'http://clinic.example/book', 'Use a secure address that starts with https://'],
    ['ptUrl', 'clinic.example/book', 'Enter a full web address, starting with https://'],
    ['acupunctureUrl', 'javascript:alert(1)', 'Use a secure address that starts with https://'],
    ['phone', '+1 555 010 2000', null],
    ['phone', 'call us', 'Enter a phone number, like +1 555 010 2000'],
    ['phone', '12345', 'Enter a phone number, like +1 555 010 2000'],
    ['email', 'front@clinic.example', null],
    ['email', 'front desk', 'Enter an email address, like hello@clinic.com'],
    ['accent', 'rebeccapurple', null],
    ['accent', 'blueish', 'Enter a colour, like #0b6e63'],
    ['emergencyNumber', '112', null],
    ['emergencyNumber', '9-1-1', 'Digits only, like 911, 999 or 112'],
    ['clinicName', '<b>Anything</b>', null],
    ['bookingUrl', '   ', null],
  ] as const)('%s = %j → %j', (field, value, message) => {
    expect(problem(field, value, isColor)).toBe(message);
  });
});

describe('configurator: where each setting goes', () => {
  it('puts page-wide settings on the script tag and the language on each element', () => {
    const out = attributes(
      config({
        clinicName: 'Harbor',
        bookingUrl: 'https://book.example',
        phone: '555 010 2000',
        newTab: true,
        analytics: true,
        lang: 'es',
        accent: '#7a3e9d',
        theme: 'dark',
        columns: ['pt', 'acupuncture'],
        rows: ['pain', 'evidence'],
        highlight: 'pt',
      }),
      isColor,
    );
    expect(out.page).toEqual({
      'clinic-name': 'Harbor',
      'booking-url': 'https://book.example',
      phone: '555 010 2000',
      accent: '#7a3e9d',
      theme: 'dark',
      target: '_blank',
      analytics: 'datalayer',
    });
    expect(out.compare).toEqual({ lang: 'es', columns: 'pt acupuncture', rows: 'pain evidence', highlight: 'pt' });
    expect(out.quiz).toEqual({ lang: 'es' });
    expect(out.book).toEqual({ lang: 'es' });
  });

  it('leaves out defaults and values that would be refused', () => {
    const out = attributes(config({ bookingUrl: 'http://insecure.example', emergencyNumber: '911', accent: '#0b6e63' }), isColor);
    expect(out.page).toEqual({});
    expect(out.compare).toEqual({});
  });
});

describe('configurator: the snippet', () => {
  it('is a script tag with integrity, then the three elements, the button in a paragraph, with values escaped', () => {
    const html = snippet(
      config({ clinicName: 'Smith & "Jones" <Spine>', phone: '555 010 2000' }),
      'https://cdn.example/',
      { 'acupt-widget.js': 'sha384-abc' },
      isColor,
    );
    expect(html).toBe(
      [
        '<script src="https://cdn.example/acupt-widget.js"',
        '  integrity="sha384-abc" crossorigin="anonymous"',
        '  data-clinic-name="Smith &amp; &quot;Jones&quot; &lt;Spine&gt;"',
        '  data-phone="555 010 2000"></script>',
        '',
        '<acupt-quiz></acupt-quiz>',
        '<acupt-compare></acupt-compare>',
        '<p><acupt-book></acupt-book></p>',
      ].join('\n'),
    );
  });

  it('omits integrity when the hash is unknown', () => {
    expect(snippet(DEFAULTS, '/', {}, isColor).split('\n')[0]).toBe('<script src="/acupt-widget.js"></script>');
  });

  it('adds the language add-on after the core, and the language to each element; Spanish needs none', () => {
    const lines = snippet(config({ lang: 'zh-Hant' }), '/js/', { 'acupt-widget.zh-Hant.js': 'sha384-zh' }, isColor).split('\n');
    expect(lines.slice(0, 3)).toEqual([
      '<script src="/js/acupt-widget.js"></script>',
      '<script src="/js/acupt-widget.zh-Hant.js"',
      '  integrity="sha384-zh" crossorigin="anonymous"></script>',
    ]);
    expect(lines.at(-1)).toBe('<p><acupt-book lang="zh-Hant"></acupt-book></p>');
    expect(snippet(config({ lang: 'es' }), '/', {}, isColor)).not.toContain('acupt-widget.es.js');
  });

  it('names every language the widget has, by its own name', () => {
    expect(Object.keys(LANGUAGES)).toEqual(['en', 'es', ...ADDONS]);
    expect(scripts('ar')).toEqual(['acupt-widget.js', 'acupt-widget.ar.js']);
  });
});
