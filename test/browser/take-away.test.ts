// The BUILT bundle under the strict CSP (default-src 'self'; Trusted Types) on a page with a
// dataLayer: a French add-on loaded before the core works there; a result is printed, copied
// and emailed with no violation; and the dataLayer, which third parties read, learns the funnel
// only: never the answers, the reasons, or that the quiz ended on safety advice (brief §6).
import { expect } from '@open-wc/testing';
import fr from '../../src/i18n/translations/fr.js';
import { quizCatalog } from '../catalogs.js';

type Widget = HTMLElement & { updateComplete: Promise<boolean> };
interface Probe {
  violations: string[];
  errors: string[];
  warnings: string[];
}
type Win = Window & { acuptProbe: Probe; dataLayer: Record<string, unknown>[] };

const s = quizCatalog.en;
const text = (node: Node | null | undefined) => node?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
let frame: HTMLIFrameElement;
let win: Win;

const tick = () => new Promise((r) => win.requestAnimationFrame(() => setTimeout(r)));
const quiz = (id = 'quiz') => win.document.getElementById(id) as Widget;
const $$ = <T extends Element = HTMLElement>(el: Element, selector: string) => [...el.shadowRoot!.querySelectorAll<T>(selector)];
async function settle(el: Widget) {
  // The classic script registers each element in a task after its own.
  await win.customElements.whenDefined(el.localName);
  await el.updateComplete;
  for (const book of $$<Widget>(el, 'acupt-book')) await book.updateComplete;
  await tick();
}
async function forward(el: Widget) {
  $$<HTMLButtonElement>(el, '.nav button').at(-1)!.click();
  await settle(el);
}
/** Start, then each screen answered by key ("" is "None of these"). */
async function walk(el: Widget, answers: string[][]) {
  await forward(el);
  for (const keys of answers) {
    const inputs = $$<HTMLInputElement>(el, 'input');
    for (const key of keys) inputs.find((i) => i.value === key)!.click();
    await forward(el);
  }
}
/** Back to the first screen, from wherever the quiz is: Start over on a result, else Back. */
async function restart(el: Widget) {
  while (el.shadowRoot!.querySelectorAll('.nav button').length > 1) {
    const result = !!el.shadowRoot!.querySelector('[part~=result]');
    $$<HTMLButtonElement>(el, '.nav button')[result ? 1 : 0]!.click();
    await settle(el);
  }
  win.dataLayer.length = 0;
}

describe('taking a result away, under a strict CSP, with a dataLayer (built bundle)', () => {
  before(async () => {
    sessionStorage.clear();
    frame = document.createElement('iframe');
    frame.style.cssText = 'width: 900px; height: 700px; border: 0';
    frame.src = '/test/browser/fixtures/take-away.csp.html';
    const loaded = new Promise((r) => frame.addEventListener('load', r, { once: true }));
    document.body.append(frame);
    await loaded;
    win = frame.contentWindow as Win;
    for (const id of ['quiz', 'quiz-fr']) await settle(quiz(id));
  });
  after(() => {
    frame.remove();
    sessionStorage.clear();
  });
  afterEach(() => {
    expect(win.acuptProbe.violations, 'securitypolicyviolation events').to.deep.equal([]);
    expect(win.acuptProbe.errors, 'errors').to.deep.equal([]);
    expect(win.acuptProbe.warnings, 'warnings').to.deep.equal([]);
  });

  it('speaks French from an add-on loaded before the core', () => {
    expect(quiz('quiz-fr').shadowRoot!.querySelector('h2')!.textContent!.trim()).to.equal(fr.quiz.title);
  });

  it('a result: the dataLayer gets the start, each screen reached going forward, and the suggestion alone', async () => {
    await walk(quiz(), [[''], [''], ['sharpPain'], ['chronic']]);
    // Back, then Next again: a step the dataLayer is not told of, going back.
    $$<HTMLButtonElement>(quiz(), '.nav button')[0]!.click();
    await settle(quiz());
    await forward(quiz());
    for (const keys of [['noCause'], ['posture'], ['ptNeither'], ['noPreference'], ['pregnant']]) {
      const inputs = $$<HTMLInputElement>(quiz(), 'input');
      for (const key of keys) inputs.find((i) => i.value === key)!.click();
      await forward(quiz());
    }
    expect(text(quiz().shadowRoot!.querySelector('h2'))).to.equal(s.result.both);
    expect(win.dataLayer).to.deep.equal([
      { event: 'acupt-quiz-start' },
      ...[1, 2, 3, 4, 5, 5, 6, 7, 8, 9].map((step) => ({ event: 'acupt-quiz-step', step, count: 9 })),
      { event: 'acupt-quiz-complete', recommendation: 'both' },
    ]);
    expect(JSON.stringify(win.dataLayer)).to.not.match(/sharpPain|posture|pregnant|reasons/);
  });

  it('prints the result alone, in a frame of its own, with no violation', async () => {
    const printed: string[] = [];
    const watch = new MutationObserver(() => {
      const own = quiz().shadowRoot!.querySelector('iframe');
      if (own) own.contentWindow!.print = () => void printed.push(own.contentDocument!.body.innerText);
    });
    watch.observe(quiz().shadowRoot!, { childList: true });
    $$<HTMLButtonElement>(quiz(), '.take button').find((b) => text(b) === s.print)!.click();
    await new Promise((r) => setTimeout(r, 50));
    watch.disconnect();
    expect(printed).to.have.length(1);
    expect(printed[0]).to.include(s.result.both).and.include(s.cautions.pregnant);
    expect(printed[0]).to.not.include('A clinic page that must not print').and.not.include(s.print);
  });

  it('copies the result as text and emails it with the visitor’s own mail app, with no violation', async () => {
    const copied: string[] = [];
    Object.defineProperty(win.navigator.clipboard, 'writeText', { configurable: true, value: async (t: string) => void copied.push(t) });
    $$<HTMLButtonElement>(quiz(), '.take button').find((b) => text(b) === s.copy)!.click();
    await new Promise((r) => setTimeout(r));
    await settle(quiz());
    expect(copied).to.have.length(1);
    expect(copied[0]!.split('\n')[0]).to.equal(s.result.both);
    expect(text(quiz().shadowRoot!.querySelector('[role=status]'))).to.equal(s.copied);
    const mail = new URL(quiz().shadowRoot!.querySelector<HTMLAnchorElement>('#email')!.href);
    expect(mail.searchParams.get('body')).to.equal(copied[0]);
  });

  for (const [name, signs] of [
    ['an emergency sign', [['bladder']]],
    ['see your doctor first', [[''], ['slow']]],
  ] as const) {
    it(`a safety ending (${name}): the dataLayer holds nothing that says so`, async () => {
      await restart(quiz());
      await walk(quiz(), signs.map((k) => [...k]));
      expect(quiz().shadowRoot!.querySelector('a[href^="tel:"]'), 'the advice is shown').to.not.equal(null);
      // Back to the checklist that ended it, and on again: still nothing to tell it from a visitor who left.
      $$<HTMLButtonElement>(quiz(), '.nav button')[0]!.click();
      await settle(quiz());
      expect(win.dataLayer).to.deep.equal([
        { event: 'acupt-quiz-start' },
        ...signs.map((_, i) => ({ event: 'acupt-quiz-step', step: i + 1, count: 9 })),
      ]);
    });
  }
});
