// The BUILT bundle inside the containers page builders wrap everything in. In each, every
// compare tooltip a visitor can reach and the book menu are opened with the real mouse and
// must be fully visible (inside the viewport, opaque, and on top: the hit test at their
// centre finds them) and beside their anchors (the designed 10px away, the tooltip's arrow
// bridging the gap and pointing into the button, overlapping the button horizontally).
// Each case also checks that its container really is a trap (it clips, it makes `position:
// fixed` relative to itself, or something covers the spot), so passing means the widget
// escaped it rather than the container being harmless.
import { expect } from '@open-wc/testing';
import { sendMouse } from '@web/test-runner-commands';
import { frame, onScreen, press, viewport, type Frame } from './helpers.js';
import { $, $$, expectBeside, placed } from './fixtures/widgets.js';

interface Case {
  name: string;
  /** The container's style, around each element. */
  style: string;
  /** A different style for the book's container (a short one, so an overflow would clip its menu). */
  bookStyle?: string;
  viewport?: { width: number; height: number };
  /** A banner with the highest z-index, sibling of the containers, over the lower part of the viewport. */
  banner?: boolean;
  /** Scroll the container after opening: the popover must follow its anchor. */
  scroll?: boolean;
  /** What makes the container a trap, checked before the popovers are opened. */
  trap: 'clips' | 'holds fixed' | 'covers' | 'narrow';
}

const CASES: Case[] = [
  { name: 'overflow: hidden', style: 'overflow: hidden; height: 330px', bookStyle: 'overflow: hidden; height: 52px', trap: 'clips' },
  { name: 'transformed', style: 'transform: translate(60px, 20px) scale(0.9); transform-origin: 0 0', trap: 'holds fixed' },
  { name: 'z-index-stacked, with a higher sibling over it', style: 'position: relative; z-index: 1', banner: true, trap: 'covers' },
  { name: '320px wide', style: 'width: 320px', trap: 'narrow' },
  { name: '320px wide on a 360px phone', style: 'width: 320px', viewport: { width: 360, height: 640 }, trap: 'narrow' },
  {
    name: 'all at once, scrolled: overflow auto, transform, contain, z-index, 320px, a banner over it',
    style:
      'overflow: auto; height: 300px; width: 320px; transform: translateZ(0); contain: paint; will-change: transform; filter: saturate(1); position: relative; z-index: 1',
    bookStyle: 'overflow: auto; height: 52px; transform: translateZ(0); contain: paint; position: relative; z-index: 1',
    banner: true,
    scroll: true,
    trap: 'clips',
  },
];

const BANNER = 'position: fixed; z-index: 2147483647; left: 0; right: 0; top: calc(50% + 40px); bottom: 0; background: rgb(20 20 20 / 0.6);';

/** The case's window, holding its page. */
let shown: Frame | undefined;
let page: HTMLElement;

async function render(c: Case) {
  shown?.frame.remove();
  const { width, height } = c.viewport ?? { width: 1000, height: 800 };
  shown = await viewport(width, height, {
    script: '/dist/acupt-widget.js',
    html: `<main>
      <div style="height: 900px"></div>
      <div class="case" style="${c.style}"><acupt-compare highlight="both"></acupt-compare><i class="fixed"></i></div>
      <div style="height: 160px"></div>
      <div class="case" style="${c.bookStyle ?? c.style}">
        <acupt-book booking-url="https://booking.example.com/harbor" phone="+1 555 010 2000" email="front@harbor.example"></acupt-book>
      </div>
      ${c.banner ? `<div class="banner" style="${BANNER}">We use cookies</div>` : ''}
      <div style="height: 900px"></div>
    </main>`,
  });
  page = shown.doc.querySelector('main')!;
  page.querySelector<HTMLElement>('.fixed')!.style.cssText = 'position: fixed; left: 0; top: 0; width: 1px; height: 1px;';
}

const centre = (r: DOMRect): [number, number] => [r.x + r.width / 2, r.y + r.height / 2];

/**
 * Scrolls the page (only the page: a visitor cannot scroll an overflow: hidden box) to put
 * the anchor at a height of the viewport (the middle by default), checks that the visitor can reach it, and clicks it.
 * A table inside a clipping container is rendered (content-visibility: auto) only once it
 * shows, a frame or so after a jump: wait for that, as a visitor's eye would.
 */
async function clickInPlace(anchor: HTMLElement, height = 0.5) {
  const { win } = shown!;
  const r = anchor.getBoundingClientRect();
  win.scrollBy(0, r.top + r.height / 2 - win.innerHeight * height);
  const at = () => {
    const [x, y] = centre(anchor.getBoundingClientRect());
    const hit = (anchor.getRootNode() as ShadowRoot).elementFromPoint(x, y);
    return { hit, ok: !!hit && anchor.contains(hit) };
  };
  await frame();
  for (let i = 0; i < 20 && !at().ok; i++) await frame();
  const { hit, ok } = at();
  expect(ok, `the anchor can be clicked (${hit?.localName} is there)`).to.equal(true);
  const [x, y] = centre(onScreen(anchor));
  await sendMouse({ type: 'click', position: [Math.round(x), Math.round(y)] });
  await frame();
}

/**
 * The info buttons a visitor can see (not clipped away by the container), once the table shows:
 * it is laid out (content-visibility: auto) only near the viewport, nearer in WebKit.
 */
async function reachable(compare: Element): Promise<HTMLElement[]> {
  compare.parentElement!.scrollIntoView();
  const table = $(compare, 'table')!;
  for (let i = 0; i < 20 && !table.checkVisibility({ contentVisibilityAuto: true }); i++) await frame();
  const box = compare.parentElement!.getBoundingClientRect();
  return $$(compare, '[part=info-button]').filter((b) => {
    const r = b.getBoundingClientRect();
    return r.top >= box.top && r.bottom <= box.bottom;
  });
}

/** The container really is a trap for a popover that did not escape it. */
function expectTrap(c: Case, container: Element, pop: HTMLElement) {
  const box = container.getBoundingClientRect();
  const p = pop.getBoundingClientRect();
  if (c.trap === 'clips') {
    const outside = p.top < box.top || p.bottom > box.bottom || p.left < box.left || p.right > box.right;
    expect(outside, `${c.name}: the popover reaches outside its ${JSON.stringify(box)}`).to.equal(true);
  } else if (c.trap === 'holds fixed') {
    const probe = page.querySelector('.fixed')!.getBoundingClientRect();
    expect([probe.x, probe.y], 'position: fixed is relative to the container').to.not.deep.equal([0, 0]);
  } else if (c.trap === 'covers') {
    // Under the open popover, the banner is what a closed one would leave showing.
    const [x, y] = centre(p);
    pop.hidePopover();
    expect(shown!.doc.elementFromPoint(x, y)?.className, 'the banner covers the spot').to.equal('banner');
    pop.showPopover();
  } else {
    expect(box.width).to.equal(320);
  }
}

describe('popovers and tooltips in hostile containers (built bundle)', () => {
  after(() => shown?.frame.remove());

  for (const c of CASES) {
    describe(c.name, () => {
      before(() => render(c));

      it('every reachable compare tooltip opens fully visible, beside its button', async () => {
        const compare = page.querySelector('acupt-compare')!;
        const buttons = await reachable(compare);
        expect(buttons.length, 'reachable info buttons').to.be.at.least(c.trap === 'clips' ? 1 : 8);
        if (c.trap === 'narrow') expect(getComputedStyle($(compare, 'table')!).display, 'stacked cards').to.equal('block');
        for (const [i, info] of buttons.entries()) {
          const tip = $(compare, `#${info.getAttribute('popovertarget')}`)!;
          await clickInPlace(info);
          await placed(tip);
          if (!i) expectTrap(c, compare.parentElement!, tip);
          await frame();
          expectBeside(info, tip, `${c.name}, tooltip ${i}`);
          if (c.scroll) {
            compare.parentElement!.scrollTop += 20;
            await frame();
            await frame();
            expectBeside(info, tip, `${c.name}, tooltip ${i}, container scrolled`);
            compare.parentElement!.scrollTop -= 20;
            await frame();
          }
          await press('Escape');
          expect(tip.matches(':popover-open')).to.equal(false);
        }
        // Low in the viewport, a tooltip flips above its button (not where a banner covers it).
        if (!c.banner) {
          const info = buttons[0]!;
          const tip = $(compare, `#${info.getAttribute('popovertarget')}`)!;
          await clickInPlace(info, 0.9);
          await placed(tip);
          expect(expectBeside(info, tip, `${c.name}, tooltip low in the viewport`).side).to.equal('top');
          await press('Escape');
        }
      });

      it('the book menu opens fully visible, beside its button', async () => {
        const book = page.querySelector('acupt-book')!;
        const button = $(book, 'button[part=button]')!;
        const menu = $(book, '[part=menu]')!;
        await clickInPlace(button);
        await placed(menu);
        expectTrap(c, book.parentElement!, menu);
        await frame();
        const g = expectBeside(button, menu, `${c.name}, book menu`);
        // Every item is on top too, not only the menu's centre.
        for (const item of $$(book, '[part=item]')) {
          const [x, y] = centre(item.getBoundingClientRect());
          const hit = book.shadowRoot!.elementFromPoint(x, y);
          expect(!!hit && item.contains(hit), `item at ${x},${y} in ${JSON.stringify(g)}`).to.equal(true);
        }
        await press('Escape');
        expect(menu.matches(':popover-open')).to.equal(false);
        if (!c.banner) {
          await clickInPlace(button, 0.9);
          await placed(menu);
          expect(expectBeside(button, menu, `${c.name}, book menu low in the viewport`).side).to.equal('top');
          await press('Escape');
        }
      });
    });
  }
});
