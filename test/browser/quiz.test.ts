import { expect, html } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import type { TemplateResult } from 'lit';
import { LEVELS, STEPS, type Option } from '../../src/quiz/questions.js';
import type { AcuptQuiz } from '../../src/quiz/quiz.js';
import { quizCatalog } from '../catalogs.js';
import '../../src/index.js';
import { captureWarnings, engine, fixture, frame, press, settled, viewport } from './helpers.js';

// The repo has no mocha type package; these are the globals web-test-runner provides.
type Test = () => void | Promise<void>;
declare function describe(name: string, fn: () => void): void;
declare function it(name: string, fn: Test): void;
declare function beforeEach(fn: Test): void;
declare function afterEach(fn: Test): void;

const en = quizCatalog.en;
const labels: Record<string, string> = en.answers;
const EVENTS = ['acupt-quiz-start', 'acupt-quiz-step', 'acupt-quiz-complete'] as const;
/** The number of question screens: "Question n of 9". */
const COUNT = Object.keys(en.questions).length;

/** A choice per screen, by answer key; on a checklist, the keys to tick (`[]` ticks "None of these"). */
type Pick = Option | Option[];
const SAFE: Pick[] = [[], []];
const TO_ACUPUNCTURE: Pick[] = [...SAFE, 'sharpPain', 'subacute', 'noCause', 'hardToMove', 'ptNotEnough', 'preferCalm', []];
// New pain, so a short course; of the two cautions ticked only pregnancy is for a physical therapist.
const TO_PT: Pick[] = [...SAFE, 'dullPain', 'acute', 'recentInjury', 'posture', 'ptPrescribed', 'preferActive', ['pregnant', 'bleeding']];
// Over 12 weeks, so the week-by-week plan; both cautions are for the acupuncturist.
const TO_BOTH: Pick[] = [...SAFE, 'sharpPain', 'chronic', 'recentInjury', 'hardToMove', 'ptNeither', 'preferActive', ['bleeding', 'pacemaker']];
// Nothing points either way.
const TO_EITHER: Pick[] = [...SAFE, 'dullPain', 'subacute', 'noCause', 'movingOk', 'ptNeither', 'noPreference', []];

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
/** The result's take-away controls, as words: Print, Copy (where the clipboard API is), Email it to me. */
const takeAway = (el: AcuptQuiz) => $$(el, '.take .btn').map((b) => `${b.localName}: ${text(b)}`);
const TAKE_AWAY = [`button: ${en.print}`, ...(navigator.clipboard ? [`button: ${en.copy}`] : []), `a: ${en.email}`];
/** Waits a task: a save the quiz defers after a change (storage is slow) has run by then, so sessionStorage can be read. */
const afterSave = () => new Promise((r) => setTimeout(r));

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

/** The inputs a pick chooses on the screen shown: by value, "None of these" being the one without. */
function chosen(el: AcuptQuiz, pick: Pick): HTMLInputElement[] {
  const inputs = $$<HTMLInputElement>(el, 'input');
  const keys: string[] = Array.isArray(pick) ? (pick.length ? pick : ['']) : [pick];
  return keys.map((key) => {
    const input = inputs.find((i) => i.value === key);
    expect(input, `"${key}" on "${heading(el)}"`).to.not.equal(undefined);
    return input!;
  });
}

/** Answers the screen shown with the pointer, then presses Next. */
async function answer(el: AcuptQuiz, pick: Pick) {
  for (const input of chosen(el, pick)) input.click();
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
  const inputs = $$<HTMLInputElement>(el, 'input');
  const at = chosen(el, pick)
    .map((input) => inputs.indexOf(input))
    .sort((a, b) => a - b);
  await press('Tab');
  if (Array.isArray(pick)) {
    let on = 0;
    for (const i of at) {
      for (; on < i; on++) await press('Tab');
      await press('Space');
    }
  } else {
    await press('Space');
    for (let i = 0; i < at[0]!; i++) await press('ArrowDown');
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
  afterEach(async () => {
    warnings.restore();
    // A save still to come would leave progress for the next test's quiz.
    await afterSave();
    sessionStorage.clear();
  });

  describe('keyboard-only walkthroughs', () => {
    const steps = Object.values(en.questions);

    for (const [service, picks, reasons] of [
      ['acupuncture', TO_ACUPUNCTURE, ['sharpPain', 'hardToMove', 'ptNotEnough', 'preferCalm']],
      ['pt', TO_PT, ['recentInjury', 'posture', 'ptPrescribed', 'preferActive']],
      ['both', TO_BOTH, ['sharpPain', 'recentInjury', 'hardToMove', 'preferActive']],
      ['either', TO_EITHER, []],
    ] as const) {
      it(`reaches "${en.result[service]}", focus and announcements following each screen`, async () => {
        const el = await mount(html`<input aria-label="before" /><acupt-quiz booking-url="https://clinic.example/book"></acupt-quiz>`);
        (el.previousElementSibling as HTMLInputElement).focus();
        await press('Tab');
        expect(focus(el)).to.equal(`button: ${en.start}`);
        await press('Enter');
        await el.updateComplete;
        expect(picks.length, 'a pick per screen').to.equal(COUNT);
        for (const [i, pick] of picks.entries()) {
          expect(focus(el)).to.equal(`h2: ${steps[i]}`);
          expect(live(el)).to.equal(`Question ${i + 1} of 9`);
          expect(text($(el, '.progress'))).to.equal(`Question ${i + 1} of 9`);
          await answerByKeyboard(el, pick);
        }
        expect(focus(el)).to.equal(`h2: ${en.result[service]}`);
        expect(live(el)).to.equal(en.result[service]);
        // "Because you said": each answer that counted, quoted; none when nothing pointed either way.
        const said = $$(el, '.screen > ul > li');
        expect(said.map((li) => text(li))).to.deep.equal(reasons.map((key) => labels[key]));
        expect($$(el, '.screen > h3').map(text).includes(en.because), '"Because you said"').to.equal(service !== 'either');
        if (said.length) expect(getComputedStyle(said[0]!.querySelector('q')!, '::before').content).to.equal('open-quote');
        // One book button for the care suggested; for "either", one for each, labelled with what it books.
        const books = $$(el, 'acupt-book').map((b) => `${b.getAttribute('service')} ${b.getAttribute('label') ?? ''}`.trim());
        expect(books).to.deep.equal(service === 'either' ? [`acupuncture ${en.bookAcupuncture}`, `pt ${en.bookPt}`] : [service]);
        expect(!!$(el, 'ol'), 'the week-by-week plan').to.equal(service === 'both');
        expect(takeAway(el)).to.deep.equal(TAKE_AWAY);
        expect(text($(el, '.root'))).to.contain(en.disclaimer);
      });
    }

    it('shows the week-by-week plan and the cautions with "Start with both"; a short course and only the pregnancy caution with "Start with physical therapy"', async () => {
      const el = await mount(html`<acupt-quiz></acupt-quiz>`);
      await walk(el, TO_BOTH);
      expect(heading(el)).to.equal(en.result.both);
      expect($$(el, '[part=plan] li').map(text)).to.deep.equal(en.weeks);
      expect($$(el, '[part=plan] strong').map(text)).to.deep.equal(['Weeks 1–2:', 'Weeks 3–5:', 'Week 6 on:']);
      // The cautions the acupuncturist must hear, for the answers given.
      expect(text($(el, '.cautions h3'))).to.equal(en.tell);
      expect($$(el, '.cautions li').map(text)).to.deep.equal([en.cautions.bleeding, en.cautions.pacemaker]);
      expect($$(el, '.note').map(text), 'no note for pain of months').to.deep.equal([]);

      const pt = await mount(html`<acupt-quiz></acupt-quiz>`);
      await walk(pt, TO_PT);
      expect(heading(pt)).to.equal(en.result.pt);
      expect(count(pt, '[part=plan]')).to.equal(0);
      expect($$(pt, '.note').map(text)).to.deep.equal([en.notes.newPain]);
      expect($$(pt, '.screen > p').map(text)).to.include(en.short.pt);
      // Blood thinners matter before acupuncture, not to a physical therapist.
      expect($$(pt, '.cautions li').map(text)).to.deep.equal([en.cautions.pregnant]);
    });

    it('moves between radio choices with the arrow keys and keeps answers on Back', async () => {
      const el = await mount(html`<acupt-quiz></acupt-quiz>`);
      await walk(el, [...SAFE, 'sharpPain']);
      // Focus reaches the new screen's heading in the frame that shows it.
      await frame();
      await answerByKeyboard(el, 'chronic');
      expect(heading(el)).to.equal(en.questions.cause);
      await click(el, en.back);
      expect(heading(el)).to.equal(en.questions.duration);
      expect($$<HTMLInputElement>(el, 'input').map((i) => i.checked)).to.deep.equal([false, false, true]);
      await frame();
      await press('Tab');
      expect((root(el).activeElement as HTMLInputElement | null)?.value, 'the answer given, focused').to.equal('chronic');
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
      chosen(el, [])[0]!.click();
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
      ['emergency', [['bladder']], true],
      ['emergency-or-urgent', [['crash']], true],
      ['urgent', [['fever']], false],
      ['doctor-today', [[], ['cancer']], false],
      ['doctor-first', [[], ['slow']], false],
    ] as const) {
      it(`${level}: the right advice, the emergency number, no booking`, async () => {
        const el = await mount(html`<acupt-quiz emergency-number="999" booking-url="https://clinic.example/book" phone="5550102000"></acupt-quiz>`);
        const events = record();
        await walk(el, picks as unknown as Pick[]);
        await frame();
        events.stop();
        const advice = en.advice[level];
        expect(heading(el)).to.equal(advice);
        expect(text($(el, '.root')).includes(en.wait)).to.equal(call);
        // "See your doctor" advice says it is a precaution; the emergencies say nothing to slow anyone down.
        expect($$(el, '.note').map(text)).to.deep.equal(level.startsWith('doctor') ? [en.notes.reassure] : []);
        expect(live(el)).to.equal(advice);
        expect(focus(el)).to.equal(`h2: ${advice}`);
        // The one link is the emergency number: no booking, and no result to print, copy or email.
        const tel = $$<HTMLAnchorElement>(el, 'a');
        expect(tel.map((a) => a.getAttribute('href'))).to.deep.equal(['tel:999']);
        expect(text(tel[0]!)).to.equal(call ? 'Call 999' : '999');
        if (!call) expect(text(tel[0]!.parentElement)).to.equal('If it suddenly gets worse, call 999.');
        expect(count(el, 'acupt-book')).to.equal(0);
        expect(count(el, '.take')).to.equal(0);
        expect($$(el, 'button').map(text)).to.deep.equal([en.back, en.restart]);
        expect(text($(el, '.root'))).to.contain(en.disclaimer);
        expect(events.seen.at(-1)).to.deep.equal(['acupt-quiz-complete', { recommendation: 'urgent-care', reasons: [] }]);
        await accessible(el);
      });
    }

    it('gives the most urgent advice that applies', async () => {
      const el = await mount(html`<acupt-quiz></acupt-quiz>`);
      await walk(el, [['fever', 'weakness']]);
      expect(heading(el)).to.equal(en.advice['emergency-or-urgent']);
    });

    it('ends at the first checklist with a tick, and Back returns to it', async () => {
      const el = await mount(html`<acupt-quiz></acupt-quiz>`);
      await walk(el, [[], ['night', 'age']]);
      expect(heading(el)).to.equal(en.advice['doctor-first']);
      await click(el, en.back);
      expect(heading(el)).to.equal(en.questions.checks);
      await answer(el, []);
      expect(heading(el)).to.equal(en.questions.kind);
    });

    it('defaults to 911 and refuses an emergency number that is not digits, with a warning', async () => {
      const el = await mount(html`<acupt-quiz emergency-number="911; call me"></acupt-quiz>`);
      // Reported on the first screen already, so a webmaster sees it without a warning sign ticked.
      expect(warnings.lines).to.deep.equal(['[acupt-widget] emergency-number="911; call me" is not a phone number; using 911.']);
      await walk(el, [['bladder']]);
      expect($<HTMLAnchorElement>(el, 'a')!.getAttribute('href')).to.equal('tel:911');
      el.setAttribute('emergency-number', '+44999');
      await el.updateComplete;
      expect($<HTMLAnchorElement>(el, 'a')!.getAttribute('href')).to.equal('tel:+44999');
    });
  });

  describe('progress survives a reload', () => {
    it('restores the step and the answers for a quiz with the same id, without events or focus', async () => {
      const el = await mount(html`<acupt-quiz id="resume"></acupt-quiz>`);
      await walk(el, [...SAFE, 'sharpPain']);
      await afterSave();
      const parent = el.parentElement!;
      el.remove();
      (document.activeElement as HTMLElement | null)?.blur();
      const events = record();
      const again = document.createElement('acupt-quiz') as AcuptQuiz;
      again.id = 'resume';
      parent.append(again);
      await again.updateComplete;
      // Long enough for a focus, which the quiz would move in the frame after its update.
      await frame();
      events.stop();
      expect(heading(again)).to.equal(en.questions.duration);
      expect(text($(again, '.progress'))).to.equal('Question 4 of 9');
      expect(events.seen).to.deep.equal([]);
      expect(document.activeElement === again, 'focus left alone').to.equal(false);
      await click(again, en.back);
      expect($$<HTMLInputElement>(again, 'input').map((i) => `${i.value} ${i.checked}`)).to.deep.equal(['sharpPain true', 'dullPain false']);
    });

    it('keeps the result until "Start over", which forgets everything', async () => {
      const el = await mount(html`<acupt-quiz id="kept"></acupt-quiz>`);
      await walk(el, TO_PT);
      await afterSave();
      const again = await mount(html`<acupt-quiz id="kept"></acupt-quiz>`);
      expect(heading(again)).to.equal(en.result.pt);
      expect($$(again, '.cautions li').map(text), 'the answers restored with it').to.deep.equal([en.cautions.pregnant]);
      await click(again, en.restart);
      await afterSave();
      expect(sessionStorage.getItem('acupt-quiz:kept')).to.equal(null);
      expect(heading(again)).to.equal(en.title);
      await frame();
      expect(focus(again)).to.equal(`h2: ${en.title}`);
      await click(again, en.start);
      expect($$<HTMLInputElement>(again, 'input').some((i) => i.checked)).to.equal(false);
    });

    it('keys a quiz without an id by its position among the quizzes', async () => {
      const wrap = await fixture<HTMLElement>(html`<div><acupt-quiz></acupt-quiz><acupt-quiz></acupt-quiz></div>`);
      const [, second] = [...wrap.querySelectorAll<AcuptQuiz>('acupt-quiz')];
      await walk(second!, [[]]);
      await afterSave();
      expect(JSON.parse(sessionStorage.getItem('acupt-quiz:1')!)).to.deep.equal({ step: 2, answers: { signs: [] } });
      expect(sessionStorage.getItem('acupt-quiz:0')).to.equal(null);
    });

    for (const stored of [
      '{not json',
      '{"step":"3","answers":{}}',
      '{"step":4,"answers":{"signs":[],"checks":[],"kind":"<img src=x>"}}',
      '{"step":10,"answers":{"signs":"fever"}}',
      // Progress saved by the quiz before its redesign: a screen it no longer has.
      '{"step":9,"answers":{"signs":[],"checks":[],"kind":"sharpPain","about":["drugFree"],"goal":"goalBoth"}}',
      '"hello"',
    ]) {
      it(`ignores corrupt storage ${stored} and still works`, async () => {
        sessionStorage.setItem('acupt-quiz:bad', stored);
        const el = await mount(html`<acupt-quiz id="bad"></acupt-quiz>`);
        expect(heading(el)).to.equal(en.title);
        await walk(el, [[]]);
        expect(heading(el)).to.equal(en.questions.checks);
        await afterSave();
        expect(JSON.parse(sessionStorage.getItem('acupt-quiz:bad')!)).to.deep.equal({ step: 2, answers: { signs: [] } });
      });
    }

    it('never skips a question: a saved step beyond the answers resumes at the first unanswered screen', async () => {
      sessionStorage.setItem('acupt-quiz:ahead', '{"step":10,"answers":{"signs":[],"checks":[],"kind":"sharpPain"}}');
      const el = await mount(html`<acupt-quiz id="ahead"></acupt-quiz>`);
      expect(heading(el)).to.equal(en.questions.duration);
      expect(text($(el, '.progress'))).to.equal('Question 4 of 9');
    });

    it('works when storage throws', async () => {
      const proto = Storage.prototype;
      const original = { getItem: proto.getItem, setItem: proto.setItem, removeItem: proto.removeItem };
      const calls: string[] = [];
      const boom = (name: string) => () => {
        calls.push(name);
        throw new DOMException('blocked', 'SecurityError');
      };
      Object.assign(proto, { getItem: boom('getItem'), setItem: boom('setItem'), removeItem: boom('removeItem') });
      try {
        const el = await mount(html`<acupt-quiz id="blocked"></acupt-quiz>`);
        await walk(el, TO_ACUPUNCTURE);
        // Each save has run, and thrown, while storage was blocked.
        await afterSave();
        expect(heading(el)).to.equal(en.result.acupuncture);
        await click(el, en.restart);
        await afterSave();
        expect(heading(el)).to.equal(en.title);
        expect([...new Set(calls)]).to.deep.equal(['getItem', 'setItem', 'removeItem']);
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
      await answer(el, []);
      await click(el, en.back);
      await click(el, en.next);
      for (const pick of TO_PT.slice(1)) await answer(el, pick);
      events.stop();
      const step = (n: number) => ['acupt-quiz-step', { step: n, count: 9 }];
      expect(events.seen).to.deep.equal([
        ['acupt-quiz-start', {}],
        step(1),
        step(2),
        step(1),
        step(2),
        ...[3, 4, 5, 6, 7, 8, 9].map(step),
        ['acupt-quiz-complete', { recommendation: 'pt', reasons: ['recentInjury', 'posture', 'ptPrescribed', 'preferActive'] }],
      ]);
    });

    it('says "either" with no reasons, and "urgent-care" with no reasons, on the page', async () => {
      const el = await mount(html`<acupt-quiz></acupt-quiz>`);
      const events = record();
      await walk(el, TO_EITHER);
      await click(el, en.restart);
      await walk(el, [[], ['weight']]);
      events.stop();
      expect(events.seen.filter(([type]) => type === 'acupt-quiz-complete')).to.deep.equal([
        ['acupt-quiz-complete', { recommendation: 'either', reasons: [] }],
        ['acupt-quiz-complete', { recommendation: 'urgent-care', reasons: [] }],
      ]);
    });

    it('bubbles out of the shadow root', async () => {
      const el = await mount(html`<acupt-quiz></acupt-quiz>`);
      let event: Event | undefined;
      el.parentElement!.addEventListener('acupt-quiz-start', (e) => (event = e), { once: true });
      await click(el, en.start);
      expect([event?.bubbles, event?.composed]).to.deep.equal([true, true]);
    });

    it('pushes the funnel only to window.dataLayer: no answers, no reasons, no Back, nothing for a safety ending', async () => {
      const layer: object[] = [];
      (window as { dataLayer?: object[] }).dataLayer = layer;
      try {
        const el = await mount(html`<acupt-quiz analytics="datalayer"></acupt-quiz>`);
        const events = record();
        // A safety ending, Back to the checklist that ended it, and the ending again.
        await walk(el, [[], ['cancer', 'night', 'age']]);
        await click(el, en.back);
        await click(el, en.next);
        await click(el, en.restart);
        // "Both", with a Back on the way and a Back from the result.
        await walk(el, TO_BOTH.slice(0, 4));
        await click(el, en.back);
        await click(el, en.next);
        for (const pick of TO_BOTH.slice(4)) await answer(el, pick);
        await click(el, en.back);
        await click(el, en.next);
        events.stop();
        const step = (n: number) => ({ event: 'acupt-quiz-step', step: n, count: 9 });
        const both = { event: 'acupt-quiz-complete', recommendation: 'both' };
        expect(layer).to.deep.equal([
          { event: 'acupt-quiz-start' },
          step(1),
          step(2),
          { event: 'acupt-quiz-start' },
          ...[1, 2, 3, 4, 5].map(step),
          step(5),
          ...[6, 7, 8, 9].map(step),
          both,
          both,
        ]);
        // The page's own scripts heard all of it: the dataLayer was told less, not nothing happened.
        const urgent = ['acupt-quiz-complete', { recommendation: 'urgent-care', reasons: [] }];
        const reasons = ['sharpPain', 'recentInjury', 'hardToMove', 'preferActive'];
        const page = (n: number) => ['acupt-quiz-step', { step: n, count: 9 }];
        expect(events.seen).to.deep.equal([
          ['acupt-quiz-start', {}],
          page(1),
          page(2),
          urgent,
          page(2),
          urgent,
          ['acupt-quiz-start', {}],
          ...[1, 2, 3, 4, 5, 4, 5, 6, 7, 8, 9].map(page),
          ['acupt-quiz-complete', { recommendation: 'both', reasons }],
          page(9),
          ['acupt-quiz-complete', { recommendation: 'both', reasons }],
        ]);
        const pushed = JSON.stringify(layer);
        for (const secret of [...Object.keys(labels), ...LEVELS, ...STEPS.map((s) => s.id), 'urgency', 'reasons']) {
          expect(pushed, secret).to.not.contain(secret);
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
        await walk(el, TO_EITHER);
        await click(el, en.restart);
        await walk(el, [['numb']]);
        await afterSave();
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
      // The quiz sets only what is booked: the rest the book reads from the quiz. (`block` is the book's
      // own: alone on its line, it is a block.)
      expect(book.getAttributeNames()).to.deep.equal(['service', 'block']);
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

    it('hands them to both book buttons of "Either is a good place to start", each booking its own care', async () => {
      const el = await mount(html`<acupt-quiz
        booking-url="https://clinic.example/book"
        pt-url="https://clinic.example/pt"
        utm-source="site"
        forward-params="none"
      ></acupt-quiz>`);
      await walk(el, TO_EITHER);
      expect(heading(el)).to.equal(en.result.either);
      const books = $$<HTMLElement & { updateComplete: Promise<boolean> }>(el, 'acupt-book');
      for (const book of books) await book.updateComplete;
      expect(books.map((b) => b.getAttributeNames().sort())).to.deep.equal([
        ['block', 'label', 'service'],
        ['block', 'label', 'service'],
      ]);
      expect(
        books.map((b) => {
          const link = b.shadowRoot!.querySelector<HTMLAnchorElement>('a[part~=button]')!;
          return [b.getAttribute('service'), text(link), link.getAttribute('href')];
        }),
      ).to.deep.equal([
        ['acupuncture', en.bookAcupuncture, 'https://clinic.example/book?service=acupuncture&utm_source=site'],
        ['pt', en.bookPt, 'https://clinic.example/pt?utm_source=site'],
      ]);
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
      expect(text($(el, '.progress'))).to.equal('Pregunta 1 de 9');
      expect(text($$(el, 'label').at(-1)!)).to.equal('Ninguna de estas');
      for (const [i, pick] of TO_PT.entries()) {
        expect(heading(el)).to.equal(Object.values(es.questions)[i]);
        expect($$(el, 'label').map(text)).to.deep.equal([
          ...$$<HTMLInputElement>(el, 'input')
            .filter((input) => input.value)
            .map((input) => (es.answers as Record<string, string>)[input.value]),
          ...(Array.isArray(pick) ? [es.none] : []),
        ]);
        await answer(el, pick);
      }
      expect(heading(el)).to.equal('Empiece con fisioterapia (terapia física)');
      expect(live(el)).to.equal('Empiece con fisioterapia (terapia física)');
      expect(text($$(el, '.screen > ul q')[0]!)).to.equal('Una distensión o lesión leve reciente');
      expect($$(el, '.note').map(text)).to.deep.equal([es.notes.newPain]);
      expect($$(el, '.cautions li').map(text)).to.deep.equal([es.cautions.pregnant]);
      expect(text($(el, '.root'))).to.contain(es.disclaimer);
      expect($$(el, '.nav button').map(text)).to.deep.equal(['Atrás', 'Empezar de nuevo']);
      expect($$(el, '.take .btn').map(text)).to.deep.equal(['Imprimir', ...(navigator.clipboard ? ['Copiar'] : []), 'Enviármelo por correo']);
      expect($(el, '.root')!.lang).to.equal('es');
    });
  });

  describe('accessibility and layout', () => {
    it('passes axe on the intro, a safety checklist, a question, each result and a safety ending', async () => {
      const el = await mount(html`<acupt-quiz booking-url="https://clinic.example/book" clinic-name="Riverside"></acupt-quiz>`);
      await accessible(el);
      await click(el, en.start);
      await accessible(el);
      await answer(el, []);
      await answer(el, []);
      await accessible(el);
      for (const [result, picks] of [
        [en.result.acupuncture, TO_ACUPUNCTURE],
        [en.result.pt, TO_PT],
        [en.result.both, TO_BOTH],
        [en.result.either, TO_EITHER],
        [en.advice.emergency, [['numb']]],
        [en.advice['doctor-first'], [[], ['bones']]],
      ] as const) {
        const again = await mount(html`<acupt-quiz booking-url="https://clinic.example/book"></acupt-quiz>`);
        await walk(again, picks as unknown as Pick[]);
        expect(heading(again)).to.equal(result);
        await accessible(again);
      }
    });

    it('passes axe in dark mode', async () => {
      const el = await mount(html`<acupt-quiz theme="dark"></acupt-quiz>`);
      await walk(el, [...SAFE, 'sharpPain', 'acute']);
      await accessible(el);
      const urgent = await mount(html`<acupt-quiz theme="dark"></acupt-quiz>`);
      await walk(urgent, [['numb']]);
      await accessible(urgent);
      const both = await mount(html`<acupt-quiz theme="dark" phone="5550102000"></acupt-quiz>`);
      await walk(both, TO_BOTH);
      await accessible(both);
      const either = await mount(html`<acupt-quiz theme="dark" phone="5550102000" email="hello@clinic.example"></acupt-quiz>`);
      await walk(either, TO_EITHER);
      expect(heading(either)).to.equal(en.result.either);
      await accessible(either);
    });

    it('fits a 320 px screen with large touch targets', async () => {
      const phone = await viewport(320, 640, { html: '<acupt-quiz lang="es" booking-url="https://clinic.example/book"></acupt-quiz>' });
      try {
        const el = phone.doc.querySelector<AcuptQuiz>('acupt-quiz')!;
        const check = (state: string) => {
          const card = $(el, '.root')!;
          expect(card.scrollWidth, `${state}: no sideways scroll`).to.be.at.most(card.clientWidth);
          expect(card.getBoundingClientRect().right, state).to.be.at.most(320);
          const targets = $$(el, 'label, .btn');
          expect(targets.length, state).to.be.greaterThan(0);
          for (const target of targets) {
            expect(target.getBoundingClientRect().height, `${state}: ${text(target)}`).to.be.at.least(48);
          }
        };
        check('intro');
        await click(el, quizCatalog.es.start);
        check('first checklist');
        for (const pick of TO_BOTH) {
          await answer(el, pick);
          check(heading(el));
        }
        expect(heading(el)).to.equal(quizCatalog.es.result.both);
        // Both kinds of care side by side, each with its own button, on a phone too.
        await click(el, quizCatalog.es.restart);
        await click(el, quizCatalog.es.start);
        for (const pick of TO_EITHER) await answer(el, pick);
        await settled(phone.doc);
        expect(heading(el)).to.equal(quizCatalog.es.result.either);
        check(heading(el));
        for (const book of $$(el, 'acupt-book')) {
          const r = book.getBoundingClientRect();
          expect([r.left >= 0, r.right <= 320], `${book.getAttribute('service')} button on screen`).to.deep.equal([true, true]);
        }
      } finally {
        phone.frame.remove();
      }
    });

    it('keeps Back and Next in place from one question to the next', async () => {
      const el = await mount(html`<acupt-quiz></acupt-quiz>`);
      await walk(el, SAFE);
      const next = () => $(el, '.nav .btn:last-child')!.offsetTop;
      const at = next();
      // Every one-choice question, up to the last checklist.
      for (const pick of ['sharpPain', 'subacute', 'noCause', 'posture', 'ptNeither', 'noPreference'] as const) {
        await answer(el, pick);
        if (!$(el, '[type=checkbox]')) expect(next(), heading(el)).to.equal(at);
      }
      expect(heading(el)).to.equal(en.questions.health);
    });

    /** The animations running once a visitor has moved through a few screens and back. */
    const animationsOfAWalk = async () => {
      const el = await mount(html`<acupt-quiz></acupt-quiz>`);
      await walk(el, [...SAFE, 'sharpPain']);
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
