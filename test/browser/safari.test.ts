// Where real Safari differs from WebKitGTK (Safari's engine, which the suite runs) in ways that
// matter here, simulated in every engine:
// - a click does not focus the button or link it hits (here: every click's mousedown is
//   cancelled, which moves no focus), so focus may be on <body> when a popover closes, and
//   must return to the invoker from there;
// - iOS has had bugs with the light dismiss of popovers (WebKit 267688), so a tap outside must
//   close a tooltip or the menu by the widget's own means. The tap is an untrusted touch
//   `pointerdown`, which the browser's light dismiss ignores.
import { expect, html } from '@open-wc/testing';
import '../../src/index.js';
import { placed } from './fixtures/widgets.js';
import { click, fixture, frame, listening, press, toggled } from './helpers.js';

const tap = (target: Element) =>
  target.dispatchEvent(new PointerEvent('pointerdown', { bubbles: true, composed: true, pointerType: 'touch' }));

/** Nothing focused: <body> has focus. */
const unfocus = () => (document.activeElement as HTMLElement | null)?.blur();
const keepFocus = (e: Event) => e.preventDefault();

/** What has focus, inside the element or on the page, in words. */
function focused(el: Element): string {
  const node = el.shadowRoot!.activeElement ?? document.activeElement;
  if (!node || node === document.body) return 'body';
  return `${node.localName}: ${node.getAttribute('aria-label') ?? node.textContent!.replace(/\s+/g, ' ').trim()}`;
}

/** A page with some text, a field and the widget, whose popover is opened by a click on `invoker`. */
async function opened(widget: ReturnType<typeof html>, invoker: string, popover: string) {
  const wrap = await fixture<HTMLElement>(html`<div><p>Text of the page.</p><input aria-label="Search" />${widget}</div>`);
  const el = wrap.querySelector<HTMLElement>('acupt-compare, acupt-book')!;
  const button = el.shadowRoot!.querySelector<HTMLElement>(invoker)!;
  const pop = el.shadowRoot!.querySelector<HTMLElement>(popover)!;
  await click(button);
  await placed(pop);
  return { el, button, pop, text: wrap.querySelector('p')!, input: wrap.querySelector('input')! };
}

const compare = () => opened(html`<acupt-compare rows="pain cost"></acupt-compare>`, '[part=info-button]', '[part=tooltip]');
const book = () =>
  opened(
    html`<acupt-book booking-url="https://clinic.example/book" phone="(555) 010-2000" email="hello@clinic.example"></acupt-book>`,
    'button[part=button]',
    '[part=menu]',
  );

describe('as in Safari (simulated in every engine)', () => {
  beforeEach(() => {
    unfocus();
    document.addEventListener('mousedown', keepFocus, true);
  });
  afterEach(() => document.removeEventListener('mousedown', keepFocus, true));

  describe('a compare tooltip', () => {
    it('closes on a tap outside, and focus returns from <body> to its button', async () => {
      const { el, button, pop: tip, text } = await compare();
      expect(focused(el), 'after the click').to.equal('body');
      const closing = toggled(tip);
      tap(text);
      expect(await closing).to.equal('closed');
      expect(focused(el)).to.equal('button: About Pain relief');
      expect(button.getAttribute('aria-expanded')).to.equal('false');
    });

    it('returns focus without scrolling the page back to its button, scrolled away and tapped there', async () => {
      const { el, pop: tip, text } = await compare();
      const below = document.createElement('p');
      below.textContent = 'Further down the page.';
      below.style.marginBlockStart = '200vh';
      text.parentElement!.append(below);
      below.scrollIntoView();
      const { scrollY } = window;
      expect(scrollY, 'scrolled').to.be.greaterThan(0);
      const closing = toggled(tip);
      tap(below);
      expect(await closing).to.equal('closed');
      expect(focused(el)).to.equal('button: About Pain relief');
      expect(window.scrollY, 'where the visitor was').to.be.closeTo(scrollY, 1);
      window.scrollTo(0, 0);
    });

    it('stays open for a tap on itself or on its button', async () => {
      const { button, pop: tip } = await compare();
      tap(tip.querySelector('p')!);
      tap(button);
      await frame();
      expect(tip.matches(':popover-open')).to.equal(true);
    });

    it('leaves focus on the field a tap outside moved it to', async () => {
      const { el, pop: tip, input } = await compare();
      const closing = toggled(tip);
      tap(input);
      input.focus();
      expect(await closing).to.equal('closed');
      expect(focused(el)).to.equal('input: Search');
    });

    it('returns focus from <body> to its button on Escape', async () => {
      const { el, pop: tip } = await compare();
      const closing = toggled(tip);
      await press('Escape');
      expect(await closing).to.equal('closed');
      expect(focused(el)).to.equal('button: About Pain relief');
    });

    it('listens for taps outside only while open', async () => {
      const taps = () => listening().document.pointerdown ?? 0;
      const before = taps();
      const { el, button, pop: tip } = await compare();
      expect(taps(), 'open').to.equal(before + 1);
      const closing = toggled(tip);
      await press('Escape');
      await closing;
      expect(taps(), 'closed').to.equal(before);
      await click(button);
      await placed(tip);
      el.remove();
      expect(taps(), 'removed while open').to.equal(before);
    });
  });

  describe('the book menu', () => {
    it('closes on a tap outside, and focus returns from its item to its button', async () => {
      const { el, pop: menu, text } = await book();
      expect(focused(el), 'the first item').to.equal('a: Book online');
      const closing = toggled(menu);
      tap(text);
      expect(await closing).to.equal('closed');
      expect(focused(el)).to.equal('button: Book now');
    });

    it('stays open for a tap on an item or on its button', async () => {
      const { el, button, pop: menu } = await book();
      tap(el.shadowRoot!.querySelector('[part=item]')!);
      tap(button);
      await frame();
      expect(menu.matches(':popover-open')).to.equal(true);
    });

    it('returns focus from <body> to its button once a click chose an item', async () => {
      const { el, pop: menu } = await book();
      const chosen: string[] = [];
      const choose = (e: Event) => {
        chosen.push((e as CustomEvent<{ channel: string }>).detail.channel);
        e.preventDefault();
      };
      document.addEventListener('acupt-book-click', choose);
      try {
        unfocus();
        const closing = toggled(menu);
        await click(el.shadowRoot!.querySelectorAll('[part=item]')[1]!);
        expect(await closing).to.equal('closed');
      } finally {
        document.removeEventListener('acupt-book-click', choose);
      }
      expect(chosen).to.deep.equal(['phone']);
      expect(focused(el)).to.equal('button: Book now');
    });

    it('returns focus from <body> to its button on Escape', async () => {
      const { el, pop: menu } = await book();
      unfocus();
      const closing = toggled(menu);
      await press('Escape');
      expect(await closing).to.equal('closed');
      expect(focused(el)).to.equal('button: Book now');
    });
  });
});
