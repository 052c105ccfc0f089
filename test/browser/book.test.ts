import { expect, html } from '@open-wc/testing';
import { sendMouse } from '@web/test-runner-commands';
import type { TemplateResult } from 'lit';
import type { AcuptBook, BookClickDetail } from '../../src/book/book.js';
import '../../src/index.js';
import { captureWarnings, click, fixture, frame, type Frame, press, viewport, violations } from './helpers.js';

const PAGE = location.href;
/** A booking page that is this test page itself: following it only changes the fragment. */
const HERE = `${PAGE.split('#')[0]}#booked`;
const FULL = html`<acupt-book
  booking-url="https://clinic.example/book"
  phone="(555) 010-2000"
  email="hello@clinic.example"
></acupt-book>`;

async function render(template: TemplateResult) {
  const root = await fixture<HTMLElement>(html`<div>${template}<button>After</button></div>`);
  const el = root.querySelector('acupt-book') as AcuptBook;
  await el.updateComplete;
  return parts(el);
}

function parts(el: AcuptBook) {
  const shadow = el.shadowRoot!;
  return {
    el,
    shadow,
    link: shadow.querySelector<HTMLAnchorElement>('a[part=button]'),
    button: shadow.querySelector<HTMLButtonElement>('button[part=button]')!,
    menu: shadow.querySelector<HTMLElement>('[role=menu]')!,
    items: () => [...shadow.querySelectorAll<HTMLAnchorElement>('[role=menuitem]')],
    focused: () => shadow.activeElement,
  };
}

const words = (node: Element) => node.textContent!.replace(/\s+/g, ' ').trim();

/** Records every acupt-book-click, cancelling it when asked, as a host opening its own modal would. */
function listen(cancel: boolean) {
  const seen: { detail: BookClickDetail; hash: string }[] = [];
  const on = (e: CustomEvent<BookClickDetail>) => {
    seen.push({ detail: e.detail, hash: location.hash });
    if (cancel) e.preventDefault();
  };
  document.addEventListener('acupt-book-click', on);
  return { seen, stop: () => document.removeEventListener('acupt-book-click', on) };
}

/** Whether the widget blocked a link's navigation; the page then blocks it anyway so tests never leave. */
function blocked() {
  const result = { prevented: null as boolean | null };
  const on = (e: Event) => {
    result.prevented = e.defaultPrevented;
    e.preventDefault();
  };
  window.addEventListener('click', on, { once: true });
  return result;
}

describe('<acupt-book>', () => {
  let warnings: ReturnType<typeof captureWarnings>;
  /** A phone-sized window a test opened. */
  let phone: Frame | undefined;
  beforeEach(() => {
    warnings = captureWarnings();
  });
  afterEach(() => {
    warnings.restore();
    history.replaceState(null, '', PAGE);
    phone?.frame.remove();
    phone = undefined;
  });

  it('with nothing usable configured takes no space, shows no control and warns once', async () => {
    const wrap = await fixture<HTMLElement>(html`<div><acupt-book></acupt-book><acupt-book phone="12"></acupt-book></div>`);
    for (const el of wrap.querySelectorAll<AcuptBook>('acupt-book')) {
      await el.updateComplete;
      expect(el.getBoundingClientRect().width).to.equal(0);
      expect(el.shadowRoot!.querySelector('a, button')).to.equal(null);
    }
    expect(wrap.offsetHeight).to.equal(0);
    expect(warnings.lines.filter((l) => l.includes('no usable'))).to.deep.equal([
      '[acupt-widget] <acupt-book> has no usable booking-url, phone or email.',
    ]);
    expect(warnings.lines).to.include('[acupt-widget] phone="12" is not a phone number; it was refused.');
  });

  it('follows its attributes as they change: a number added later shows the link, and removing it hides it again', async () => {
    const wrap = await fixture<HTMLElement>(html`<div><acupt-book phone="12"></acupt-book></div>`);
    const el = wrap.querySelector('acupt-book') as AcuptBook;
    await el.updateComplete;
    expect(el.hasAttribute('empty')).to.equal(true);
    el.setAttribute('phone', '(555) 010-2000');
    await frame();
    await el.updateComplete;
    expect(el.hasAttribute('empty')).to.equal(false);
    expect(words(parts(el).link!)).to.equal('Call (555) 010-2000');
    expect(wrap.offsetHeight).to.be.at.least(44);
    el.setAttribute('label', 'Ring us');
    await frame();
    expect(words(parts(el).link!)).to.equal('Ring us');
    el.removeAttribute('phone');
    await frame();
    await el.updateComplete;
    expect(parts(el).link).to.equal(null);
    expect(wrap.offsetHeight).to.equal(0);
  });

  describe('one channel', () => {
    it('is a real link styled as a button, inline with the text around it', async () => {
      const sentence = await fixture<HTMLElement>(html`<p>Ready? <acupt-book booking-url="https://clinic.example/book?loc=2"></acupt-book> today.</p>`);
      const el = sentence.querySelector('acupt-book') as AcuptBook;
      await el.updateComplete;
      const { link } = parts(el);
      expect(link!.href).to.equal('https://clinic.example/book?loc=2');
      expect(words(link!)).to.equal('Book now');
      expect(link!.hasAttribute('target')).to.equal(false);
      expect(el.shadowRoot!.querySelector('button')).to.equal(null);
      expect([getComputedStyle(el).display, el.hasAttribute('block')]).to.deep.equal(['inline-block', false]);
      expect(link!.getBoundingClientRect().height).to.be.at.least(44);
      await expect(el).to.be.accessible();
      el.hidden = true;
      expect(el.getBoundingClientRect().height).to.equal(0);
    });

    it('follows the link after telling the page, when nobody cancels', async () => {
      const events = listen(false);
      const { link } = await render(html`<acupt-book booking-url=${HERE} forward-params="none"></acupt-book>`);
      await click(link!);
      events.stop();
      expect(events.seen).to.deep.equal([{ detail: { service: null, channel: 'online', url: HERE }, hash: '' }]);
      expect(location.href).to.equal(HERE);
    });

    it('does not navigate when the event is cancelled, even in a new tab', async () => {
      const events = listen(true);
      const opened: unknown[] = [];
      const open = window.open;
      window.open = (...args: unknown[]) => (opened.push(args), null);
      const { link } = await render(html`<acupt-book booking-url=${HERE} target="_blank" service="pt"></acupt-book>`);
      expect(link!.target).to.equal('_blank');
      expect(link!.rel).to.equal('noopener');
      expect(words(link!)).to.equal('Book now (opens in a new tab)');
      const result = blocked();
      await click(link!);
      window.open = open;
      events.stop();
      expect(events.seen.map((s) => s.detail)).to.deep.equal([{ service: 'pt', channel: 'online', url: `${PAGE.split('#')[0]}&service=pt#booked` }]);
      expect(result.prevented).to.equal(true);
      expect(opened).to.deep.equal([]);
      expect(location.href).to.equal(PAGE);
    });

    it('reports a ctrl-click and a middle click too, and blocks them when cancelled; a right click chooses nothing', async () => {
      const events = listen(true);
      const { link } = await render(html`<acupt-book booking-url=${HERE}></acupt-book>`);
      const result = blocked();
      await click(link!, ['Control']);
      const aux = (button: number) => {
        const e = new MouseEvent('auxclick', { button, bubbles: true, composed: true, cancelable: true });
        link!.dispatchEvent(e);
        return e.defaultPrevented;
      };
      expect([aux(1), aux(2)]).to.deep.equal([true, false]);
      events.stop();
      expect(result.prevented).to.equal(true);
      expect(events.seen.map((s) => s.detail.channel)).to.deep.equal(['online', 'online']);
      expect(location.href).to.equal(PAGE);
    });

    it('calls a lone phone number, shown as written', async () => {
      const { link } = await render(html`<acupt-book phone="555-010-2000"></acupt-book>`);
      expect(link!.getAttribute('href')).to.equal('tel:5550102000');
      expect(words(link!)).to.equal('Call (555) 010-2000');
    });

    it('keeps its own label', async () => {
      const { link } = await render(html`<acupt-book email="hello@clinic.example" label="Ask about a visit"></acupt-book>`);
      expect(link!.getAttribute('href')).to.equal('mailto:hello@clinic.example');
      expect(words(link!)).to.equal('Ask about a visit');
    });

    it('pushes the choice to window.dataLayer with analytics="datalayer"', async () => {
      const layer = ((window as unknown as { dataLayer: object[] }).dataLayer = []);
      const events = listen(true);
      const { link } = await render(html`<acupt-book analytics="datalayer" service="acupuncture" acupuncture-url="https://clinic.example/acu"></acupt-book>`);
      await click(link!);
      events.stop();
      expect(layer).to.deep.equal([{ event: 'acupt-book-click', service: 'acupuncture', channel: 'online', url: 'https://clinic.example/acu' }]);
      delete (window as { dataLayer?: unknown }).dataLayer;
    });

    it('refuses an unsafe booking URL, naming the attribute, and falls back to the phone', async () => {
      const { shadow, link } = await render(html`<acupt-book booking-url="javascript:alert(1)" phone="+1 555 010 2000"></acupt-book>`);
      expect(link!.getAttribute('href')).to.equal('tel:+15550102000');
      expect(shadow.innerHTML).to.not.contain('javascript');
      expect(warnings.lines).to.include('[acupt-widget] booking-url="javascript:alert(1)" is not an http(s) URL; it was refused.');
    });
  });

  describe('booking URL', () => {
    it('carries the page’s campaign and ad click ids over its own and the utm-* settings', async () => {
      history.replaceState(null, '', `${location.pathname}${location.search}&utm_source=ads&gclid=abc&session=private`);
      const { link } = await render(
        html`<acupt-book booking-url="https://clinic.example/book?loc=2&utm_source=old" utm-source="site" utm-medium="widget"></acupt-book>`,
      );
      expect(link!.href).to.equal('https://clinic.example/book?loc=2&utm_source=ads&utm_medium=widget&gclid=abc');
    });

    it('forwards nothing from the page with forward-params="none"', async () => {
      history.replaceState(null, '', `${location.pathname}${location.search}&utm_source=ads&gclid=abc`);
      const { link } = await render(html`<acupt-book booking-url="https://clinic.example/b" forward-params="none" utm-campaign="spring sale"></acupt-book>`);
      expect(link!.href).to.equal('https://clinic.example/b?utm_campaign=spring+sale');
    });

    it('picks the service’s own URL, else sends the service to the generic one', async () => {
      const { link } = await render(html`<acupt-book service="both" booking-url="https://clinic.example/b" both-url="https://clinic.example/both"></acupt-book>`);
      expect(link!.href).to.equal('https://clinic.example/both');
      const generic = await render(html`<acupt-book service="both" booking-url="https://clinic.example/b" pt-url="https://clinic.example/pt"></acupt-book>`);
      expect(generic.link!.href).to.equal('https://clinic.example/b?service=both');
    });
  });

  describe('several channels', () => {
    it('is a menu button listing each channel as a link', async () => {
      const { el, link, button, menu, items } = await render(FULL);
      expect(link).to.equal(null);
      expect(words(button)).to.equal('Book now');
      expect(button.getAttribute('aria-haspopup')).to.equal('menu');
      expect(button.getAttribute('aria-expanded')).to.equal('false');
      expect(menu.getAttribute('aria-labelledby')).to.equal(button.id);
      expect(items().map((a) => [words(a), a.getAttribute('href')])).to.deep.equal([
        ['Book online', 'https://clinic.example/book'],
        ['Call (555) 010-2000', 'tel:5550102000'],
        ['Email us hello@clinic.example', 'mailto:hello@clinic.example'],
      ]);
      await expect(el).to.be.accessible();
    });

    it('opens beside its button, unclipped by an overflow:hidden, transformed parent', async () => {
      const wrap = await fixture<HTMLElement>(
        html`<div style="margin: 100px 40px; height: 30px; overflow: hidden; transform: translateX(12px); z-index: 1">${FULL}</div>`,
      );
      const book = wrap.querySelector('acupt-book') as AcuptBook;
      await book.updateComplete;
      const { el, shadow, button, menu, items, focused } = parts(book);
      await click(button);
      expect(button.getAttribute('aria-expanded')).to.equal('true');
      const b = button.getBoundingClientRect();
      const m = menu.getBoundingClientRect();
      expect(m.top).to.be.closeTo(b.bottom + 10, 1.5);
      expect(m.left).to.be.closeTo(b.left, 1.5);
      expect(shadow.elementFromPoint(m.x + m.width / 2, m.bottom - 12)).to.equal(items()[2]);
      expect(getComputedStyle(menu).opacity).to.equal('1');
      expect(focused()).to.equal(items()[0]);
      await expect(el).to.be.accessible();
    });

    it('works from the keyboard: Enter and Space open on the first item; arrows move, wrapping; Escape closes', async () => {
      const { button, menu, items, focused } = await render(FULL);
      const open = () => menu.matches(':popover-open');
      button.focus();
      await press('Enter');
      expect(open()).to.equal(true);
      expect(focused()).to.equal(items()[0]);
      const path: (string | null)[] = [];
      for (const key of ['ArrowDown', 'ArrowDown', 'ArrowDown', 'ArrowUp', 'ArrowUp']) {
        await press(key);
        path.push(words(focused()!));
      }
      expect(path).to.deep.equal([
        'Call (555) 010-2000',
        'Email us hello@clinic.example',
        'Book online',
        'Email us hello@clinic.example',
        'Call (555) 010-2000',
      ]);
      await press('Escape');
      expect(open()).to.equal(false);
      expect(button.getAttribute('aria-expanded')).to.equal('false');
      expect(focused()).to.equal(button);
      await press(' ');
      expect(open()).to.equal(true);
      expect(focused()).to.equal(items()[0]);
      await press('Escape');
      expect(focused()).to.equal(button);
    });

    it('closes on Tab, and focus moves on past the button', async () => {
      const { el, button, menu } = await render(FULL);
      button.focus();
      await press('Enter');
      await press('Tab');
      expect(menu.matches(':popover-open')).to.equal(false);
      expect(document.activeElement).to.equal(el.parentElement!.querySelector('button'));
    });

    it('closes on an outside click and returns focus to its button', async () => {
      const { button, menu, focused } = await render(FULL);
      await click(button);
      expect(menu.matches(':popover-open')).to.equal(true);
      await sendMouse({ type: 'click', position: [5, 5] });
      await frame();
      expect(menu.matches(':popover-open')).to.equal(false);
      expect(focused()).to.equal(button);
    });

    it('reports the chosen item, closes, and navigates only when not cancelled', async () => {
      const events = listen(true);
      const { el, button, menu, items, focused } = await render(html`<acupt-book
        acupuncture-url=${HERE}
        forward-params="none"
        phone="+15550102000"
        service="acupuncture"
      ></acupt-book>`);
      await click(button);
      const result = blocked();
      await click(items()[1]!);
      expect(result.prevented).to.equal(true);
      expect(menu.matches(':popover-open')).to.equal(false);
      expect(focused()).to.equal(button);
      expect(location.href).to.equal(PAGE);
      events.stop();
      const follow = listen(false);
      await click(button);
      await press('Enter');
      follow.stop();
      expect(location.href).to.equal(HERE);
      expect([...events.seen, ...follow.seen]).to.deep.equal([
        { detail: { service: 'acupuncture', channel: 'phone', url: 'tel:+15550102000' }, hash: '' },
        { detail: { service: 'acupuncture', channel: 'online', url: HERE }, hash: '' },
      ]);
      expect(el.shadowRoot!.querySelector(':popover-open')).to.equal(null);
    });

    it('speaks Spanish, including the new-tab hint', async () => {
      const { button, items } = await render(html`<div lang="es">
        <acupt-book booking-url="https://clinic.example/b" phone="555-010-2000" email="hola@clinica.example" target="_blank"></acupt-book>
      </div>`);
      expect(words(button)).to.equal('Reservar cita');
      expect(items().map(words)).to.deep.equal([
        'Reservar en línea (se abre en otra pestaña)',
        'Llamar al (555) 010-2000',
        'Escríbanos hola@clinica.example',
      ]);
      expect(items().map((a) => a.target)).to.deep.equal(['_blank', '', '']);
    });

    it('stays usable at 320 px wide (dark), with every target at least 44 px tall', async () => {
      phone = await viewport(320, 640, {
        html: `<div style="width: 288px">
          <acupt-book
            lang="es"
            theme="dark"
            label="Reservar su primera cita de acupuntura y fisioterapia"
            booking-url="https://clinic.example/b"
            phone="+34 912 345 678"
            email="reservas.fisioterapia@clinica-de-ejemplo.example"
          ></acupt-book>
        </div>`,
      });
      const wrap = phone.doc.querySelector('div')!;
      const { el, button, menu, items } = parts(wrap.querySelector('acupt-book') as AcuptBook);
      expect(el.getBoundingClientRect().right).to.be.at.most(wrap.getBoundingClientRect().right);
      expect(button.scrollWidth).to.be.at.most(button.clientWidth);
      await click(button);
      const m = menu.getBoundingClientRect();
      expect(m.left).to.be.at.least(0);
      expect(m.right).to.be.at.most(320);
      for (const item of items()) {
        expect(item.getBoundingClientRect().height).to.be.at.least(44);
        expect(item.scrollWidth).to.be.at.most(item.clientWidth);
      }
      expect(await violations(el)).to.deep.equal([]);
    });
  });

  describe('look', () => {
    it('keeps every size and variant a comfortable target, and warns about unknown ones', async () => {
      const wrap = await fixture<HTMLElement>(html`<div>
        ${['sm', 'md', 'lg', 'xl'].map((size) => html`<acupt-book booking-url="https://clinic.example" size=${size}></acupt-book>`)}
        <acupt-book booking-url="https://clinic.example" variant="outline"></acupt-book>
        <acupt-book booking-url="https://clinic.example" variant="link"></acupt-book>
        <acupt-book booking-url="https://clinic.example" variant="shiny"></acupt-book>
      </div>`);
      const books = [...wrap.querySelectorAll<AcuptBook>('acupt-book')];
      await Promise.all(books.map((b) => b.updateComplete));
      await sendMouse({ type: 'move', position: [0, 0] });
      const heights = books.map((b) => b.shadowRoot!.querySelector('a')!.getBoundingClientRect().height);
      expect(heights.slice(0, 3).every((h, i) => h >= 44 && (i === 0 || h > heights[i - 1]!))).to.equal(true, String(heights));
      expect(heights[3]).to.equal(heights[1]);
      expect(heights[4]).to.be.at.least(44);
      expect(heights[5]).to.be.within(24, 43);
      const style = (i: number) => getComputedStyle(books[i]!.shadowRoot!.querySelector('a')!);
      expect(style(4).backgroundColor).to.equal('rgba(0, 0, 0, 0)');
      expect(style(6).backgroundColor).to.equal(style(1).backgroundColor);
      expect(warnings.lines).to.include.members([
        '[acupt-widget] size="xl" is not one of sm, md, lg; using "md".',
        '[acupt-widget] variant="shiny" is not one of solid, outline, link; using "solid".',
      ]);
    });
  });

  describe('inside a quiz', () => {
    it('takes the booking settings it lacks from the <acupt-quiz> whose result holds it', async () => {
      const quiz = await fixture<HTMLElement>(html`<acupt-quiz
        booking-url="https://clinic.example/quiz"
        phone="555-010-2000"
        utm-source="quiz"
        forward-params="none"
        target="_blank"
      ></acupt-quiz>`);
      const el = document.createElement('acupt-book') as AcuptBook;
      el.setAttribute('service', 'pt');
      el.setAttribute('phone', '+44 20 7946 0000');
      quiz.shadowRoot!.append(el);
      await el.updateComplete;
      const { items } = parts(el);
      expect(items().map((a) => [a.getAttribute('href'), a.target])).to.deep.equal([
        ['https://clinic.example/quiz?service=pt&utm_source=quiz', '_blank'],
        ['tel:+442079460000', ''],
      ]);
    });

    it('takes nothing from any other component it sits in', async () => {
      const other = await fixture<HTMLElement>(html`<div booking-url="https://clinic.example/other"></div>`);
      const el = document.createElement('acupt-book') as AcuptBook;
      el.setAttribute('email', 'hello@clinic.example');
      other.attachShadow({ mode: 'open' }).append(el);
      await el.updateComplete;
      expect(parts(el).link!.getAttribute('href')).to.equal('mailto:hello@clinic.example');
    });
  });
});
