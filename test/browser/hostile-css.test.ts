// The BUILT bundle on a page whose theme is as hostile as real ones get (fixtures/hostile.css:
// `* { box-sizing: content-box !important; line-height: 3 !important }`, red unpadded buttons,
// `table { display: block !important; width: 50px !important }`, `div { margin: 40px !important }`,
// a 40px body font, hotpink links, uppercase paragraphs, `[popover] { display: none }`, the
// widgets' own class names reset…). Each state of each element — closed, tooltip open, book
// menu open, a quiz question, a recommendation with its book menu open, urgent care — is
// reached with the real mouse on a fresh set of elements twice: once on the plain page, once
// with the theme's sheet on. Every element of every shadow tree must then be identical: its
// box relative to its host, and every computed style property (the page's font family is
// left alone, so text measures the same). The popovers are also checked to be fully visible
// and beside their anchors.
import { expect } from '@open-wc/testing';
import { sendMouse } from '@web/test-runner-commands';
import { click, loadScript, settled, type Widget } from './helpers.js';
import { $, $$, EN, TO_BOTH, expectBeside, placed, walk } from './fixtures/widgets.js';

type Snapshot = Record<string, Record<string, string>>;
type Mode = 'plain' | 'hostile';

/**
 * A positioned element's offsets (a popover's, the screen-reader-only live region's) follow
 * its host's place on the page, which the theme moves: its box relative to the host is compared instead.
 */
const POSITION = /^(left|top|right|bottom|inset(-.*)?)$/;
/**
 * The room a popover may take (`--_fit-*`, and the maximum sizes they set) follows its anchor's
 * place in the viewport, where a click scrolled it: on the two pages a fraction of a pixel apart.
 */
const FIT = /^(--_fit-[wh]|max-(width|height|inline-size|block-size))$/;
const near = (a: string, b: string) => Math.abs(parseFloat(a) - parseFloat(b)) < 1;

/** Every element in a host's shadow tree (and nested ones), by its path: its box relative to the host, and all computed styles. */
function snapshot(host: Element): Snapshot {
  const origin = host.getBoundingClientRect();
  const out: Snapshot = {};
  const visit = (el: Element, path: string) => {
    const r = el.getBoundingClientRect();
    const style = getComputedStyle(el);
    const entry: Record<string, string> = {
      // An element that renders no box (display: none, a closed popover) has no place.
      box: el.getClientRects().length
        ? [r.x - origin.x, r.y - origin.y, r.width, r.height].map((n) => n.toFixed(2)).join(' ')
        : 'none',
    };
    for (const prop of style) {
      if (!POSITION.test(prop)) entry[prop] = style.getPropertyValue(prop);
    }
    out[path] = entry;
    [...(el.shadowRoot ?? el).children].forEach((child, i) => visit(child, `${path} > ${child.localName}:${i}`));
  };
  [...host.shadowRoot!.children].forEach((child, i) => visit(child, `${child.localName}:${i}`));
  return out;
}

/** Every difference between two snapshots, one line each. */
function differences(plain: Snapshot, hostile: Snapshot): string[] {
  const found: string[] = [];
  for (const path of new Set([...Object.keys(plain), ...Object.keys(hostile)])) {
    const [a, b] = [plain[path], hostile[path]];
    if (!a || !b) {
      found.push(`${path}: only ${a ? 'plain' : 'hostile'}`);
      continue;
    }
    for (const prop of Object.keys(a)) {
      if (a[prop] !== b[prop] && !(FIT.test(prop) && near(a[prop]!, b[prop]!))) found.push(`${path} ${prop}: ${a[prop]} → ${b[prop]}`);
    }
  }
  return found;
}

const sheet = document.createElement('link');
sheet.rel = 'stylesheet';
sheet.href = '/test/browser/fixtures/hostile.css';

/**
 * The page's layout decides where a block element goes and how wide it is: both pages give
 * the table and the quiz the same place and width (a popover near the viewport's edge is
 * shifted by as much as its host is), while the books sit in a theme's <div> and a centred
 * 40px paragraph.
 */
const PAGE = `
  <section class="spacer"></section>
  <section class="entry-content"><acupt-compare style="width: 860px" highlight="both" clinic-name="Harbor Back &amp; Wellness"></acupt-compare></section>
  <section class="entry-content"><acupt-quiz style="width: 860px" id="quiz"></acupt-quiz></section>
  <div class="entry-content">
    <p>Ready? <acupt-book id="menu" booking-url="https://booking.example.com/harbor" phone="+1 555 010 2000"></acupt-book></p>
    <p><acupt-book id="link" booking-url="https://booking.example.com/harbor" variant="outline" size="lg"></acupt-book></p>
  </div>
  <section class="spacer"></section>`;

let page: HTMLElement;
const el = (selector: string) => page.querySelector<Widget>(selector)!;

/** A fresh page of elements, with or without the theme. */
async function render(mode: Mode) {
  page?.remove();
  sessionStorage.clear();
  if (mode === 'hostile') document.head.append(sheet);
  else sheet.remove();
  await new Promise((r) => (mode === 'hostile' && !sheet.sheet ? sheet.addEventListener('load', r, { once: true }) : r(null)));
  page = document.createElement('main');
  page.style.width = '1000px';
  page.innerHTML = PAGE;
  for (const spacer of page.querySelectorAll<HTMLElement>('.spacer')) spacer.style.height = '900px';
  document.body.append(page);
  await settled();
}

/** The pointer rests away from the elements, so no hover style depends on where a click left it. */
const rest = () => sendMouse({ type: 'move', position: [1, 1] });

/**
 * Brings fresh elements to a state on the plain page, then on the themed one, with `reach`
 * (which checks that they work on both), and compares the snapshots of the hosts named.
 */
async function same(reach: (mode: Mode) => Promise<void>, hosts: string[]) {
  const snaps: Record<Mode, Snapshot[]> = { plain: [], hostile: [] };
  const themed: Record<Mode, string> = { plain: '', hostile: '' };
  for (const mode of ['plain', 'hostile'] as const) {
    await render(mode);
    await reach(mode);
    await rest();
    await settled();
    snaps[mode] = hosts.map((selector) => snapshot(el(selector)));
    themed[mode] = getComputedStyle(el(hosts[0]!)).lineHeight;
  }
  // The theme's `* { line-height: 3 !important }` was on the host for the second pass only.
  expect(themed.hostile, 'the theme applies in the hostile pass').to.equal('120px');
  expect(themed.plain, 'the plain pass has no theme').to.equal('normal');
  hosts.forEach((selector, i) => {
    const [plain, hostile] = [snaps.plain[i]!, snaps.hostile[i]!];
    expect(Object.keys(plain).length, `${selector} has elements`).to.be.at.least(2);
    expect(differences(plain, hostile), `${selector} on the hostile page`).to.deep.equal([]);
  });
}

describe('hostile host CSS (built bundle)', () => {
  before(() => loadScript('/dist/acupt-widget.js'));
  after(() => {
    page?.remove();
    sheet.remove();
    sessionStorage.clear();
  });

  it('the theme does restyle the page around the elements (a control)', async () => {
    await render('hostile');
    const wrap = page.querySelector('div.entry-content')!;
    expect(getComputedStyle(wrap).marginTop).to.equal('40px');
    expect(getComputedStyle(document.body).fontSize).to.equal('40px');
    const own = document.createElement('button');
    const table = document.createElement('table');
    page.append(own, table);
    expect(getComputedStyle(own).backgroundColor).to.equal('rgb(255, 0, 0)');
    expect(getComputedStyle(own).lineHeight).to.equal('30px');
    expect(getComputedStyle(table).display).to.equal('block');
    expect(getComputedStyle(table).width).to.equal('50px');
    // Inherited and !important rules reach the hosts themselves…
    expect(getComputedStyle(el('acupt-compare')).lineHeight).to.equal('120px');
    expect(getComputedStyle(el('acupt-compare')).boxSizing).to.equal('content-box');
  });

  it('…but not what they render: the design values hold', async () => {
    await render('hostile');
    const compare = el('acupt-compare');
    const root = $(compare, '.root')!;
    const table = $(compare, '[part=table]')!;
    const info = $(compare, '[part=info-button]')!;
    const style = (node: Element) => getComputedStyle(node);
    expect(style(root).fontSize).to.equal('16px');
    expect(style(root).lineHeight).to.equal('24px');
    expect(style(root).boxSizing).to.equal('border-box');
    expect(style(root).textAlign).to.equal('start');
    expect(style(root).letterSpacing).to.equal('normal');
    expect(style(table).display).to.equal('table');
    expect(table.getBoundingClientRect().width).to.be.greaterThan(700);
    expect(style(info).backgroundColor).to.equal('rgba(0, 0, 0, 0)');
    expect(info.getBoundingClientRect().width).to.equal(48);
    expect(style($(compare, 'p')!).textTransform).to.equal('none');
    const book = $(el('#menu'), '[part=button]')!;
    expect(style(book).backgroundColor).to.equal('rgb(11, 110, 99)');
    expect(book.getBoundingClientRect().height).to.be.at.least(48);
    expect(style($(el('#link'), 'a')!).color).to.not.equal('rgb(255, 105, 180)');
  });

  it('every element is identical to the plain page, closed', async () => {
    await same(async () => {}, ['acupt-compare', 'acupt-quiz', '#menu', '#link']);
  });

  it('a compare tooltip opens beside its button, identical to the plain page', async () => {
    await same(async (mode) => {
      const compare = el('acupt-compare');
      const info = $$(compare, '[part=info-button]')[2]!;
      const tip = $(compare, `#${info.getAttribute('popovertarget')}`)!;
      await click(info);
      await placed(tip);
      expectBeside(info, tip, `${mode} tooltip`);
    }, ['acupt-compare']);
  });

  it('the book menu opens beside its button, identical to the plain page', async () => {
    await same(async (mode) => {
      const book = el('#menu');
      const button = $(book, 'button[part=button]')!;
      const menu = $(book, '[part=menu]')!;
      await click(button);
      await placed(menu);
      expectBeside(button, menu, `${mode} menu`);
      expect($$(book, '[part=item]').map((a) => a.checkVisibility())).to.deep.equal([true, true]);
    }, ['#menu']);
  });

  it('a quiz question, answered, is identical to the plain page', async () => {
    await same(async () => {
      const quiz = el('acupt-quiz');
      await walk(quiz, [[5], [6]]);
      await click($$(quiz, 'label[part=option]')[1]!);
      expect($$<HTMLInputElement>(quiz, 'input').map((i) => i.checked)).to.deep.equal([false, true]);
    }, ['acupt-quiz']);
  });

  it('the quiz reaches a recommendation, whose book menu opens beside its button, identical to the plain page', async () => {
    await same(async (mode) => {
      const quiz = el('acupt-quiz');
      quiz.setAttribute('booking-url', 'https://booking.example.com/harbor');
      quiz.setAttribute('phone', '+1 555 010 2000');
      await walk(quiz, TO_BOTH);
      expect($(quiz, '[part=result] h2')!.textContent!.trim()).to.equal(EN.result.both);
      const book = $(quiz, 'acupt-book')!;
      const button = $(book, 'button[part=button]')!;
      const menu = $(book, '[part=menu]')!;
      await click(button);
      await placed(menu);
      expectBeside(button, menu, `${mode} result menu`);
    }, ['acupt-quiz']);
  });

  it('the quiz reaches urgent care, identical to the plain page', async () => {
    await same(async () => {
      const quiz = el('acupt-quiz');
      await walk(quiz, [[1]]);
      expect($(quiz, '[part=result] h2')!.textContent!.trim()).to.equal(EN.advice.emergency);
    }, ['acupt-quiz']);
  });
});
