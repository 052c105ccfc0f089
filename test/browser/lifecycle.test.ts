// Lifecycle: a thousand mount/unmount cycles of each element, with its popovers open (a compare
// tooltip, the book's menu, the quiz advanced a step or showing its result with the book's menu
// open), as a single-page app or a page builder does. Afterwards: no error, no listener left on
// window, document or visualViewport, no ResizeObserver or IntersectionObserver still observing,
// no popover of a removed element repositioned by a leftover autoUpdate, no node left in the page,
// and (Chromium) the DOM nodes, listeners and JS heap back near where they were once garbage is
// collected.
// Loads the built bundle, as sites do (run `npx vite build --mode iife` after changing src/).
import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import { deep, listening, loadScript, type Widget } from './helpers.js';

type Counts = Record<string, number>;
/**
 * What the `heap` command of web-test-runner.config.mjs reports, after a forced garbage
 * collection: the renderer's own counts, where the DevTools Protocol gives them (Chromium).
 */
type Heap =
  | { supported: false }
  | { supported: true; heap: number; nodes: number; listeners: number; on: { window: Counts; document: Counts; visualViewport: Counts } };

const CYCLES = 1000;
const MB = 1024 * 1024;
const BOOKING = { 'booking-url': 'https://clinic.example/book', phone: '(555) 010-2000', email: 'hello@clinic.example' };
/** A quiz's saved progress that lands it on its result ("Start with both"). */
const RESULT = { step: 10, answers: { signs: [], checks: [], kind: 'sharpPain', duration: 'chronic', cause: 'noCause', moving: 'posture', tried: 'ptNeither', prefer: 'noPreference', health: [] } };

const measure = () => executeServerCommand<Heap, undefined>('heap');

/** What the page itself counts, in every engine: listeners as added and removed, and its nodes. */
const inPage = () => ({
  on: JSON.stringify(listening()),
  nodes: document.querySelectorAll('*').length + [...document.querySelectorAll('*')].filter((el) => el.shadowRoot).flatMap(deep).length,
});

/** A task boundary without timer clamping: lets queued events (`toggle`) and microtasks run. */
const tick = () =>
  new Promise<void>((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => resolve();
    channel.port2.postMessage(0);
  });

/** Counts the observers that observe something and were not disconnected since. */
const observing = { ResizeObserver: 0, IntersectionObserver: 0 };
for (const name of ['ResizeObserver', 'IntersectionObserver'] as const) {
  const proto = window[name].prototype as ResizeObserver;
  const active = new WeakSet<object>();
  const { observe, disconnect } = proto;
  proto.observe = function (this: ResizeObserver, ...args: Parameters<ResizeObserver['observe']>) {
    if (!active.has(this)) {
      active.add(this);
      observing[name]++;
    }
    return observe.apply(this, args);
  };
  proto.disconnect = function (this: ResizeObserver) {
    if (active.delete(this)) observing[name]--;
    return disconnect.call(this);
  };
}

const problems: string[] = [];
const onError = (e: ErrorEvent) => problems.push(`error: ${e.message}`);
const onRejection = (e: PromiseRejectionEvent) => problems.push(`unhandled rejection: ${String(e.reason)}`);

const $ = <T extends Element = HTMLElement>(root: Element, selector: string) => root.shadowRoot!.querySelector<T>(selector)!;

function create(tag: string, attrs: Record<string, string> = {}): Widget {
  const el = document.createElement(tag) as Widget;
  for (const [name, value] of Object.entries(attrs)) el.setAttribute(name, value);
  return el;
}

/** Opens a popover through its invoker, as a click does, and waits until it is open and placed. */
async function open(invoker: HTMLElement, pop: HTMLElement): Promise<void> {
  const toggled = new Promise((resolve) => pop.addEventListener('toggle', resolve, { once: true }));
  invoker.click();
  await toggled;
  for (let i = 0; i < 5 && !pop.dataset.side; i++) await tick();
  if (!pop.dataset.side) problems.push(`${pop.id} was not placed`);
}

/**
 * One cycle per element: mount, open its popover or move it along, unmount. Returns the popovers
 * that were open, so the test can check nothing moves them once their element is gone.
 */
const CYCLE: Record<string, (page: HTMLElement, i: number) => Promise<HTMLElement[]>> = {
  async 'acupt-compare'(page, i) {
    const el = create('acupt-compare');
    page.append(el);
    await el.updateComplete;
    const buttons = el.shadowRoot!.querySelectorAll<HTMLButtonElement>('[part=info-button]');
    const button = buttons[i % buttons.length]!;
    const tip = $(el, `#${button.getAttribute('popovertarget')}`);
    await open(button, tip);
    el.remove();
    return [tip];
  },
  async 'acupt-book'(page) {
    const el = create('acupt-book', BOOKING);
    page.append(el);
    await el.updateComplete;
    const menu = $(el, '[part=menu]');
    await open($(el, 'button'), menu);
    el.remove();
    return [menu];
  },
  async 'acupt-quiz'(page, i) {
    // Every other cycle shows the result, whose book's menu is opened; else Start, a tick, Next.
    const result = i % 2 === 1;
    if (result) sessionStorage.setItem('acupt-quiz:0', JSON.stringify(RESULT));
    else sessionStorage.clear();
    const el = create('acupt-quiz', BOOKING);
    page.append(el);
    await el.updateComplete;
    let opened: HTMLElement[] = [];
    if (result) {
      const book = $<Widget>(el, 'acupt-book');
      await book.updateComplete;
      const menu = $(book, '[part=menu]');
      await open($(book, 'button'), menu);
      opened = [menu];
    } else {
      $<HTMLButtonElement>(el, '.nav .btn').click();
      await el.updateComplete;
      [...el.shadowRoot!.querySelectorAll('input')].at(-1)!.click();
      $<HTMLButtonElement>(el, '.nav .btn:last-child').click();
      // The tick and Next come in one task: the tick renders first, then the next screen.
      await el.updateComplete;
      await el.updateComplete;
      if (!$(el, '[part=progress]').textContent!.includes('2')) problems.push(`quiz cycle ${i} did not advance`);
    }
    el.remove();
    return opened;
  },
};

/**
 * Runs the cycles, marking the last popovers of removed elements: a leftover autoUpdate would
 * move them once the page scrolls, resizes or shifts. In a function of its own, so that nothing
 * of the cycles stays referenced (a suspended async function keeps its locals) when the heap is
 * measured.
 */
async function cycles(cycle: (page: HTMLElement, i: number) => Promise<HTMLElement[]>, page: HTMLElement) {
  const detached: HTMLElement[] = [];
  const started = performance.now();
  for (let i = 0; i < CYCLES; i++) {
    for (const pop of await cycle(page, i)) {
      pop.style.left = pop.style.top = '-4321px';
      detached.push(pop);
      if (detached.length > 20) detached.shift();
    }
  }
  const elapsed = performance.now() - started;
  window.dispatchEvent(new Event('scroll'));
  window.dispatchEvent(new Event('resize'));
  visualViewport?.dispatchEvent(new Event('resize'));
  document.body.style.paddingTop = '7px';
  for (let i = 0; i < 5; i++) await tick();
  await new Promise((r) => requestAnimationFrame(r));
  document.body.style.paddingTop = '';
  const moved = detached.filter((pop) => pop.style.left !== '-4321px' || pop.style.top !== '-4321px').map((pop) => pop.id);
  return { elapsed, marked: detached.length, moved };
}

describe('lifecycle', function () {
  this.timeout(60000);
  let page: HTMLElement;
  let errors: string[];
  const consoleError = console.error;

  before(async () => {
    await loadScript('/dist/acupt-widget.js');
    window.addEventListener('error', onError);
    window.addEventListener('unhandledrejection', onRejection);
    errors = [];
    console.error = (...args: unknown[]) => errors.push(args.map(String).join(' '));
  });
  after(() => {
    console.error = consoleError;
    window.removeEventListener('error', onError);
    window.removeEventListener('unhandledrejection', onRejection);
    sessionStorage.clear();
  });
  beforeEach(() => {
    page = document.createElement('main');
    document.body.append(page);
  });
  afterEach(() => page.remove());

  for (const tag of Object.keys(CYCLE)) {
    it(`<${tag}>: ${CYCLES} mount/unmount cycles with its popovers open leave nothing behind`, async () => {
      const cycle = CYCLE[tag]!;
      // Warm up: compiled code, Lit's template cache, the adopted style sheets.
      for (let i = 0; i < 20; i++) await cycle(page, i);
      await tick();
      const before = await measure();
      const pageBefore = inPage();
      const observersBefore = { ...observing };

      const { elapsed, marked, moved } = await cycles(cycle, page);
      expect(page.childElementCount, 'elements left mounted').to.equal(0);
      expect(marked, 'popovers opened, marked and checked').to.equal(20);
      expect(moved, 'popovers of removed elements repositioned').to.deep.equal([]);

      const after = await measure();
      const pageAfter = inPage();
      expect(problems, 'errors').to.deep.equal([]);
      expect(errors, 'console errors').to.deep.equal([]);
      expect(pageAfter.on, 'listeners on window, document, visualViewport').to.equal(pageBefore.on);
      expect(pageAfter.nodes, 'nodes in the page').to.equal(pageBefore.nodes);
      expect(JSON.stringify(observing), 'observers still observing').to.equal(JSON.stringify(observersBefore));
      console.log(`<${tag}> ${CYCLES} cycles in ${(elapsed / 1000).toFixed(1)} s`);
      // The heap, and what the renderer itself counts once garbage is collected, need the DevTools
      // Protocol: Chromium only. Elsewhere the in-page counts above stand for them.
      if (!before.supported || !after.supported) return;
      expect(JSON.stringify(after.on), 'listeners on window, document, visualViewport (renderer)').to.equal(JSON.stringify(before.on));
      // One leaked element per cycle would keep its shadow tree (35 to 750 nodes) and listeners: thousands.
      expect(after.nodes - before.nodes, `DOM nodes (${before.nodes} → ${after.nodes})`).to.be.at.most(50);
      expect(after.listeners - before.listeners, `event listeners (${before.listeners} → ${after.listeners})`).to.be.at.most(5);
      const allowed = Math.max(2 * MB, before.heap * 0.1);
      expect(after.heap - before.heap, `JS heap (${(before.heap / MB).toFixed(2)} → ${(after.heap / MB).toFixed(2)} MB)`).to.be.at.most(allowed);
      console.log(
        `<${tag}> heap ${(before.heap / MB).toFixed(2)} → ${(after.heap / MB).toFixed(2)} MB, ` +
          `nodes ${before.nodes} → ${after.nodes}, listeners ${before.listeners} → ${after.listeners}`,
      );
    });
  }
});
