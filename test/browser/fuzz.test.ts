// Bad input, fuzzed: every attribute of every element gets a corpus of hostile values, the
// content-override JSON child gets broken and hostile documents, and each element then takes
// several hundred seeded-random attribute mutations while mounted. Whatever arrives:
// - nothing throws (window `error` / `unhandledrejection`, and Lit's update promises);
// - no markup or script gets in: only the tags and attributes the elements render by design,
//   links only to http(s), tel: and mailto:, and the payloads' `window` flag never set;
// - each value the element rejects is named in a console warning (the expectation table below
//   follows each attribute's documented contract), accepted values warn nothing, and no warning
//   is long enough to flood the console;
// - the element keeps rendering its main parts, and still follows a valid value afterwards.
// Tests the source; the built bundle is the same code.
import { expect } from '@open-wc/testing';
import '../../src/index.js';
import { deep } from './helpers.js';
import { COLUMNS } from '../../src/compare/select.js';

type Widget = HTMLElement & { updateComplete: Promise<boolean> };
type Attrs = Record<string, string>;

declare global {
  interface Window {
    /** Set by the payloads if any of them ever runs. */
    __acuptPwned?: unknown;
    dataLayer?: object[];
  }
}

// ---------------------------------------------------------------------------------------------
// The hostile corpus.

const PWN = 'window.__acuptPwned=1';
const BIG = `${'<b onmouseover="'.padEnd(16, 'x')}${'A'.repeat(100_000 - 16)}`;
const CORPUS: string[] = [
  // Empty and blank.
  '',
  ' ',
  '\t\n \u00a0',
  // Huge.
  BIG,
  // Unicode: right-to-left and its override, zero-width, emoji, a lone surrogate, NUL.
  'مرحبا بالعالم',
  '\u202egnp.exe\u202c',
  '\u200b\u200c\u200d\ufeff',
  '👩🏽‍⚕️🦴💉 ∑ Ω',
  '\ud800',
  'a\u0000b',
  // Markup and script.
  `<img src=x onerror="${PWN}">`,
  `"><script>${PWN}</script>`,
  `'><svg onload=${PWN}>`,
  `<iframe srcdoc="<script>parent.${PWN}</script>">`,
  `</style><style>*{display:none}</style>`,
  '${7*7}{{7*7}}<%= 7*7 %>',
  // URLs that must never become a link.
  `javascript:${PWN}`,
  ` JaVaScRiPt:${PWN}`,
  `java\tscript:${PWN}`,
  `data:text/html,<script>${PWN}</script>`,
  'vbscript:msgbox(1)',
  '//evil.example/book',
  '/relative/path',
  'https://',
  `https://evil.example/"><img src=x onerror=${PWN}>`,
  // Colours, invalid and hostile.
  'red;}*{display:none',
  'red; background: url(javascript:alert(1))',
  '#zzzzzz',
  'expression(alert(1))',
  'rgb(0 0 0 / 0) !important',
  // Enum-like and number-like.
  'DARK ',
  'darkest',
  'none',
  '_top',
  '-1',
  '0',
  '1e309',
  'NaN',
  'Infinity',
  // JSON and JavaScript words.
  '{"a":1}',
  '[1,2]',
  'null',
  'undefined',
  'true',
  '__proto__',
  'constructor',
  // Phone and email tricks.
  '+1 555 010 2000 ext. 5',
  '1234567890123456',
  'a@b.example?cc=victim@x.example',
  'a@b.example\nBcc: victim@x.example',
];

// ---------------------------------------------------------------------------------------------
// The expectation table: for each attribute, which values its documented contract rejects, and
// the warning that names each rejected value.

const clip = (value: string) => (value.length > 60 ? `${value.slice(0, 57)}…` : value);
const say = (message: string) => `[acupt-widget] ${message}`;

/** A rule: the warnings `value` must produce; none for a value the element accepts. */
type Rule = (value: string) => string[];

const accepted: Rule = () => [];
const oneOf =
  (attr: string, allowed: string[], fallback: string): Rule =>
  (value) => {
    const v = value.trim().toLowerCase();
    return !v || allowed.includes(v) ? [] : [say(`${attr}="${clip(value)}" is not one of ${allowed.join(', ')}; using "${fallback}".`)];
  };
const listOf =
  (attr: string, known: readonly string[]): Rule =>
  (value) =>
    [...new Set(value.toLowerCase().split(/[\s,]+/))]
      .filter((key) => key && !known.includes(key))
      .map((key) => say(`${attr}: unknown key "${clip(key)}" ignored (known: ${known.join(', ')}).`));
const refused =
  (attr: string, ok: (v: string) => boolean, what: string, outcome = 'it was refused'): Rule =>
  (value) => {
    const v = value.trim();
    return !v || ok(v) ? [] : [say(`${attr}="${clip(v)}" is not ${what}; ${outcome}.`)];
  };

/** An absolute http(s) URL. */
const web = (v: string) => {
  try {
    return ['http:', 'https:'].includes(new URL(v).protocol);
  } catch {
    return false;
  }
};
/** 7 to 15 digits, an optional leading `+`, and spaces or `( ) . - /` between them. */
const phone = (v: string) => /^\+?[\d ().\/-]+$/.test(v) && /^\D*\d/.test(v) && (v.match(/\d/g)?.length ?? 0) >= 7 && v.match(/\d/g)!.length <= 15;
/** A plain address: no spaces, quotes, commas, `?` or `&` that could add headers or recipients. */
const email = (v: string) => /^[\w.+'-]+@[a-z\d-]+(\.[a-z\d-]+)+$/i.test(v);
const ROWS = ['pain', 'cause', 'session', 'stress', 'recovery', 'risks', 'insurance', 'evidence'];

const RULES: Record<string, Rule> = {
  // Only English and Spanish are on this page (no add-on); a blank lang is no language, English.
  lang: (value) => {
    const base = value.trim().toLowerCase().split(/[-_]/)[0];
    return !value.trim() || base === 'en' || base === 'es'
      ? []
      : [say(`language "${clip(value.trim())}" needs its add-on script (acupt-widget.<language>.js) or a content override; showing English.`)];
  },
  theme: oneOf('theme', ['light', 'dark', 'auto'], 'light'),
  accent: refused('accent', (v) => CSS.supports('color', v), 'a CSS colour', 'using the default'),
  density: oneOf('density', ['comfortable', 'compact'], 'comfortable'),
  analytics: oneOf('analytics', ['none', 'datalayer'], 'none'),
  heading: accepted,
  'clinic-name': accepted,
  columns: listOf('columns', COLUMNS),
  rows: listOf('rows', ROWS),
  highlight: oneOf('highlight', ['acupuncture', 'pt', 'both', 'none'], 'none'),
  footnote: oneOf('footnote', ['show', 'hide'], 'show'),
  'emergency-number': refused('emergency-number', (v) => /^\+?\d+$/.test(v), 'a phone number', 'using 911'),
  'booking-url': refused('booking-url', web, 'an http(s) URL'),
  'acupuncture-url': refused('acupuncture-url', web, 'an http(s) URL'),
  'pt-url': refused('pt-url', web, 'an http(s) URL'),
  'both-url': refused('both-url', web, 'an http(s) URL'),
  service: oneOf('service', ['acupuncture', 'pt', 'both'], ''),
  phone: refused('phone', phone, 'a phone number'),
  email: refused('email', email, 'a plain email address'),
  label: accepted,
  target: oneOf('target', ['_self', '_blank'], '_self'),
  'utm-source': accepted,
  'utm-medium': accepted,
  'utm-campaign': accepted,
  'utm-content': accepted,
  'forward-params': accepted,
  variant: oneOf('variant', ['solid', 'outline', 'link'], 'solid'),
  size: oneOf('size', ['sm', 'md', 'lg'], 'md'),
};

// ---------------------------------------------------------------------------------------------
// Reading the rendered element.

const text = (node: Node | null | undefined) => node?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
const shadow = (el: Element) => el.shadowRoot!;
const $ = <T extends Element = HTMLElement>(el: Element, selector: string) => shadow(el).querySelector<T>(selector);
const $$ = <T extends Element = HTMLElement>(el: Element, selector: string) => [...shadow(el).querySelectorAll<T>(selector)];
/** The book a quiz result renders, else the element itself. */
const bookOf = (el: Element) => (el.localName === 'acupt-quiz' ? $(el, 'acupt-book') : el);
const hrefs = (el: Element | null) => (el ? $$<HTMLAnchorElement>(el, 'a').map((a) => a.getAttribute('href')!) : []);

/** The tags the three elements render by design; anything else got in. */
const TAGS = new Set(
  'div p h2 h3 table thead tbody tr th td button svg circle path span strong details summary ol ul li a fieldset legend label input q small bdi iframe acupt-book'.split(
    ' ',
  ),
);
/** Attributes the elements render by design (`style` only where the popover placement writes it). */
const ATTRIBUTES = new Set(
  'part class id lang dir role scope tabindex href target rel value popover popovertarget aria-expanded aria-describedby aria-label aria-labelledby aria-haspopup aria-hidden aria-live autofocus viewBox cx cy r d type name service label empty block open data-side title'.split(
    ' ',
  ),
);
/** Links a visitor may follow: web pages, a number, an address, and the result mailed to nobody (percent-encoded). */
const SAFE_HREF = /^(https?:\/\/[^\s"'<>]+|tel:\+?\d+|mailto:[\w.+'-]+@[a-z\d.-]+|mailto:(\?subject=[\w.%~-]*&body=[\w.%~*'()!-]*)?)$/i;

/** What got in that the element does not render by design, one line each. */
function injected(el: Element): string[] {
  const out: string[] = [];
  for (const node of deep(el)) {
    if (!TAGS.has(node.localName)) out.push(`<${node.localName}>`);
    for (const { name, value } of node.attributes) {
      const styled = name === 'style' && node.matches('[popover], .arrow');
      if (!ATTRIBUTES.has(name) && !styled) out.push(`<${node.localName} ${name}="${clip(value)}">`);
      if (name === 'href' && !SAFE_HREF.test(value)) out.push(`href="${clip(value)}"`);
      if (name === 'type' && !['radio', 'checkbox'].includes(value)) out.push(`type="${value}"`);
    }
  }
  return out;
}

/** The element's main parts, present and filled; '' when all is well. */
function missing(el: Element): string {
  const need: Record<string, string[]> = {
    'acupt-compare': ['[part=base]', '[part=table]', '[part=caption]', '[part~=column-header]', '[part=row-header]', '[part~=cell]'],
    'acupt-quiz': ['[part=base]', '.screen', 'h2', '.nav button'],
    'acupt-book': ['[part=base]', '[part~=button]'],
  };
  if (el.localName === 'acupt-book' && el.hasAttribute('empty')) return shadow(el).querySelector('*') ? 'an empty book shows content' : '';
  // Present, and (but for the wrapper) with text in it.
  const gone = need[el.localName]!.filter((selector) => !$(el, selector) || (selector !== '[part=base]' && !text($(el, selector))));
  return gone.join(', ');
}

// ---------------------------------------------------------------------------------------------
// The page: errors, warnings, mounting.

const errors: string[] = [];
const onError = (e: ErrorEvent) => errors.push(`error: ${e.message}`);
const onRejection = (e: PromiseRejectionEvent) => errors.push(`unhandled rejection: ${String(e.reason)}`);

/** Every console warning of the page, in order; `said` holds each distinct one (the widget warns each once). */
const warnings: string[] = [];
const said = new Set<string>();
const originalWarn = console.warn;

let host: HTMLElement | undefined;

async function settle(el: Widget): Promise<void> {
  await el.updateComplete;
  // The quiz's book, and a second round for the updates the first one requested (`empty`).
  for (let round = 0; round < 2; round++) {
    for (const inner of deep(el).filter((n) => n.localName.startsWith('acupt-'))) await (inner as Widget).updateComplete;
    await el.updateComplete;
  }
}

/** The quiz's saved progress, so a quiz mounts straight on a screen: a result, or urgent advice. */
const SCREENS = {
  intro: null,
  question: { signs: [], checks: [] },
  acupuncture: { kind: 'sharpPain', duration: 'acute', cause: 'noCause', moving: 'hardToMove', tried: 'ptNeither', prefer: 'noPreference', health: [] },
  pt: { kind: 'dullPain', duration: 'acute', cause: 'recentInjury', moving: 'posture', tried: 'ptPrescribed', prefer: 'preferActive', health: [] },
  both: { kind: 'sharpPain', duration: 'chronic', cause: 'noCause', moving: 'posture', tried: 'ptNeither', prefer: 'noPreference', health: ['pregnant'] },
  either: { kind: 'dullPain', duration: 'subacute', cause: 'noCause', moving: 'movingOk', tried: 'ptNeither', prefer: 'noPreference', health: [] },
  emergency: { signs: ['bladder'] },
  'doctor-first': { signs: [], checks: ['weight'] },
} as const;
type Screen = keyof typeof SCREENS;

async function mount(tag: string, attrs: Attrs = {}, screen: Screen = 'intro'): Promise<Widget> {
  host?.remove();
  sessionStorage.clear();
  const answers = SCREENS[screen];
  if (answers) {
    const safe = 'signs' in answers ? {} : { signs: [], checks: [] };
    sessionStorage.setItem('acupt-quiz:fuzzed', JSON.stringify({ step: 99, answers: { ...safe, ...answers } }));
  }
  host = document.createElement('div');
  const el = document.createElement(tag) as Widget;
  el.id = 'fuzzed';
  for (const [name, value] of Object.entries(attrs)) el.setAttribute(name, value);
  host.append(el);
  document.body.append(host);
  await settle(el);
  return el;
}

/** Everything that must hold whatever the input: nothing thrown, nothing injected, still rendering, short warnings. */
function intact(el: Element, state: string, since: number): void {
  expect(errors, `${state}: errors`).to.deep.equal([]);
  expect(injected(el), `${state}: injected`).to.deep.equal([]);
  expect(window.__acuptPwned, `${state}: a payload ran`).to.equal(undefined);
  expect(missing(el), `${state}: parts missing`).to.equal('');
  const long = warnings.slice(since).filter((line) => line.length > 300);
  expect(long.map((line) => `${line.slice(0, 80)}… (${line.length} characters)`), `${state}: warnings that flood the console`).to.deep.equal([]);
}

/** Sets an attribute to each value of the corpus and checks the expectations, then restores it. */
async function fuzzAttribute(el: Widget, c: Case, restore: string | null): Promise<void> {
  const { attr } = c;
  const rule = c.rule ?? RULES[attr]!;
  for (const value of CORPUS) {
    const state = `<${el.localName}> ${attr}=${JSON.stringify(clip(value))}`;
    const since = warnings.length;
    el.setAttribute(attr, value);
    await settle(el);
    await c.use?.(el);
    intact(el, state, since);
    const lines = warnings.slice(since);
    const expected = rule(value);
    // The widget says each distinct message once per page: one said before counts.
    expect(expected.filter((line) => !lines.includes(line) && !said.has(line)), `${state}: warning missing`).to.deep.equal([]);
    const mine = (line: string) => line.includes(` ${attr}=`) || line.includes(`] ${attr}`) || (attr === 'lang' && line.includes('language "'));
    expect(lines.filter((line) => mine(line) && !expected.includes(line)), `${state}: unexpected warning`).to.deep.equal([]);
    for (const line of lines) said.add(line);
  }
  if (restore === null) el.removeAttribute(attr);
  else el.setAttribute(attr, restore);
  await settle(el);
}

// ---------------------------------------------------------------------------------------------
// Per element: the attributes, the context each needs to matter, and a valid value's effect.

interface Case {
  attr: string;
  /** Other attributes the element needs for this one to matter (a service for its URL…). */
  with?: Attrs;
  /** The quiz screen on which this attribute shows. */
  screen?: Screen;
  /** The expectation, when it is not the attribute's usual one (`RULES`). */
  rule?: Rule;
  /** Does what reads the attribute, when rendering does not (an event, for `analytics`). */
  use?: (el: Widget) => Promise<unknown>;
  /** A valid value, and what it must show. */
  valid: string;
  effect: (el: Element) => unknown;
  expected: unknown;
}

const BOOKING = { 'booking-url': 'https://clinic.example/book', phone: '(555) 010-2000' };
const VALID_URL = 'https://valid.example/b';
const root = (el: Element) => $(el, '.root')!;
const bookLinks = (el: Element) => hrefs(bookOf(el));

/**
 * Makes the element emit an event, which is when it reads `analytics`: Start then Back on a quiz's
 * intro, the book's link (navigation cancelled). Returns what reached `window.dataLayer`.
 */
async function emit(el: Widget): Promise<string[]> {
  const layer: { event: string }[] = [];
  window.dataLayer = layer;
  const stop = (e: Event) => e.preventDefault();
  document.addEventListener('acupt-book-click', stop);
  try {
    if (el.localName === 'acupt-quiz') {
      $<HTMLButtonElement>(el, '.nav .btn')!.click();
      await el.updateComplete;
      $<HTMLButtonElement>(el, '.nav .btn')!.click();
    } else $<HTMLAnchorElement>(el, 'a')!.click();
    await settle(el);
  } finally {
    document.removeEventListener('acupt-book-click', stop);
    delete window.dataLayer;
  }
  return layer.map((e) => e.event);
}

/** The attributes all three elements share; `events` are what the element emits (`emit`). */
const base = (events: string[]): Case[] => [
  { attr: 'lang', valid: 'es-MX', effect: (el) => root(el).lang, expected: 'es' },
  { attr: 'theme', valid: 'dark', effect: (el) => root(el).classList.contains('dark'), expected: true },
  {
    attr: 'accent',
    valid: 'rgb(1, 2, 3)',
    effect: (el) => getComputedStyle(root(el)).getPropertyValue('--_accent').trim(),
    expected: 'rgb(1, 2, 3)',
  },
  { attr: 'density', valid: 'compact', effect: (el) => root(el).classList.contains('compact'), expected: true },
  events.length
    ? { attr: 'analytics', use: emit, valid: 'datalayer', effect: (el) => emit(el as Widget), expected: events }
    : // An element that emits no event never reads it: any value is inert.
      { attr: 'analytics', rule: accepted, valid: 'datalayer', effect: () => [], expected: [] },
];

/** The booking attributes, on a book or on a quiz (whose result's book reads them). */
const booking = (screen?: Screen): Case[] => [
  { attr: 'booking-url', with: { phone: BOOKING.phone }, screen: screen && 'both', valid: VALID_URL, effect: (el) => bookLinks(el)[0]?.startsWith(VALID_URL), expected: true },
  ...(['acupuncture', 'pt', 'both'] as const).map(
    (service): Case => ({
      attr: `${service}-url`,
      with: { ...BOOKING, ...(screen ? {} : { service }) },
      screen: screen && service,
      valid: VALID_URL,
      effect: (el) => bookLinks(el)[0],
      expected: VALID_URL,
    }),
  ),
  { attr: 'phone', with: { 'booking-url': BOOKING['booking-url'] }, screen: screen && 'both', valid: '+44 20 7946 0000', effect: (el) => bookLinks(el)[1], expected: 'tel:+442079460000' },
  { attr: 'email', with: BOOKING, screen: screen && 'both', valid: 'hello@clinic.example', effect: (el) => bookLinks(el)[2], expected: 'mailto:hello@clinic.example' },
  {
    attr: 'target',
    with: { 'booking-url': BOOKING['booking-url'] },
    screen: screen && 'both',
    valid: '_blank',
    effect: (el) => $<HTMLAnchorElement>(bookOf(el)!, 'a')?.target,
    expected: '_blank',
  },
  ...(['source', 'medium', 'campaign', 'content'] as const).map(
    (key): Case => ({
      attr: `utm-${key}`,
      with: BOOKING,
      screen: screen && 'both',
      valid: 'spring <sale> & more',
      effect: (el) => new URL(bookLinks(el)[0]!).searchParams.get(`utm_${key}`),
      expected: 'spring <sale> & more',
    }),
  ),
  {
    attr: 'forward-params',
    with: BOOKING,
    screen: screen && 'both',
    // The test page's own query parameter, forwarded to the booking link.
    valid: 'wtr-session-id',
    effect: (el) => new URL(bookLinks(el)[0]!).searchParams.get('wtr-session-id'),
    expected: new URLSearchParams(location.search).get('wtr-session-id') ?? 'the test page has no wtr-session-id',
  },
];

/** The book's label and look; on a quiz, read by its result's book. */
const looks = (screen?: Screen): Case[] => [
  { attr: 'label', screen, with: BOOKING, valid: 'Ring us', effect: (el) => text($(bookOf(el)!, '[part~=button]')), expected: 'Ring us' },
  { attr: 'variant', screen, with: BOOKING, valid: 'outline', effect: (el) => $(bookOf(el)!, '[part~=button]')!.classList.contains('ghost'), expected: true },
  { attr: 'size', screen, with: BOOKING, valid: 'lg', effect: (el) => $(bookOf(el)!, '[part~=button]')!.classList.contains('lg'), expected: true },
];

const ELEMENTS: { tag: string; with: Attrs; screen?: Screen; cases: Case[] }[] = [
  {
    tag: 'acupt-compare',
    with: {},
    cases: [
      ...base([]),
      { attr: 'heading', valid: 'Which is right for you?', effect: (el) => text($(el, '[part=caption]')), expected: 'Which is right for you?' },
      { attr: 'clinic-name', valid: 'Riverside', effect: (el) => text($(el, 'h2 + p')), expected: 'Not sure? The team at Riverside can help you choose.' },
      { attr: 'columns', valid: 'pt, both', effect: (el) => $$(el, '[part~=column-header]').length, expected: 2 },
      { attr: 'rows', valid: 'RISKS pain', effect: (el) => $$(el, '[part=row-header]').map((th) => th.getAttribute('aria-label')), expected: ['Side effects', 'Pain relief'] },
      { attr: 'highlight', valid: 'pt', effect: (el) => $$(el, '[part~=highlighted]').length, expected: 9 },
      { attr: 'footnote', valid: 'hide', effect: (el) => $$(el, '[part=footnote]').length, expected: 0 },
    ],
  },
  {
    tag: 'acupt-quiz',
    with: {},
    cases: [
      ...base(['acupt-quiz-start', 'acupt-quiz-step']),
      { attr: 'heading', valid: 'Where to start?', effect: (el) => text($(el, 'h2')), expected: 'Where to start?' },
      { attr: 'clinic-name', valid: 'Riverside', effect: (el) => text($(el, '.eyebrow')), expected: 'Riverside' },
      { attr: 'emergency-number', screen: 'emergency', valid: '+112', effect: (el) => $<HTMLAnchorElement>(el, 'a.call')?.getAttribute('href'), expected: 'tel:+112' },
      ...booking('both'),
      // Not documented on the quiz, but its result's book reads them from it too.
      ...looks('both'),
    ],
  },
  {
    tag: 'acupt-book',
    with: BOOKING,
    cases: [
      ...base(['acupt-book-click']).map((c) => ({ ...c, with: { 'booking-url': BOOKING['booking-url'] } })),
      ...booking(),
      { attr: 'service', with: { 'booking-url': BOOKING['booking-url'] }, valid: 'PT', effect: (el) => new URL(hrefs(el)[0]!).searchParams.get('service'), expected: 'pt' },
      ...looks(),
    ],
  },
];

// ---------------------------------------------------------------------------------------------
// Content-override JSON children: broken and hostile documents, with the warnings each must give.

interface JsonCase {
  name: string;
  json: string;
  /** Substrings of the warnings it must give (after "<tag> content overrides"); each its own line. */
  warns: string[];
  /** Text the rendered element must show, as text. */
  shows?: string;
}

const HTML = `<img src=x onerror="${PWN}"><script>${PWN}</script>`;
const JSON_CASES = (tag: string): JsonCase[] => {
  // Text each element shows (the quiz is on a question screen).
  const textKey = { 'acupt-compare': 'heading', 'acupt-quiz': 'next', 'acupt-book': 'label' }[tag]!;
  const list = { 'acupt-compare': 'rows', 'acupt-quiz': 'weeks', 'acupt-book': null }[tag];
  return [
    { name: 'truncated', json: '{"heading": "x', warns: [' are not valid JSON ('] },
    { name: 'markup, not JSON', json: HTML, warns: [' are not valid JSON ('] },
    { name: 'a comment', json: '// {"heading": 1}', warns: [' are not valid JSON ('] },
    ...['null', '[]', '"text"', '42', 'true'].map((json) => ({ name: json, json, warns: [': overrides: expected object'] })),
    { name: 'wrong types', json: `{"${textKey}": 5, "en": {"${textKey}": {}}, "es": "x"}`, warns: [`: ${textKey}: expected string`, `: en.${textKey}: expected string`, ': es: unknown key'] },
    { name: 'unknown keys', json: '{"nope": 1, "en": {"nope": 2}, "fr": {"nope": 3}}', warns: [': nope: unknown key', ': en.nope: unknown key', ': fr.nope: unknown key'] },
    { name: 'a huge key', json: `{"${'k'.repeat(100_000)}": 1}`, warns: [': kkkkk'] },
    { name: 'markup in text', json: JSON.stringify({ [textKey]: HTML }), warns: [], shows: HTML },
    { name: 'a huge text', json: JSON.stringify({ [textKey]: 'x'.repeat(100_000) }), warns: [], shows: 'x'.repeat(100_000) },
    {
      name: 'prototype keys',
      json: '{"__proto__": {"acuptPolluted": 1}, "constructor": {"prototype": {"acuptPolluted": 1}}, "en": {"__proto__": {"acuptPolluted": 1}}}',
      // An object under a key the texts lack is read as a language of the page's own: checked against the texts all the same.
      warns: [': __proto__: unknown key', ': constructor.prototype: unknown key', ': en.__proto__: unknown key'],
    },
    { name: 'deep nesting', json: `{"${textKey}": ${'['.repeat(50_000)}${']'.repeat(50_000)}}`, warns: [''] },
    ...(list === 'rows'
      ? [
          {
            name: 'rows: bad items',
            json: '{"rows": [null, 1, "x", {"key": ""}, {"key": 5}, {"label": "no key"}]}',
            warns: [0, 1, 2, 3, 4, 5].map((i) => `: rows[${i}].key: expected string`),
          },
          {
            name: 'rows: prototype keys and markup',
            json: JSON.stringify({
              rows: ['__proto__', 'constructor', 'toString'].map((key) => ({ key, label: `${key} ${HTML}`, info: HTML, acupuncture: HTML, pt: 1 })),
            }),
            warns: [0, 1, 2].map((i) => `: rows[${i}].pt: expected string`),
            shows: `__proto__ ${HTML}`,
          },
          { name: 'placeholders', json: '{"ask": "{clinic} {constructor} {toString} {__proto__}"}', warns: [], shows: '{constructor} {toString} {__proto__}' },
        ]
      : []),
    ...(list === 'weeks'
      ? [
          { name: 'weeks: no colon, empty, not text', json: '{"weeks": ["no colon here", "", 5]}', warns: [': weeks[2]: expected string'] },
          { name: 'placeholders', json: '{"progress": "{n} {total} {constructor} {toString} {__proto__}"}', warns: [], shows: '{constructor} {toString} {__proto__}' },
        ]
      : []),
  ];
};

/** A seeded pseudo-random generator (mulberry32): the same mutations on every run. */
function random(seed: number) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

// ---------------------------------------------------------------------------------------------

describe('fuzzed input', function () {
  this.timeout(60000);
  const initial = { scripts: 0, media: 0 };

  before(() => {
    window.addEventListener('error', onError);
    window.addEventListener('unhandledrejection', onRejection);
    console.warn = (...args: unknown[]) => {
      warnings.push(args.map(String).join(' '));
    };
    initial.scripts = document.scripts.length;
    initial.media = document.querySelectorAll('img, iframe, object, embed').length;
  });
  after(() => {
    console.warn = originalWarn;
    window.removeEventListener('error', onError);
    window.removeEventListener('unhandledrejection', onRejection);
  });
  afterEach(() => {
    host?.remove();
    host = undefined;
    // The quiz keeps progress for the tab, and the next test file may run in this tab: none is left.
    sessionStorage.clear();
    // Each test reports its own failures (see `guarded`): the flag and the errors start afresh.
    delete window.__acuptPwned;
    errors.length = 0;
  });

  /** A test body, then what must hold after any test: checked in the test, so a failure stays its own. */
  const guarded = (body: () => Promise<void> | void) => async () => {
    await body();
    expect(window.__acuptPwned, 'a payload ran').to.equal(undefined);
    expect(errors, 'errors').to.deep.equal([]);
    // Nothing was added to the page outside the elements, and no prototype was polluted.
    expect(document.scripts.length, 'scripts in the page').to.equal(initial.scripts);
    expect(document.querySelectorAll('img, iframe, object, embed').length, 'media in the page').to.equal(initial.media);
    expect(Object.keys(Object.prototype), 'Object.prototype').to.deep.equal([]);
    expect(({} as Record<string, unknown>).acuptPolluted).to.equal(undefined);
  };

  for (const { tag, with: common, screen: defaultScreen, cases } of ELEMENTS) {
    describe(`<${tag}> attributes`, () => {
      it('the expectation table covers every attribute the element documents or observes', async () => {
        const ctor = customElements.get(tag) as unknown as { observedAttributes: string[]; name: string };
        const manifest = (await (await fetch('/custom-elements.json')).json()) as {
          modules: { declarations?: { name: string; attributes?: { name: string }[] }[] }[];
        };
        const declared = manifest.modules.flatMap((m) => m.declarations ?? []).find((d) => d.name === ctor.name);
        const documented = declared!.attributes!.map((a) => a.name);
        expect(documented.length, 'documented attributes').to.be.greaterThan(4);
        const fuzzed = cases.map((c) => c.attr);
        // `empty` and `block` are the book's read-only states, set by the element itself.
        const left = [...documented, ...ctor.observedAttributes].filter((name) => !fuzzed.includes(name) && name !== 'empty' && name !== 'block');
        expect(left, 'documented or observed but not fuzzed').to.deep.equal([]);
        for (const attr of fuzzed) expect(RULES, attr).to.have.property(attr);
      });

      for (const c of cases) {
        it(`${c.attr}: hostile values, then a valid one`, guarded(async () => {
          const el = await mount(tag, { ...common, ...c.with }, c.screen ?? defaultScreen);
          const restore = el.getAttribute(c.attr);
          await fuzzAttribute(el, c, restore);
          const since = warnings.length;
          el.setAttribute(c.attr, c.valid);
          await settle(el);
          intact(el, `${c.attr}="${c.valid}"`, since);
          expect(await c.effect(el), `${c.attr}="${c.valid}" takes effect`).to.deep.equal(c.expected);
          expect(warnings.slice(since), `${c.attr}="${c.valid}" warns nothing`).to.deep.equal([]);
        }));
      }
    });

    describe(`<${tag}> content overrides`, () => {
      it('broken and hostile JSON children: each problem named, nothing injected, still rendering', guarded(async () => {
        const el = await mount(tag, tag === 'acupt-compare' ? { 'clinic-name': 'Riverside' } : common, tag === 'acupt-quiz' ? 'question' : 'intro');
        const initialText = text(shadow(el));
        const script = document.createElement('script');
        script.type = 'application/json';
        for (const json of JSON_CASES(tag)) {
          const state = `<${tag}> overrides "${json.name}"`;
          const since = warnings.length;
          // Added as a new child, or edited in place: both are read.
          if (script.isConnected) script.textContent = json.json;
          else {
            script.textContent = json.json;
            el.append(script);
          }
          await settle(el);
          intact(el, state, since);
          const lines = warnings.slice(since).filter((line) => line.startsWith(say(`<${tag}> content overrides`)));
          for (const part of json.warns) {
            const found = lines.some((line) => line.includes(part)) || [...said].some((line) => line.startsWith(say(`<${tag}> content overrides`)) && line.includes(part));
            expect(found, `${state}: a warning with "${part}" (got ${JSON.stringify(lines)})`).to.equal(true);
          }
          if (!json.warns.length) expect(lines, `${state}: no warning`).to.deep.equal([]);
          for (const line of warnings.slice(since)) said.add(line);
          if (json.shows) expect(text(shadow(el)).includes(json.shows), `${state}: shows ${clip(json.shows)} as text`).to.equal(true);
          expect(text(shadow(el)), `${state}: no function source`).to.not.contain('native code');
          if (json.name.includes('huge')) script.remove();
        }
        script.remove();
        await settle(el);
        expect(text(shadow(el)), 'defaults again once the child is removed').to.equal(initialText);
      }));
    });

    describe(`<${tag}> random mutation while mounted`, () => {
      it('300 seeded-random attribute changes and interactions', guarded(async () => {
        const seed = 0xacc7 + tag.length;
        const rand = random(seed);
        const pick = <T>(list: readonly T[]) => list[Math.floor(rand() * list.length)]!;
        const el = await mount(tag, { ...common, ...BOOKING }, tag === 'acupt-quiz' ? 'both' : 'intro');
        const attrs = cases.map((c) => c.attr);
        const valid = Object.fromEntries(cases.map((c) => [c.attr, c.valid]));
        const stop = (e: Event) => e.preventDefault();
        document.addEventListener('acupt-book-click', stop);
        try {
          for (let i = 0; i < 300; i++) {
            const attr = pick(attrs);
            const roll = rand();
            let step: string;
            if (roll < 0.1) {
              // Interact: open a tooltip or the menu, or move the quiz along.
              const controls = deep(el).filter((n) => n.matches('button, input, summary')) as HTMLElement[];
              const control = controls.length ? pick(controls) : null;
              step = `click ${control ? `${control.localName} "${clip(text(control))}"` : 'nothing'}`;
              control?.click();
            } else if (roll < 0.25) {
              step = `remove ${attr}`;
              el.removeAttribute(attr);
            } else {
              const value = roll < 0.45 ? valid[attr]! : pick(CORPUS);
              step = `${attr}=${JSON.stringify(clip(value))}`;
              el.setAttribute(attr, value);
            }
            const since = warnings.length;
            await settle(el);
            intact(el, `seed ${seed}, mutation ${i}: ${step}`, since);
            for (const line of warnings.slice(since)) said.add(line);
          }
          // Back to a known configuration: it renders exactly as a fresh element does.
          for (const attr of [...el.getAttributeNames()]) if (attr !== 'id') el.removeAttribute(attr);
          for (const [name, value] of Object.entries({ ...common, ...BOOKING })) el.setAttribute(name, value);
          await settle(el);
          const fresh = await (async () => {
            const again = document.createElement(tag) as Widget;
            for (const [name, value] of Object.entries({ ...common, ...BOOKING })) again.setAttribute(name, value);
            host!.append(again);
            await settle(again);
            const t = text(shadow(again));
            again.remove();
            return t;
          })();
          if (tag !== 'acupt-quiz') expect(text(shadow(el)), 'renders as a fresh element').to.equal(fresh);
          else expect(missing(el)).to.equal('');
        } finally {
          document.removeEventListener('acupt-book-click', stop);
        }
      }));
    });
  }
});
