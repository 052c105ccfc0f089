// With lang="es", no screen of any element shows, or names for screen readers, any text that
// exists only in the English catalogues: every state is translated, not just the first screen.
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/index.js';
import { bookCatalog } from '../catalogs.js';
import { compareCatalog } from '../catalogs.js';
import { common } from '../catalogs.js';
import { quizCatalog } from '../catalogs.js';
import { deep, frame } from './helpers.js';

type Widget = HTMLElement & { updateComplete: Promise<boolean> };

function leaves(value: unknown, out: string[] = []): string[] {
  if (typeof value === 'string') out.push(value);
  else if (value && typeof value === 'object') for (const v of Object.values(value)) leaves(v, out);
  return out;
}

// English texts whose Spanish differs ("Medicare" is the same in both, so it cannot tell).
const ENGLISH_ONLY = [common, compareCatalog, quizCatalog, bookCatalog].flatMap((catalogue) => {
  const es = new Set(leaves(catalogue.es));
  return leaves(catalogue.en).filter((text) => !es.has(text));
});

/** Everything an element shows or says: text, and the names and hints given to assistive technology. */
function said(el: Element): string[] {
  const out: string[] = [];
  for (const node of [el, ...deep(el)]) {
    if (node.shadowRoot) continue;
    for (const child of node.childNodes) if (child.nodeType === Node.TEXT_NODE && child.textContent!.trim()) out.push(child.textContent!.trim());
    for (const attr of ['aria-label', 'title', 'alt', 'placeholder']) {
      const value = node.getAttribute(attr);
      if (value) out.push(value);
    }
  }
  return out;
}

function expectSpanish(el: Element, screen: string) {
  const texts = said(el);
  expect(texts.length, `${screen}: nothing rendered`).to.be.greaterThan(0);
  const english = texts.filter((text) => ENGLISH_ONLY.some((en) => text === en || (en.length > 12 && text.includes(en))));
  expect(english, screen).to.deep.equal([]);
}

const buttons = (quiz: Element) => [...quiz.shadowRoot!.querySelectorAll<HTMLButtonElement>('.nav button')];
async function settle(el: Widget) {
  await el.updateComplete;
  for (const inner of deep(el).filter((n) => n.localName.startsWith('acupt-'))) await (inner as Widget).updateComplete;
  await frame();
}
async function next(quiz: Widget) {
  buttons(quiz).at(-1)!.click();
  await settle(quiz);
}
async function pick(quiz: Widget, ...indexes: number[]) {
  const options = [...quiz.shadowRoot!.querySelectorAll<HTMLInputElement>('input')];
  for (const i of indexes) {
    const option = options.at(i);
    expect(option, `option ${i} of ${options.length} on "${quiz.shadowRoot!.querySelector('h2')?.textContent}"`).to.not.equal(undefined);
    option!.click();
  }
  await next(quiz);
}

describe('Spanish on every screen', () => {
  beforeEach(() => sessionStorage.clear());
  after(() => sessionStorage.clear());

  it('has English-only texts to look for', () => {
    expect(ENGLISH_ONLY).to.include.members([common.en.disclaimer, quizCatalog.en.answers.bladder, compareCatalog.en.rows[0]!.info]);
  });

  for (const width of [320, 1000]) {
    it(`compare at ${width}px: table, every tooltip, the sources`, async () => {
      const wrap = await fixture<HTMLElement>(html`<div lang="es" style="width: ${width}px"><acupt-compare highlight="both" clinic-name="Clínica Norte"></acupt-compare></div>`);
      const el = wrap.firstElementChild as Widget;
      await settle(el);
      expectSpanish(el, `compare ${width}px`);
    });
  }

  it('book: the link, the menu and the new-tab hint', async () => {
    const wrap = await fixture<HTMLElement>(html`<div lang="es">
      <acupt-book booking-url="https://clinic.example" target="_blank"></acupt-book>
      <acupt-book booking-url="https://clinic.example" phone="5550102000" email="hola@clinica.example"></acupt-book>
      <acupt-book phone="5550102000"></acupt-book>
    </div>`);
    for (const el of wrap.children) {
      await settle(el as Widget);
      expectSpanish(el, `book ${el.outerHTML}`);
    }
  });

  const walks: [string, number[][]][] = [
    ['physical therapy', [[-1], [-1], [1], [0], [0], [0], [-1], [1]]],
    ['acupuncture', [[-1], [-1], [0], [1], [2], [1], [3], [0]]],
    ['both', [[-1], [-1], [0], [2], [1], [0], [0, 2], [2]]],
    ['urgent care', [[0]]],
    ['see a doctor first', [[-1], [4]]],
  ];
  for (const [result, answers] of walks) {
    it(`quiz: every screen on the way to "${result}", and the error`, async () => {
      const wrap = await fixture<HTMLElement>(html`<div lang="es"><acupt-quiz booking-url="https://clinic.example" phone="5550102000"></acupt-quiz></div>`);
      const quiz = wrap.firstElementChild as Widget;
      await settle(quiz);
      expectSpanish(quiz, 'intro');
      await next(quiz);
      for (const [i, indexes] of answers.entries()) {
        expectSpanish(quiz, `screen ${i + 1}`);
        if (i === 2) {
          await next(quiz);
          expectSpanish(quiz, `screen ${i + 1} with its error`);
        }
        await pick(quiz as Widget, ...indexes);
      }
      expect(quiz.shadowRoot!.querySelector('[part~=result]'), 'a result').to.not.equal(null);
      expectSpanish(quiz, `result: ${result}`);
    });
  }
});
