// The quiz's results as a visitor reads them, in English and Spanish: which notes, plans and
// cautions each kind of person sees, the "either" screen with a choice of two, what print, copy
// and email carry, axe at zero and every control reached by Tab. Clicks only (the same in
// every engine); key presses are Tab alone.
import { expect, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/index.js';
import type { AcuptQuiz } from '../../src/quiz/quiz.js';
import { bookCatalog, quizCatalog } from '../catalogs.js';
import { deep, fixture, frame } from './helpers.js';

type Widget = HTMLElement & { updateComplete: Promise<boolean> };
/** An answer per screen, by key: `[]` is "None of these" on a checklist. */
type Answer = string | string[];

const SAFE: Answer[] = [[], []];
const text = (node: Node | null | undefined) => node?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
const $$ = <T extends Element = HTMLElement>(el: Element, selector: string) => [...el.shadowRoot!.querySelectorAll<T>(selector)];
const $ = <T extends Element = HTMLElement>(el: Element, selector: string) => $$<T>(el, selector)[0];

async function settle(el: Widget) {
  await el.updateComplete;
  for (const inner of deep(el).filter((n) => n.localName.startsWith('acupt-'))) await (inner as Widget).updateComplete;
  await frame();
}

async function forward(quiz: AcuptQuiz) {
  $$<HTMLButtonElement>(quiz, '.nav button').at(-1)!.click();
  await settle(quiz);
}

/** Start, then each screen answered by key, Next after each. */
async function walk(quiz: AcuptQuiz, answers: Answer[]) {
  await forward(quiz);
  for (const answer of answers) {
    const inputs = $$<HTMLInputElement>(quiz, 'input');
    for (const key of [answer].flat().length ? [answer].flat() : ['']) {
      const input = inputs.find((i) => i.value === key);
      expect(input, `"${key}" on "${text($(quiz, 'h2'))}"`).to.not.equal(undefined);
      input!.click();
    }
    await forward(quiz);
  }
}

async function quizAt(answers: Answer[], lang = 'en'): Promise<AcuptQuiz> {
  sessionStorage.clear();
  const wrap = await fixture<HTMLElement>(
    html`<div lang=${lang}><acupt-quiz clinic-name="Harbor Back & Wellness" booking-url="https://booking.example.com/h" phone="+1 555 010 2000"></acupt-quiz></div>`,
  );
  const quiz = wrap.querySelector('acupt-quiz') as AcuptQuiz;
  await settle(quiz);
  await walk(quiz, answers);
  return quiz;
}

/** What the result shows, by kind: heading, notes, the reasons quoted, course or plan, cautions. */
function reading(quiz: AcuptQuiz) {
  return {
    heading: text($(quiz, 'h2')),
    notes: $$(quiz, '.note').map(text),
    reasons: $$(quiz, 'q').map(text),
    plan: $$(quiz, '[part=plan] li').length,
    cautions: $$(quiz, '.cautions li').map(text),
    books: $$<Widget>(quiz, 'acupt-book').map((b) => `${b.getAttribute('service')} ${text($(b, '[part~=button]'))}`),
  };
}

for (const lang of ['en', 'es'] as const) {
  const s = quizCatalog[lang];
  const book = bookCatalog[lang];

  describe(`the quiz's results (${lang})`, () => {
    afterEach(() => sessionStorage.clear());

    it('sciatica for three weeks, open to needles: acupuncture, a short course, new pain gets better', async () => {
      const quiz = await quizAt([...SAFE, 'sharpPain', 'acute', 'noCause', 'hardToMove', 'ptNeither', 'noPreference', []], lang);
      expect(reading(quiz)).to.deep.equal({
        heading: s.result.acupuncture,
        notes: [s.notes.newPain],
        reasons: [s.answers.sharpPain, s.answers.hardToMove],
        plan: 0,
        cautions: [],
        books: [`acupuncture ${book.label}`],
      });
      expect($$(quiz, 'p').map(text)).to.include(s.short.acupuncture);
      await expect(quiz).to.be.accessible();
    });

    it('months of sharp pain worse when sitting, a pacemaker: both, with the week-by-week plan and the caution', async () => {
      const quiz = await quizAt([...SAFE, 'sharpPain', 'chronic', 'noCause', 'posture', 'ptNeither', 'noPreference', ['pacemaker']], lang);
      expect(reading(quiz)).to.deep.equal({
        heading: s.result.both,
        notes: [],
        reasons: [s.answers.sharpPain, s.answers.posture],
        plan: 3,
        cautions: [s.cautions.pacemaker],
        books: [`both ${book.label}`],
      });
      await expect(quiz).to.be.accessible();
    });

    it('after surgery, new sharp pain, and would rather avoid needles: physical therapy, the surgeon first, no "both reasonable"', async () => {
      const quiz = await quizAt([...SAFE, 'sharpPain', 'acute', 'surgery', 'hardToMove', 'ptNeither', 'avoidNeedles', ['pregnant', 'bleeding']], lang);
      expect(reading(quiz)).to.deep.equal({
        heading: s.result.pt,
        notes: [s.notes.surgeon, s.notes.newPain, s.notes.needlesLater],
        reasons: [s.answers.surgery, s.answers.avoidNeedles],
        plan: 0,
        // Pregnancy is for either practitioner; blood thinners only before acupuncture.
        cautions: [s.cautions.pregnant],
        books: [`pt ${book.label}`],
      });
      const choice = text($$(quiz, '.screen > p').find((p) => text(p).includes(s.yours))!);
      expect(choice.startsWith(s.reasonable), 'both reasonable is not said when one was ruled out').to.equal(false);
      await expect(quiz).to.be.accessible();
    });

    it('nothing points either way: either is a good start, both offered with their own book buttons', async () => {
      const quiz = await quizAt([...SAFE, 'dullPain', 'chronic', 'noCause', 'movingOk', 'ptNeither', 'noPreference', []], lang);
      const seen = reading(quiz);
      expect(seen.heading).to.equal(s.result.either);
      expect(seen.reasons, 'no "because you said"').to.deep.equal([]);
      expect(seen.books).to.deep.equal([`acupuncture ${s.bookAcupuncture}`, `pt ${s.bookPt}`]);
      expect($$(quiz, '.option h3').map(text)).to.deep.equal([s.acupuncture, s.pt]);
      const choice = text($$(quiz, '.screen > p').find((p) => text(p).includes(s.yours))!);
      expect(choice).to.equal(`${s.reasonable} ${s.yours} ${s.talk.replace('{clinic}', 'Harbor Back & Wellness')}`);
      await expect(quiz).to.be.accessible();
    });

    it('a history of cancer: call your doctor today, that it is a precaution, and no booking', async () => {
      const quiz = await quizAt([[], ['cancer']], lang);
      expect(reading(quiz)).to.deep.equal({ heading: s.advice['doctor-today'], notes: [s.notes.reassure], reasons: [], plan: 0, cautions: [], books: [] });
      expect(text($(quiz, 'p:has(a[href^="tel:"])'))).to.equal(s.worse.replace('{number}', '911'));
      await expect(quiz).to.be.accessible();
    });
  });
}

describe('taking the result away', () => {
  afterEach(() => sessionStorage.clear());
  const s = quizCatalog.en;
  const both = [...SAFE, 'sharpPain', 'chronic', 'noCause', 'posture', 'ptNeither', 'noPreference', ['pacemaker']];

  it('email: a mailto to nobody with the result as text, no buttons in it', async () => {
    const quiz = await quizAt(both);
    const link = $<HTMLAnchorElement>(quiz, '#email')!;
    expect(text(link)).to.equal(s.email);
    const url = new URL(link.href);
    expect([url.protocol, url.pathname]).to.deep.equal(['mailto:', '']);
    expect(url.searchParams.get('subject')).to.equal(s.subject);
    const body = url.searchParams.get('body')!.split('\n');
    expect(body[0]).to.equal(s.result.both);
    expect(body).to.include.members([s.because, `- ${s.answers.sharpPain}`, `- ${s.cautions.pacemaker}`, s.disclaimer]);
    expect(body.join(' ')).to.not.include(s.print).and.not.include(s.restart).and.not.include(bookCatalog.en.label);
  });

  it('copy: the same text to the clipboard, then "Copied" is announced', async () => {
    const quiz = await quizAt(both);
    const copied: string[] = [];
    const clipboard = navigator.clipboard;
    const original = clipboard.writeText;
    clipboard.writeText = async (value: string) => void copied.push(value);
    try {
      $$<HTMLButtonElement>(quiz, '.take button').find((b) => text(b) === s.copy)!.click();
      await new Promise((r) => setTimeout(r));
      await settle(quiz);
      expect(copied.length).to.equal(1);
      expect(copied[0]).to.equal(new URL($<HTMLAnchorElement>(quiz, '#email')!.href).searchParams.get('body'));
      expect(text($(quiz, '.take [role=status]'))).to.equal(s.copied);
    } finally {
      clipboard.writeText = original;
    }
  });

  it('print: a frame of its own holding the result alone, printed', async () => {
    const quiz = await quizAt(both);
    const printed: string[] = [];
    // The frame is made on the click and printed a task later: seen as it is added.
    const watch = new MutationObserver(() => {
      const frame = $<HTMLIFrameElement>(quiz, 'iframe');
      if (frame) frame.contentWindow!.print = () => void printed.push(frame.contentDocument!.body.innerText);
    });
    watch.observe(quiz.shadowRoot!, { childList: true });
    $$<HTMLButtonElement>(quiz, '.take button').find((b) => text(b) === s.print)!.click();
    await new Promise((r) => setTimeout(r, 50));
    watch.disconnect();
    expect(printed.length).to.equal(1);
    const frame = $<HTMLIFrameElement>(quiz, 'iframe')!;
    expect([frame.tabIndex, frame.getAttribute('aria-hidden')]).to.deep.equal([-1, 'true']);
    const page = frame.contentDocument!;
    expect(page.title).to.equal(s.result.both);
    expect(page.querySelectorAll('button, a, acupt-book, input').length, 'no controls on paper').to.equal(0);
    const lines = printed[0]!.split('\n').map((l) => l.trim()).filter(Boolean);
    expect(lines[0]).to.equal(s.result.both);
    expect(lines).to.include.members([s.answers.sharpPain, s.cautions.pacemaker, s.disclaimer]);
  });

  it('every control of a result is reached by Tab, in reading order', async () => {
    const quiz = await quizAt(both);
    const before = document.createElement('button');
    before.textContent = 'page';
    quiz.before(before);
    before.focus();
    const reached: string[] = [];
    const name = () => {
      let node: Element | null = document.activeElement;
      while (node?.shadowRoot?.activeElement) node = node.shadowRoot.activeElement;
      return text(node);
    };
    for (let i = 0; i < 6; i++) {
      await sendKeys({ press: 'Tab' });
      reached.push(name());
    }
    expect(reached).to.deep.equal([bookCatalog.en.label, s.print, s.copy, s.email, s.back, s.restart]);
  });
});
