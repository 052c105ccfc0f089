import { afterEach, describe, expect, it, vi } from 'vitest';
import { resolveBooking, type BookingAttr } from '../../src/book/book-url.js';

type Settings = Partial<Record<BookingAttr, string>>;
const reader = (settings: Settings) => (attr: BookingAttr) => settings[attr];
const warnings = () => vi.mocked(console.warn).mock.calls.map((c) => String(c[0]));
const channels = (settings: Settings, page = '') => resolveBooking(reader(settings), page).channels;
const href = (settings: Settings, page = '') => channels(settings, page)[0]!.href;

describe('book: booking URL', () => {
  afterEach(() => vi.restoreAllMocks());
  const spy = () => vi.spyOn(console, 'warn').mockImplementation(() => {});

  it.each<[string, Settings, string, string]>([
    ['keeps the URL when nothing is added', { 'booking-url': 'https://c.example/book?loc=2#/staff' }, '', 'https://c.example/book?loc=2#/staff'],
    [
      'appends utm-* to the existing query, keeping the fragment',
      { 'booking-url': 'https://c.example/book?loc=2#/staff', 'utm-source': 'site', 'utm-campaign': 'spring' },
      '',
      'https://c.example/book?loc=2&utm_source=site&utm_campaign=spring#/staff',
    ],
    [
      'lets utm-* replace the URL’s own utm values',
      { 'booking-url': 'https://c.example/?utm_source=old&x=1', 'utm-source': 'new', 'utm-medium': 'widget', 'utm-content': 'book' },
      '',
      'https://c.example/?utm_source=new&x=1&utm_medium=widget&utm_content=book',
    ],
    [
      'lets the page’s own campaign beat utm-* and forwards ad click ids',
      { 'booking-url': 'https://c.example/?utm_source=old', 'utm-source': 'static', 'utm-medium': 'widget' },
      '?utm_source=ads&gclid=abc&fbclid=f1&session=secret&utm_term=back+pain',
      'https://c.example/?utm_source=ads&utm_medium=widget&gclid=abc&fbclid=f1&utm_term=back+pain',
    ],
    [
      'encodes values',
      { 'booking-url': 'https://c.example/b', 'utm-campaign': 'back & neck = 50% off/ñ' },
      '?utm_content=a%26b%3Dc',
      'https://c.example/b?utm_campaign=back+%26+neck+%3D+50%25+off%2F%C3%B1&utm_content=a%26b%3Dc',
    ],
    ['ignores empty page values', { 'booking-url': 'https://c.example/b', 'utm-source': 'site' }, '?utm_source=&gclid=', 'https://c.example/b?utm_source=site'],
    [
      'forwards nothing with forward-params="none"',
      { 'booking-url': 'https://c.example/b', 'forward-params': ' None ' },
      '?utm_source=ads&gclid=abc',
      'https://c.example/b',
    ],
    [
      'forwards exactly the names listed',
      { 'booking-url': 'https://c.example/b', 'forward-params': 'ref, msclkid gclid' },
      '?utm_source=ads&gclid=abc&ref=partner&msclkid=m&refx=no',
      'https://c.example/b?gclid=abc&ref=partner&msclkid=m',
    ],
    [
      'accepts utm_* as a pattern in a list',
      { 'booking-url': 'https://c.example/b', 'forward-params': 'utm_*' },
      '?utm_source=ads&utm_medium=cpc&gclid=abc',
      'https://c.example/b?utm_source=ads&utm_medium=cpc',
    ],
  ])('%s', (_, settings, page, expected) => {
    expect(href(settings, page)).toBe(expected);
  });

  it.each<[string | undefined, string]>([
    [undefined, 'https://c.example/b?utm_source=ads&gclid=abc&fbclid=f'],
    ['  ', 'https://c.example/b?utm_source=ads&gclid=abc&fbclid=f'],
    ['none', 'https://c.example/b'],
    ['NONE', 'https://c.example/b'],
    ['ref,,  gclid', 'https://c.example/b?gclid=abc&ref=r'],
  ])('forward-params=%j forwards to %s', (value, expected) => {
    expect(href({ 'booking-url': 'https://c.example/b', 'forward-params': value }, '?utm_source=ads&gclid=abc&fbclid=f&ref=r&x=1')).toBe(expected);
  });

  it.each<[string, Settings, string | null, string | undefined]>([
    ['the generic URL, with no service', { 'booking-url': 'https://c.example/b' }, null, 'https://c.example/b'],
    [
      'the generic URL with service= when the service has no URL of its own',
      { service: 'pt', 'booking-url': 'https://c.example/b?service=x', 'acupuncture-url': 'https://c.example/acu' },
      'pt',
      'https://c.example/b?service=pt',
    ],
    [
      'the service’s own URL, as given',
      { service: 'Acupuncture', 'booking-url': 'https://c.example/b', 'acupuncture-url': 'https://c.example/acu' },
      'acupuncture',
      'https://c.example/acu',
    ],
    ['the both-url for both', { service: 'both', 'both-url': 'http://c.example/both' }, 'both', 'http://c.example/both'],
    [
      'the generic URL when the service’s own is unsafe',
      { service: 'both', 'booking-url': 'https://c.example/b', 'both-url': 'javascript:alert(1)' },
      'both',
      'https://c.example/b?service=both',
    ],
  ])('books online at %s', (_, settings, service, expected) => {
    spy();
    const booking = resolveBooking(reader(settings), '');
    expect(booking.service).toBe(service);
    expect(booking.channels[0]?.href).toBe(expected);
  });

  it('warns about an unknown service and books without one', () => {
    spy();
    const booking = resolveBooking(reader({ service: 'massage', 'booking-url': 'https://c.example/b' }), '');
    expect(booking).toMatchObject({ service: null, channels: [{ kind: 'online', href: 'https://c.example/b' }] });
    expect(warnings()).toEqual(['[acupt-widget] service="massage" is not one of acupuncture, pt, both; using "".']);
  });

  it.each([
    ['booking-url', 'javascript:alert(document.cookie)'],
    ['booking-url', 'data:text/html,<script>alert(1)</script>'],
    ['booking-url', 'JAVASCRIPT:void(0)'],
    ['booking-url', '/book/relative'],
    ['booking-url', 'https://'],
    ['pt-url', 'ftp://c.example/pt'],
  ] as const)('refuses %s=%j, warns naming it, and falls back to the phone', (attr, value) => {
    spy();
    const booking = resolveBooking(reader({ service: 'pt', [attr]: value, phone: '555 010 2000' }), '');
    expect(booking.channels.map((c) => c.kind)).toEqual(['phone']);
    expect(warnings()).toContainEqual(expect.stringMatching(new RegExp(`^\\[acupt-widget\\] ${attr}=".*" is not an http\\(s\\) URL; it was refused\\.$`)));
  });

  it('lists online, phone and email in that order, and nothing when none is usable', () => {
    spy();
    const all = resolveBooking(reader({ email: 'hi@c.example', phone: '+1 555 010 2000', 'booking-url': 'https://c.example' }), '');
    expect(all.channels.map((c) => [c.kind, c.href])).toEqual([
      ['online', 'https://c.example/'],
      ['phone', 'tel:+15550102000'],
      ['email', 'mailto:hi@c.example'],
    ]);
    expect(resolveBooking(reader({ phone: '12', email: 'x' }), '').channels).toEqual([]);
  });

  it.each<[string | undefined, string]>([
    [undefined, '_self'],
    ['_blank', '_blank'],
    ['_BLANK', '_blank'],
    ['_top', '_self'],
  ])('target %j opens in %s', (target, expected) => {
    spy();
    expect(resolveBooking(reader({ target, 'booking-url': 'https://c.example' }), '').newTab).toBe(expected === '_blank');
  });
});

describe('book: phone and email', () => {
  afterEach(() => vi.restoreAllMocks());
  const contact = (settings: Settings) => channels(settings).map(({ href, text }) => [text, href]);

  it.each<[string, string, string]>([
    ['+15550102000', '(555) 010-2000', 'tel:+15550102000'],
    ['555-010-2000', '(555) 010-2000', 'tel:5550102000'],
    ['1 555 010 2000', '(555) 010-2000', 'tel:15550102000'],
    ['(555) 010.2000', '(555) 010-2000', 'tel:5550102000'],
    ['+1 (555) 010-2000', '(555) 010-2000', 'tel:+15550102000'],
    ['+33 1 23 45 67 89', '+33 1 23 45 67 89', 'tel:+33123456789'],
    ['+44 20 7946 0000', '+44 20 7946 0000', 'tel:+442079460000'],
    [' 020 7946 0000 ', '020 7946 0000', 'tel:02079460000'],
    ['0412 345 678', '0412 345 678', 'tel:0412345678'],
    ['555 0100', '555 0100', 'tel:5550100'],
  ])('phone %j reads "%s" and dials %s', (phone, text, tel) => {
    expect(contact({ phone })).toEqual([[text, tel]]);
  });

  it.each(['12345', '+1 23', '555-010-2000 ext. 4', 'tel:+15550102000', 'call us', '1234567890123456', '555+010+2000'])(
    'refuses phone %j with a warning',
    (phone) => {
      vi.spyOn(console, 'warn').mockImplementation(() => {});
      expect(channels({ phone })).toEqual([]);
      expect(warnings()).toEqual([expect.stringMatching(/^\[acupt-widget\] phone=".+" is not a phone number; it was refused\.$/)]);
    },
  );

  it.each(['hello@clinic.example', "o'brien+book@mail.clinic-name.co.uk", ' Front.Desk@Clinic.Example '])('accepts email %j', (email) => {
    expect(contact({ email })).toEqual([[email.trim(), `mailto:${email.trim()}`]]);
  });

  it.each([
    'mailto:hi@c.example',
    'hi@c.example?bcc=all@x.example',
    'a@b.example,c@d.example',
    'Clinic <hi@c.example>',
    'hi@localhost',
    'hi at c.example',
    'hi%0Acc@c.example',
  ])('refuses email %j with a warning', (email) => {
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    expect(channels({ email })).toEqual([]);
    expect(warnings()).toEqual([expect.stringMatching(/^\[acupt-widget\] email=".+" is not a plain email address; it was refused\.$/)]);
  });

  it.each([undefined, '', '   '])('treats %j as not set, silently', (value) => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    expect(channels({ phone: value, email: value, 'booking-url': value })).toEqual([]);
    expect(warn).not.toHaveBeenCalled();
  });
});
