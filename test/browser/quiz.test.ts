import { expect, fixture, html } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import type { TemplateResult } from 'lit';
import { FLAGS, LEVELS } from '../../src/quiz/questions.js';
import type { AcuptQuiz } from '../../src/quiz/quiz.js';
import { quizCatalog } from '../../src/quiz/quiz.strings.js';
import '../../src/index.js';
import { captureWarnings, engine, frame, press, viewport } from './helpers.js';

// The repo has no mocha type package; these are the globals web-test-runner provides.
type Test = () => void | Promise<void>;
declare function describe(name: string, fn: () => void): void;
declare function it(name: string, fn: Test): void;
declare function beforeEach(fn: Test): void;
declare function afterEach(fn: Test): void;

const en = quizCatalog.en;
const labels: Record<string, string> = en.answers;
const EVENTS = ['acupt-quiz-start', 'acupt-quiz-step', 'acupt-quiz-complete'] as const;

/** A choice per screen: an option index, or the indexes to tick on a checklist ("None of these" is last). */
type Pick = number | number[];
const NONE_1 = [5];
const NONE_2 = [6];
const SAFE = [NONE_1, NONE_2];
const TO_ACUPUNCTURE: Pick[] = [...SAFE, 0, 1, 2, 1, [3], 0];
const TO_PT: Pick[] = [...SAFE, 1, 0, 0, 0, [1], 1];
const TO_BOTH: Pick[] = [...SAFE, 0, 2, 1, 2, [0, 2, 5], 2];

const root = (el: AcuptQuiz) => el.shadowRoot!;
const $ = <T extends Element = HTMLElement>(el: AcuptQuiz, selector: string) => root(el).querySelector<T>(selector);
const $$ = <T extends Element = HTMLElement>(el: AcuptQuiz, selector: string) => [...root(el).querySelectorAll<T>(selector)];
const text = (node: Element | null) => node?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
const heading = (el: AcuptQuiz) => text($(el, 'h2'));
const live = (el: AcuptQuiz) => text($(el, '[aria-live]'));
/**
 * What has focus inside the quiz, as words. Assertions compare strings and counts, never
 * elements: a failing comparison of a rendered element hangs the runner while it serializes it.
 */
const focus = (el: AcuptQuiz) => {
  const node = root(el).activeElement;
  return node ? `${node.localName}: ${text(node)}` : 'nothing';
};
const count = (el: AcuptQuiz, selector: string) => root(el).querySelectorAll(selector).length;
const button = (el: AcuptQuiz, label: string) => $$<HTMLButtonElement>(el, 'button').find((b) => text(b) === label)!;

async function mount(template: TemplateResult): Promise<AcuptQuiz> {
  const wrap = await fixture<HTMLElement>(html`<div>${template}</div>`);
  const el = wrap.querySelector('acupt-quiz') as AcuptQuiz;
  await el.updateComplete;
  return el;
}

/** axe on what a visitor sees once a screen has appeared (mid-fade text is pale). */
async function accessible(el: AcuptQuiz) {
  for (const animation of root(el).getAnimations()) animation.finish();
  await expect(el).to.be.accessible();
}

async function click(el: AcuptQuiz, label: string) {
  button(el, label).click();
  await el.updateComplete;
}

/** Answers the screen shown with the pointer, then presses Next. */
async function answer(el: AcuptQuiz, pick: Pick) {
  const inputs = $$<HTMLInputElement>(el, 'input');
  for (const i of ([] as number[]).concat(pick)) inputs[i]!.click();
  await el.updateComplete;
  $<HTMLButtonElement>(el, '.nav .btn:last-child')!.click();
  await el.updateComplete;
}

async function walk(el: AcuptQuiz, picks: Pick[]) {
  await click(el, en.start);
  for (const pick of picks) await answer(el, pick);
}

/** Answers by keyboard only, from the focused heading: Tab into the choices, Space/arrows, Enter. */
async function answerByKeyboard(el: AcuptQuiz, pick: Pick) {
  await press('Tab');
  if (Array.isArray(pick)) {
    let at = 0;
    for (const i of pick) {
      for (; at < i; at++) await press('Tab');
      await press('Space');
    }
  } else {
    await press('Space');
    for (let i = 0; i < pick; i++) await press('ArrowDown');
  }
  await press('Enter');
  await el.updateComplete;
}

function record(target: EventTarget = document) {
  const seen: [string, unknown][] = [];
  const listener = (e: Event) => seen.push([e.type, (e as CustomEvent).detail]);
  for (const type of EVENTS) target.addEventListener(type, listener);
  return { seen, stop: () => EVENTS.forEach((type) => target.removeEventListener(type, listener)) };
}

describe('<acupt-quiz>', () => {
  let warnings: ReturnType<typeof captureWarnings>;
  beforeEach(() => {
    sessionStorage.clear();
    warnings = captureWarnings();
  });
  afterEach(() => {
    warnings.restore();
    sessionStorage.clear();
  });

  describe('keyboard-only walkthroughs', () => {
    const steps = Object.values(en.questions);

    for (const [service, picks, reasons] of [
      ['acupuncture', TO_ACUPUNCTURE, ['sharpPain', 'hardToMove', 'drugFree', 'quickRelief']],
      ['pt', TO_PT, ['recentInjury', 'posture', 'ptPrescribed', 'strength']],
      ['both', TO_BOTH, ['sharpPain', 'chronic', 'surgery', 'ptNotEnough', 'avoidNeedles', 'goalBoth']],
    ] as const) {
      it(`reaches "${en.result[service]}", focus and announcements following each screen`, async () => {
        const el = await mount(html`<input aria-label="before" /><acupt-quiz booking-url="https://clinic.example/book"></acupt-quiz>`);
        (el.previousElementSibling as HTMLInputElement).focus();
        await press('Tab');
        expect(focus(el)).to.equal(`button: ${en.start}`);
        await press('Enter');
        await el.updateComplete;
        for (const [i, pick] of picks.entries()) {
          expect(focus(el)).to.equal(`h2: ${steps[i]}`);
          expect(live(el)).to.equal(`Question ${i + 1} of 8`);
          expect(text($(el, '.progress'))).to.equal(`Question ${i + 1} of 8`);
          await answerByKeyboard(el, pick);
        }
        expect(focus(el)).to.equal(`h2: ${en.result[service]}`);
        expect(live(el)).to.equal(en.result[service]);
        // "Because you said": each answer that counted, quoted.
        const said = $$(el, '.screen > ul > li');
        expect(said.map((li) => text(li))).to.deep.equal(reasons.map((key) => labels[key]));
        expect(getComputedStyle(said[0]!.querySelector('q')!, '::before').content).to.equal('open-quote');
        expect($(el, 'acupt-book')!.getAttribute('service')).to.equal(service);
        expect(!!$(el, 'ol')).to.equal(service === 'both');
        expect(text($(el, '.root'))).to.contain(en.disclaimer);
      });
    }

    it('shows the week-by-week plan and the cautions with "Start with both"', async () => {
      const el = await mount(html`<acupt-quiz></acupt-quiz>`);
      await walk(el, TO_BOTH);
      expect($$(el, 'ol li').map(text)).to.deep.equal(en.weeks.map((row) => row.replace(':', '')));
      expect($$(el, 'ol strong').map(text)).to.deep.equal(['Weeks 1–2', 'Weeks 3–5', 'Week 6 on']);
      // The cautions quote the answers the acupuncturist must hear.
      expect(text($(el, '.cautions h3'))).to.equal(en.tell);
      expect($$(el, '.cautions q').map(text)).to.deep.equal([en.answers.avoidNeedles, en.answers.bleeding]);
    });

    it('moves between radio choices with the arrow keys and keeps answers on Back', async () => {
      const el = await mount(html`<acupt-quiz></acupt-quiz>`);
      await walk(el, [...SAFE, 0]);
      await answerByKeyboard(el, 2);
      expect(heading(el)).to.equal(en.questions.cause);
      await click(el, en.back);
      expect(heading(el)).to.equal(en.questions.duration);
      expect($$<HTMLInputElement>(el, 'input').map((i) => i.checked)).to.deep.equal([false, false, true]);
      await press('Tab');
      await press('ArrowUp');
      await press('Enter');
      await el.updateComplete;
      await click(el, en.back);
      expect($$<HTMLInputElement>(el, 'input').map((i) => i.checked)).to.deep.equal([false, true, false]);
    });

    it('asks for an answer instead of moving on without one', async () => {
      const el = await mount(html`<acupt-quiz></acupt-quiz>`);
      await click(el, en.start);
      await click(el, en.next);
      expect(heading(el)).to.equal(en.questions.signs);
      expect(text($(el, '[role="alert"]'))).to.equal(en.pick);
      expect($(el, 'fieldset')!.getAttribute('aria-describedby')).to.equal('error');
      await accessible(el);
      $$<HTMLInputElement>(el, 'input')[5]!.click();
      await el.updateComplete;
      expect(count(el, '[role="alert"]')).to.equal(0);
    });

    it('makes "None of these" and the signs exclude each other', async () => {
      const el = await mount(html`<acupt-quiz></acupt-quiz>`);
      await click(el, en.start);
      const ticked = () => $$<HTMLInputElement>(el, 'input').map((i) => i.checked);
      const tick = async (i: number) => {
        $$<HTMLInputElement>(el, 'input')[i]!.click();
        await el.updateComplete;
      };
      expect(text($$(el, 'label').at(-1)!)).to.equal(en.none);
      await tick(0);
      await tick(2);
      expect(ticked()).to.deep.equal([true, false, true, false, false, false]);
      await tick(5);
      expect(ticked()).to.deep.equal([false, false, false, false, false, true]);
      await tick(1);
      expect(ticked()).to.deep.equal([false, true, false, false, false, false]);
    });
  });

  describe('safety first', () => {
    for (const [level, picks, call] of [
      ['emergency', [[0]], true],
      ['emergency-or-urgent', [[3]], true],
      ['urgent', [[4]], false],
      ['doctor-today', [NONE_1, [0]], false],
      ['doctor-first', [NONE_1, [5]], false],
    ] as const) {
      it(`${level}: the right advice, the emergency number, no booking`, async () => {
        const el = await mount(html`<acupt-quiz emergency-number="999" booking-url="https://clinic.example/book" phone="5550102000"></acupt-quiz>`);
        const events = record();
        await walk(el, picks as unknown as Pick[]);
        events.stop();
        const advice = en.advice[level];
        expect(heading(el)).to.equal(advice);
        expect(text($(el, '.root')).includes(en.wait)).to.equal(call);
        expect(live(el)).to.equal(advice);
        expect(focus(el)).to.equal(`h2: ${advice}`);
        const tel = $$<HTMLAnchorElement>(el, 'a');
        expect(tel.map((a) => a.getAttribute('href'))).to.deep.equal(['tel:999']);
        expect(text(tel[0]!)).to.equal(call ? 'Call 999' : '999');
        if (!call) expect(text(tel[0]!.parentElement)).to.equal('If it suddenly gets worse, call 999.');
        expect(count(el, 'acupt-book')).to.equal(0);
        expect($$(el, 'button').map(text)).to.deep.equal([en.back, en.restart]);
        expect(events.seen.at(-1)).to.deep.equal(['acupt-quiz-complete', { recommendation: 'urgent-care', reasons: [] }]);
        await accessible(el);
      });
    }

    it('gives the most urgent advice that applies', async () => {
      const el = await mount(html`<acupt-quiz></acupt-quiz>`);
      await walk(el, [[4, 2]]);
      expect(heading(el)).to.equal(en.advice['emergency-or-urgent']);
    });

    it('ends at the first checklist with a tick, and Back returns to it', async () => {
      const el = await mount(html`<acupt-quiz></acupt-quiz>`);
      await walk(el, [NONE_1, [2, 3]]);
      expect(heading(el)).to.equal(en.advice['doctor-first']);
      await click(el, en.back);
      expect(heading(el)).to.equal(en.questions.checks);
      await answer(el, NONE_2);
      expect(heading(el)).to.equal(en.questions.kind);
    });

    it('defaults to 911 and refuses an emergency number that is not digits, with a warning', async () => {
      const el = await mount(html`<acupt-quiz emergency-number="911; call me"></acupt-quiz>`);
      // Reported on the first screen already, so a webmaster sees it without a warning sign ticked.
      expect(warnings.lines).to.deep.equal(['[acupt-widget] emergency-number="911; call me" is not a phone number; using 911.']);
      await walk(el, [[0]]);
      expect($<HTMLAnchorElement>(el, 'a')!.getAttribute('href')).to.equal('tel:911');
      el.setAttribute('emergency-number', '+44999');
      await el.updateComplete;
      expect($<HTMLAnchorElement>(el, 'a')!.getAttribute('href')).to.equal('tel:+44999');
    });
  });

  describe('progress survives a reload', () => {
    it('restores the step and the answers for a quiz with the same id, without events or focus', async () => {
      const el = await mount(html`<acupt-quiz id="resume"></acupt-quiz>`);
      await walk(el, [...SAFE, 0]);
      const parent = el.parentElement!;
      el.remove();
      (document.activeElement as HTMLElement | null)?.blur();
      const events = record();
      const again = document.createElement('acupt-quiz') as AcuptQuiz;
      again.id = 'resume';
      parent.append(again);
      await again.updateComplete;
      events.stop();
      expect(heading(again)).to.equal(en.questions.duration);
      expect(text($(again, '.progress'))).to.equal('Question 4 of 8');
      expect(events.seen).to.deep.equal([]);
      expect(document.activeElement === again, 'focus left alone').to.equal(false);
      await click(again, en.back);
      expect($$<HTMLInputElement>(again, 'input').map((i) => i.checked)).to.deep.equal([true, false]);
    });

    it('keeps the result until "Start over", which forgets everything', async () => {
      const el = await mount(html`<acupt-quiz id="kept"></acupt-quiz>`);
      await walk(el, TO_PT);
      const again = await mount(html`<acupt-quiz id="kept"></acupt-quiz>`);
      expect(heading(again)).to.equal(en.result.pt);
      await click(again, en.restart);
      expect(sessionStorage.getItem('acupt-quiz:kept')).to.equal(null);
      expect(heading(again)).to.equal(en.title);
      expect(focus(again)).to.equal(`h2: ${en.title}`);
      await click(again, en.start);
      expect($$<HTMLInputElement>(again, 'input').some((i) => i.checked)).to.equal(false);
    });

    it('keys a quiz without an id by its position among the quizzes', async () => {
      const wrap = await fixture<HTMLElement>(html`<div><acupt-quiz></acupt-quiz><acupt-quiz></acupt-quiz></div>`);
      const [, second] = [...wrap.querySelectorAll<AcuptQuiz>('acupt-quiz')];
      await walk(second!, [NONE_1]);
      expect(JSON.parse(sessionStorage.getItem('acupt-quiz:1')!)).to.deep.equal({ step: 2, answers: { signs: [] } });
      expect(sessionStorage.getItem('acupt-quiz:0')).to.equal(null);
    });

    for (const stored of [
      '{not json',
      '{"step":"3","answers":{}}',
      '{"step":4,"answers":{"signs":[],"checks":[],"kind":"<img src=x>"}}',
      '{"step":10,"answers":{"signs":"fever"}}',
      '"hello"',
    ]) {
      it(`ignores corrupt storage ${stored} and still works`, async () => {
        sessionStorage.setItem('acupt-quiz:bad', stored);
        const el = await mount(html`<acupt-quiz id="bad"></acupt-quiz>`);
        expect(heading(el)).to.equal(en.title);
        await walk(el, [NONE_1]);
        expect(heading(el)).to.equal(en.questions.checks);
        expect(JSON.parse(sessionStorage.getItem('acupt-quiz:bad')!)).to.deep.equal({ step: 2, answers: { signs: [] } });
      });
    }

    it('works when storage throws', async () => {
      const proto = Storage.prototype;
      const original = { getItem: proto.getItem, setItem: proto.setItem, removeItem: proto.removeItem };
      const boom = () => {
        throw new DOMException('blocked', 'SecurityError');
      };
      Object.assign(proto, { getItem: boom, setItem: boom, removeItem: boom });
      try {
        const el = await mount(html`<acupt-quiz id="blocked"></acupt-quiz>`);
        await walk(el, TO_ACUPUNCTURE);
        expect(heading(el)).to.equal(en.result.acupuncture);
        await click(el, en.restart);
        expect(heading(el)).to.equal(en.title);
      } finally {
        Object.assign(proto, original);
      }
    });
  });

  describe('events and privacy', () => {
    it('fires start, step and complete with exact details, only on user action', async () => {
      const el = await mount(html`<acupt-quiz></acupt-quiz>`);
      const events = record();
      await click(el, en.start);
      await click(el, en.next);
      await answer(el, NONE_1);
      await click(el, en.back);
      await click(el, en.next);
      for (const pick of TO_PT.slice(1)) await answer(el, pick);
      events.stop();
      const step = (n: number) => ['acupt-quiz-step', { step: n, count: 8 }];
      expect(events.seen).to.deep.equal([
        ['acupt-quiz-start', {}],
        step(1),
        step(2),
        step(1),
        step(2),
        ...[3, 4, 5, 6, 7, 8].map(step),
        ['acupt-quiz-complete', { recommendation: 'pt', reasons: ['recentInjury', 'posture', 'ptPrescribed', 'strength'] }],
      ]);
    });

    it('bubbles out of the shadow root', async () => {
      const el = await mount(html`<acupt-quiz></acupt-quiz>`);
      let event: Event | undefined;
      el.parentElement!.addEventListener('acupt-quiz-start', (e) => (event = e), { once: true });
      await click(el, en.start);
      expect([event?.bubbles, event?.composed]).to.deep.equal([true, true]);
    });

    it('pushes the same to window.dataLayer, never a warning sign', async () => {
      const layer: object[] = [];
      (window as { dataLayer?: object[] }).dataLayer = layer;
      try {
        const el = await mount(html`<acupt-quiz analytics="datalayer"></acupt-quiz>`);
        await walk(el, [NONE_1, [0, 2, 3]]);
        await click(el, en.restart);
        await walk(el, TO_BOTH);
        expect(layer).to.deep.equal([
          { event: 'acupt-quiz-start' },
          { event: 'acupt-quiz-step', step: 1, count: 8 },
          { event: 'acupt-quiz-step', step: 2, count: 8 },
          { event: 'acupt-quiz-complete', recommendation: 'urgent-care', reasons: [] },
          { event: 'acupt-quiz-start' },
          ...[1, 2, 3, 4, 5, 6, 7, 8].map((step) => ({ event: 'acupt-quiz-step', step, count: 8 })),
          {
            event: 'acupt-quiz-complete',
            recommendation: 'both',
            reasons: ['sharpPain', 'chronic', 'surgery', 'ptNotEnough', 'avoidNeedles', 'goalBoth'],
          },
        ]);
        const pushed = JSON.stringify(layer);
        for (const secret of [...Object.keys(FLAGS), ...LEVELS.filter((l) => l !== 'urgent'), 'urgency', 'signs', 'checks']) {
          expect(pushed).to.not.contain(secret);
        }
      } finally {
        delete (window as { dataLayer?: object[] }).dataLayer;
      }
    });

    it('makes no network request and puts nothing in the URL during the whole quiz', async () => {
      const calls: string[] = [];
      const saved = { fetch: window.fetch, open: XMLHttpRequest.prototype.open, beacon: navigator.sendBeacon };
      window.fetch = async (input: RequestInfo | URL) => {
        calls.push(`fetch ${String(input)}`);
        return new Response('');
      };
      XMLHttpRequest.prototype.open = function (_method: string, url: string | URL) {
        calls.push(`xhr ${String(url)}`);
      } as typeof XMLHttpRequest.prototype.open;
      navigator.sendBeacon = (url: string | URL) => (calls.push(`beacon ${String(url)}`), true);
      const resources: string[] = [];
      const observer = new PerformanceObserver((list) => resources.push(...list.getEntries().map((e) => e.name)));
      observer.observe({ type: 'resource' });
      const page = location.href;
      try {
        const el = await mount(
          html`<acupt-quiz analytics="datalayer" booking-url="https://clinic.example/book" phone="5550102000"></acupt-quiz>`,
        );
        await walk(el, TO_BOTH);
        await click(el, en.back);
        await click(el, en.next);
        await click(el, en.restart);
        await walk(el, [[1]]);
        await frame();
        resources.push(...observer.takeRecords().map((e) => e.name));
        expect(calls).to.deep.equal([]);
        expect(resources).to.deep.equal([]);
        expect(location.href).to.equal(page);
      } finally {
        Object.assign(window, { fetch: saved.fetch });
        XMLHttpRequest.prototype.open = saved.open;
        navigator.sendBeacon = saved.beacon;
      }
      // The observer does see a request when there is one.
      await (await saved.fetch.call(window, new URL(`./helpers.ts?probe=${Math.random()}`, import.meta.url))).text();
      await new Promise((r) => setTimeout(r, 50));
      expect([...resources, ...observer.takeRecords().map((e) => e.name)].join()).to.contain('helpers.ts');
      observer.disconnect();
    });
  });

  describe('booking hand-over', () => {
    it('hands its booking settings to the result\'s <acupt-book>', async () => {
      const el = await mount(html`<acupt-quiz
        booking-url="https://clinic.example/book"
        acupuncture-url="https://clinic.example/acu"
        pt-url="https://clinic.example/pt"
        phone="+15550102000"
        email="front@clinic.example"
        target="_blank"
        utm-source="site"
        forward-params="none"
        accent="rgb(123, 63, 160)"
        theme="dark"
      ></acupt-quiz>`);
      await walk(el, TO_ACUPUNCTURE);
      const book = $(el, 'acupt-book') as HTMLElement & { updateComplete: Promise<boolean> };
      expect(book.getAttributeNames()).to.deep.equal(['service']);
      expect(book.getAttribute('service')).to.equal('acupuncture');
      await book.updateComplete;
      const items = [...book.shadowRoot!.querySelectorAll<HTMLAnchorElement>('[role=menuitem]')];
      expect(items.map((a) => [a.getAttribute('href'), a.target])).to.deep.equal([
        ['https://clinic.example/acu?utm_source=site', '_blank'],
        ['tel:+15550102000', ''],
        ['mailto:front@clinic.example', ''],
      ]);
      const button = book.shadowRoot!.querySelector('[part=button]')!;
      expect(getComputedStyle(button).backgroundColor).to.equal('rgb(123, 63, 160)');
      expect(book.shadowRoot!.querySelector('.root')!.classList.contains('dark')).to.equal(true);
    });

    it('offers the phone alone when that is all the quiz has', async () => {
      const el = await mount(html`<acupt-quiz phone="+15550102000" booking-url=""></acupt-quiz>`);
      await walk(el, TO_PT);
      const book = $(el, 'acupt-book') as HTMLElement & { updateComplete: Promise<boolean> };
      await book.updateComplete;
      const links = [...book.shadowRoot!.querySelectorAll('a')].map((a) => a.getAttribute('href'));
      expect(links).to.deep.equal(['tel:+15550102000']);
    });
  });

  describe('content', () => {
    it('shows heading and clinic-name as plain text', async () => {
      const payload = '<img src=x onerror="window.pwned=1"><b>Hi</b>';
      const el = await mount(html`<acupt-quiz heading=${payload} clinic-name=${`${payload} Clinic`}></acupt-quiz>`);
      expect(heading(el)).to.equal(payload);
      expect(text($(el, '.eyebrow'))).to.equal(`${payload} Clinic`);
      expect(count(el, 'img, b')).to.equal(0);
      expect((window as { pwned?: number }).pwned).to.equal(undefined);
    });

    it('speaks Spanish all the way through', async () => {
      const es = quizCatalog.es;
      const el = await mount(html`<acupt-quiz lang="es" booking-url="https://clinic.example/book"></acupt-quiz>`);
      expect(heading(el)).to.equal(es.title);
      await click(el, es.start);
      expect(heading(el)).to.equal(es.questions.signs);
      expect(text($(el, '.progress'))).to.equal('Pregunta 1 de 8');
      expect(text($$(el, 'label').at(-1)!)).to.equal('Ninguna de estas');
      for (const pick of TO_PT) {
        $$<HTMLInputElement>(el, 'input')[([] as number[]).concat(pick)[0]!]!.click();
        await el.updateComplete;
        $<HTMLButtonElement>(el, '.nav .btn:last-child')!.click();
        await el.updateComplete;
      }
      expect(heading(el)).to.equal('Empiece con fisioterapia');
      expect(live(el)).to.equal('Empiece con fisioterapia');
      expect(text($$(el, '.screen > ul q')[0]!)).to.equal('Un tirón o una lesión leve');
      expect(text($(el, '.root'))).to.contain(es.disclaimer);
      expect($$(el, 'button').map(text)).to.deep.equal(['Atrás', 'Empezar de nuevo']);
      expect($(el, '.root')!.lang).to.equal('es');
    });
  });

  describe('accessibility and layout', () => {
    it('passes axe on the intro, a safety checklist, a question and each result', async () => {
      const el = await mount(html`<acupt-quiz booking-url="https://clinic.example/book" clinic-name="Riverside"></acupt-quiz>`);
      await accessible(el);
      await click(el, en.start);
      await accessible(el);
      await answer(el, NONE_1);
      await answer(el, NONE_2);
      await accessible(el);
      for (const picks of [TO_ACUPUNCTURE, TO_PT, TO_BOTH]) {
        const again = await mount(html`<acupt-quiz booking-url="https://clinic.example/book"></acupt-quiz>`);
        await walk(again, picks);
        await accessible(again);
      }
    });

    it('passes axe in dark mode', async () => {
      const el = await mount(html`<acupt-quiz theme="dark"></acupt-quiz>`);
      await walk(el, [...SAFE, 0, 0]);
      await accessible(el);
      const urgent = await mount(html`<acupt-quiz theme="dark"></acupt-quiz>`);
      await walk(urgent, [[1]]);
      await accessible(urgent);
      const both = await mount(html`<acupt-quiz theme="dark" phone="5550102000"></acupt-quiz>`);
      await walk(both, TO_BOTH);
      await accessible(both);
    });

    it('fits a 320 px screen with large touch targets', async () => {
      const phone = await viewport(320, 640, { html: '<acupt-quiz lang="es" booking-url="https://clinic.example/book"></acupt-quiz>' });
      try {
        const el = phone.doc.querySelector<AcuptQuiz>('acupt-quiz')!;
        const check = () => {
          const card = $(el, '.root')!;
          expect(card.scrollWidth, 'no sideways scroll').to.be.at.most(card.clientWidth);
          expect(card.getBoundingClientRect().right).to.be.at.most(320);
          for (const target of $$(el, 'label, .btn')) {
            expect(target.getBoundingClientRect().height, text(target)).to.be.at.least(48);
          }
        };
        check();
        await click(el, quizCatalog.es.start);
        check();
        for (const pick of TO_BOTH) await answer(el, pick);
        check();
      } finally {
        phone.frame.remove();
      }
    });

    it('keeps Back and Next in place from one question to the next', async () => {
      const el = await mount(html`<acupt-quiz></acupt-quiz>`);
      await walk(el, SAFE);
      const next = () => $(el, '.nav .btn:last-child')!.offsetTop;
      const at = next();
      // Every one-choice question, the checklist of "anything else" between them included.
      for (const pick of [0, 1, 2, 0, [7]]) {
        await answer(el, pick);
        if (!$(el, '[type=checkbox]')) expect(next(), heading(el)).to.equal(at);
      }
      expect(heading(el)).to.equal(en.questions.goal);
    });

    /** The animations running once a visitor has moved through a few screens and back. */
    const animationsOfAWalk = async () => {
      const el = await mount(html`<acupt-quiz></acupt-quiz>`);
      await walk(el, [NONE_1, NONE_2, 0]);
      await click(el, en.back);
      return root(el).getAnimations();
    };

    // emulateMedia goes through the DevTools Protocol: Chromium only. In every engine the two
    // tests after it check what the preference acts on: the style sheets, and script.
    if (engine() === 'chromium') {
      it('runs no animation for a visitor who prefers reduced motion', async () => {
        await emulateMedia({ reducedMotion: 'reduce' });
        try {
          expect(await animationsOfAWalk()).to.deep.equal([]);
        } finally {
          await emulateMedia({ reducedMotion: 'no-preference' });
        }
      });
    }

    it('declares animations, transitions and smooth scrolling only for a visitor without a reduced-motion preference', async () => {
      const wrap = await fixture<HTMLElement>(html`<div><acupt-quiz></acupt-quiz><acupt-compare></acupt-compare><acupt-book phone="5550102000" email="a@clinic.example"></acupt-book></div>`);
      const moving: string[] = [];
      const visit = (rules: CSSRuleList, allowed: boolean) => {
        for (const rule of rules) {
          const inside = allowed || (rule instanceof CSSMediaRule && /prefers-reduced-motion:\s*no-preference/.test(rule.conditionText));
          if (rule instanceof CSSStyleRule) {
            const { style } = rule;
            const moves =
              !/^(none|initial|unset|revert|)$/.test(style.getPropertyValue('animation-name')) ||
              style.getPropertyValue('transition-duration').split(',').some((d) => d.trim() && parseFloat(d) > 0) ||
              style.getPropertyValue('scroll-behavior') === 'smooth';
            if (moves && !inside) moving.push(rule.selectorText);
          }
          if ('cssRules' in rule) visit(rule.cssRules as CSSRuleList, inside);
        }
      };
      const sheets = [...wrap.children].flatMap((el) => el.shadowRoot!.adoptedStyleSheets);
      expect(sheets.length, 'style sheets read').to.be.greaterThan(2);
      for (const sheet of sheets) visit(sheet.cssRules, false);
      expect(moving).to.deep.equal([]);
    });

    it('starts no scripted animation when matchMedia says the visitor prefers reduced motion', async () => {
      const { matchMedia } = window;
      window.matchMedia = (query: string) => {
        const list = matchMedia.call(window, query);
        return /prefers-reduced-motion:\s*reduce/.test(query) ? Object.assign(Object.create(list), { matches: true, media: query }) : list;
      };
      try {
        // CSS animations follow the engine's own preference, which the style sheets test above covers.
        const scripted = (await animationsOfAWalk()).filter((a) => !(a instanceof CSSAnimation || a instanceof CSSTransition));
        expect(scripted).to.deep.equal([]);
      } finally {
        window.matchMedia = matchMedia;
      }
    });
  });

  describe('choices reused from screen to screen', () => {
    it('never carries a tick to the next checklist, even when answer and Next come in one task', async () => {
      const el = await mount(html`<acupt-quiz></acupt-quiz>`);
      const inputs = () => [...root(el).querySelectorAll<HTMLInputElement>('input')];
      const next = () => [...root(el).querySelectorAll<HTMLButtonElement>('.nav button')].at(-1)!.click();
      next();
      await el.updateComplete;
      // "None of these", then Next, as a script or a fast double event would: no render in between.
      inputs().at(-1)!.click();
      next();
      await el.updateComplete;
      await el.updateComplete;
      expect(heading(el)).to.equal(en.questions.checks);
      expect(inputs().map((input) => input.checked)).to.deep.equal(inputs().map(() => false));
    });
  });
});
