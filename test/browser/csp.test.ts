// The BUILT bundle on a clinic page served with the strictest policy a site is likely to send
// (fixtures/strict.csp.html, header set by the middleware in web-test-runner.config.mjs):
//   default-src 'self'; script-src 'self'; style-src 'self';
//   require-trusted-types-for 'script'; trusted-types lit-html
// All three elements render and work under it, driven with the real mouse and keyboard, and
// the page's first script (fixtures/page-probe.js) sees no securitypolicyviolation event, no
// error and no warning from the start of the page to the end of the suite. The page loads the
// script twice, as a theme and a plugin may: the second copy must not ask for the policy again.
import { expect } from '@open-wc/testing';
import { bookCatalog } from '../catalogs.js';
import { compareCatalog } from '../catalogs.js';
import { $, $$, EN, TO_BOTH, expectBeside, openPage, placed, text, walk, type Page } from './fixtures/widgets.js';
import { click, press } from './helpers.js';

const PAGE = '/test/browser/fixtures/strict.csp.html';
// Copy only; the elements themselves come from the built bundle.
const COMPARE = compareCatalog.en;
const BOOK = bookCatalog.en;
const POLICY =
  "default-src 'self'; script-src 'self'; style-src 'self'; require-trusted-types-for 'script'; trusted-types lit-html";

const directive = (violation: string) => violation.split(':')[0];

/** Violation events are queued as tasks: waits (up to ~1 s) for a condition. */
async function until(condition: () => boolean) {
  for (let i = 0; i < 50 && !condition(); i++) await new Promise((r) => setTimeout(r, 20));
}

describe('strict CSP with Trusted Types (built bundle)', () => {
  let page: Page;
  const el = (selector: string) => page.doc.querySelector<HTMLElement>(selector)!;
  const completed: string[] = [];
  const chosen: string[] = [];

  before(async () => {
    sessionStorage.clear();
    page = await openPage(PAGE, 1040, 780);
    page.doc.addEventListener('acupt-quiz-complete', (e) => completed.push(e.detail.recommendation));
    // A host that opens its own booking dialog cancels the navigation; the test page never leaves.
    page.doc.addEventListener('acupt-book-click', (e) => {
      chosen.push(`${e.detail.channel} ${e.detail.url}`);
      e.preventDefault();
    });
  });
  after(() => {
    page.frame.remove();
    sessionStorage.clear();
  });
  // From the first script of the page up to now, after every step.
  afterEach(() => {
    expect(page.probe.violations, 'securitypolicyviolation events').to.deep.equal([]);
    expect(page.probe.errors, 'errors').to.deep.equal([]);
    expect(page.probe.warnings, 'warnings').to.deep.equal([]);
  });

  it('is served with the strict policy, which the page enforces', async () => {
    const response = await fetch(PAGE);
    expect(response.headers.get('content-security-policy')).to.equal(POLICY);
    // The bundle was loaded by a same-origin <script src>, and Lit's policy is the only one allowed.
    expect(page.probe.defined).to.deep.equal(['acupt-book', 'acupt-quiz', 'acupt-compare']);
    const { trustedTypes } = page.win as unknown as { trustedTypes: { createPolicy(name: string, rules: object): unknown } };
    expect(() => trustedTypes.createPolicy('another', {})).to.throw(/another/);
    // That attempt was itself a violation, reported as the page's own; forget it (the probe is
    // checked again after this test).
    await until(() => page.probe.violations.length > 0);
    expect(page.probe.violations.map(directive)).to.deep.equal(['trusted-types']);
    page.probe.violations.splice(0);
  });

  it('renders all three elements', () => {
    const compare = el('acupt-compare');
    expect(text($(compare, 'h2'))).to.equal(COMPARE.heading);
    const rows = COMPARE.rows.length;
    expect($$(compare, 'th[part~=row-header]').length).to.equal(rows);
    expect($$(compare, '[part~=highlighted]').length, 'header and cells of the highlighted column').to.equal(rows + 1);
    expect($$(compare, '[part=info-button]').length).to.equal(COMPARE.rows.filter((row) => row.info).length);
    expect(text($(el('acupt-quiz'), 'h2'))).to.equal(EN.title);
    expect(text($(el('acupt-quiz'), '.eyebrow'))).to.equal('Harbor Back & Wellness');
    expect(text($(el('acupt-book'), '[part=button]'))).to.equal(BOOK.label);
    for (const tag of ['acupt-compare', 'acupt-quiz', 'acupt-book']) {
      expect(el(tag).getBoundingClientRect().height, tag).to.be.greaterThan(40);
    }
  });

  it('styles through constructed sheets and the CSSOM: the accent applies, nothing is blocked', () => {
    // The book's accent is set through a constructed sheet's rule; a <style> or style="" would be refused.
    const button = $(el('acupt-book'), '[part=button]')!;
    expect(getComputedStyle(button).backgroundColor).to.equal('rgb(122, 62, 157)');
    const table = $(el('acupt-compare'), '[part=table]')!;
    expect(getComputedStyle(table).tableLayout).to.equal('fixed');
  });

  it('opens a compare tooltip beside its button, and Escape closes it', async () => {
    const compare = el('acupt-compare');
    const info = $$(compare, '[part=info-button]')[1]!;
    const tip = $(compare, `#${info.getAttribute('popovertarget')}`)!;
    await click(info);
    await placed(tip);
    expect(info.getAttribute('aria-expanded')).to.equal('true');
    expectBeside(info, tip, 'tooltip');
    expect(text(tip.querySelector('strong'))).to.equal(COMPARE.rows[1]!.label);
    await press('Escape');
    expect(tip.matches(':popover-open')).to.equal(false);
    expect(compare.shadowRoot!.activeElement === info, 'focus back on the button').to.equal(true);
  });

  it('opens the book menu beside its button; arrows move, a choice is reported and closes it', async () => {
    const book = el('acupt-book');
    const open = $(book, 'button[part=button]')!;
    const menu = $(book, '[part=menu]')!;
    await click(open);
    await placed(menu);
    expect(open.getAttribute('aria-expanded')).to.equal('true');
    expectBeside(open, menu, 'menu');
    const items = $$(book, '[part=item]');
    expect(items.map((a) => a.getAttribute('href'))).to.deep.equal([
      'https://booking.example.com/harbor',
      'tel:+15550102000',
      'mailto:front@harbor.example',
    ]);
    expect(text(book.shadowRoot!.activeElement), 'the first item takes focus').to.equal(BOOK.online);
    await press('ArrowDown');
    expect(text(book.shadowRoot!.activeElement)).to.equal(BOOK.phone.replace('{number}', '(555) 010-2000'));
    await click(items[1]!);
    expect(chosen).to.deep.equal(['phone tel:+15550102000']);
    expect(menu.matches(':popover-open')).to.equal(false);
  });

  it('walks the quiz to a recommendation, whose book menu opens beside its button', async () => {
    const quiz = el('acupt-quiz');
    await walk(quiz, TO_BOTH);
    expect(completed).to.deep.equal(['both']);
    expect(text($(quiz, '[part=result] h2'))).to.equal(EN.result.both);
    expect($$(quiz, '[part=plan] li').length).to.equal(EN.weeks.length);
    // The result's book follows the script tag's data-* settings: three channels, so a menu.
    const book = $(quiz, 'acupt-book')!;
    const open = $(book, 'button[part=button]')!;
    const menu = $(book, '[part=menu]')!;
    await click(open);
    await placed(menu);
    expectBeside(open, menu, 'result menu');
    expect($$(book, '[part=item]')[0]!.getAttribute('href')).to.equal(
      'https://booking.example.com/harbor?service=both',
    );
    await press('Escape');
    expect(menu.matches(':popover-open')).to.equal(false);
  });

  it('walks the quiz to urgent care: a warning sign ends it with the emergency number', async () => {
    const quiz = el('acupt-quiz');
    await walk(quiz, [[0]]);
    expect(completed).to.deep.equal(['both', 'urgent-care']);
    expect(text($(quiz, '[part=result] h2'))).to.equal(EN.advice.emergency);
    const call = $<HTMLAnchorElement>(quiz, 'a.call')!;
    expect(call.getAttribute('href')).to.equal('tel:911');
    expect(text(call)).to.equal(EN.call.replace('{number}', '911'));
    expect($(quiz, 'acupt-book'), 'no booking on urgent care').to.equal(null);
  });

  it('reports nothing late (violation events are queued)', async () => {
    await new Promise((r) => setTimeout(r, 250));
  });
});

describe('the probe of the strict CSP page', () => {
  it('sees violations when there are some (so zero means zero)', async () => {
    const page = await openPage(PAGE, 600, 300);
    expect(page.probe.violations).to.deep.equal([]);
    let refused: Error | undefined;
    try {
      page.doc.body.innerHTML = '<b>markup from a string</b>';
    } catch (error) {
      refused = error as Error;
    }
    // Trusted Types specify a TypeError; each engine words its message its own way.
    expect(refused?.name, 'markup from a string refused').to.equal('TypeError');
    expect(page.doc.querySelectorAll('b').length, 'nothing written').to.equal(0);
    page.doc.body.setAttribute('style', 'color: red');
    await until(() => page.probe.violations.length > 1);
    expect(page.probe.violations.map(directive)).to.deep.equal(['require-trusted-types-for', 'style-src-attr']);
    page.frame.remove();
  });
});
