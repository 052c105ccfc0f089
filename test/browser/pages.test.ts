// The BUILT scripts on pages as sites write them, each in a frame of its own: the script before
// or after an element with its JSON overrides; language add-ons before or after the core, twice,
// of another version, or late; a table in a block theme's 610–650 px column; a book button
// alone in a block theme's column. Console output is recorded by the page's first script.
import { expect } from '@open-wc/testing';
import { flatten } from '../../src/i18n/pack.js';
import fr from '../../src/i18n/translations/fr.js';
import { compareCatalog, quizCatalog } from '../catalogs.js';

type Widget = HTMLElement & { updateComplete: Promise<boolean> };
interface Page {
  frame: HTMLIFrameElement;
  doc: Document;
  win: Window & { warned: string[]; AcuptWidget?: { version: string } };
}

const RECORD = `<script>warned = []; const warn = console.warn; console.warn = (...a) => { warned.push(a.join(' ')); warn.apply(console, a); };</script>`;
const CORE = '<script src="/dist/acupt-widget.js"></script>';
const FR = '<script src="/dist/acupt-widget.fr.js"></script>';
const { version } = (await (await fetch('/package.json')).json()) as { version: string };

/** A page of its own in a frame `width` px wide, once every element on it has rendered. */
async function open(body: string, width = 900, css = ''): Promise<Page> {
  const frame = document.createElement('iframe');
  frame.style.cssText = `width: ${width}px; height: 700px; border: 0`;
  frame.srcdoc = `<!doctype html><html lang="en"><head><meta charset="utf-8">${RECORD}<style>body { margin: 0; font: 16px/1.5 sans-serif } ${css}</style></head><body>${body}</body></html>`;
  const loaded = new Promise((r) => frame.addEventListener('load', r, { once: true }));
  document.body.append(frame);
  await loaded;
  const win = frame.contentWindow as Page['win'];
  await settled(win.document);
  return { frame, doc: win.document, win };
}

async function settled(doc: Document) {
  const all = () => [...doc.querySelectorAll<Widget>('acupt-compare, acupt-quiz, acupt-book')];
  for (let i = 0; i < 50 && !all().every((el) => el.shadowRoot?.childElementCount || el.hasAttribute('empty')); i++) await tick(doc);
  await Promise.all(all().map((el) => el.updateComplete));
  await tick(doc);
}
const tick = (doc: Document) => new Promise((r) => doc.defaultView!.requestAnimationFrame(() => setTimeout(r)));
const rowLabels = (compare: Element) => [...compare.shadowRoot!.querySelectorAll('th[scope=row]')].map((th) => th.getAttribute('aria-label'));
const title = (quiz: Element) => quiz.shadowRoot!.querySelector('h2')!.textContent!.trim();

let pages: Page[] = [];
afterEach(() => {
  for (const page of pages) page.frame.remove();
  pages = [];
});
const page = async (...args: Parameters<typeof open>) => {
  const p = await open(...args);
  pages.push(p);
  return p;
};

describe('parse order does not matter (built bundle)', () => {
  // The parser stops inside the element before its JSON (as at a network chunk boundary): an element
  // that rendered then would check rows before the row it adds exists.
  const COMPARE = `<acupt-compare rows="pain cost evidence"><script src="/test/browser/fixtures/pause.js"></script><script type="application/json">
    { "rows": [{ "key": "cost", "label": "Cost per visit", "acupuncture": "$85", "pt": "$110", "both": "$170" }] }
  </script></acupt-compare>`;

  for (const [order, body] of [
    ['script before the element', CORE + COMPARE],
    ['script after the element', COMPARE + CORE],
  ]) {
    it(`${order}: the row the overrides add is known when rows is checked, with no warning`, async () => {
      const { doc, win } = await page(body);
      expect(rowLabels(doc.querySelector('acupt-compare')!)).to.deep.equal(['Pain relief', 'Cost per visit', 'What the evidence says']);
      expect(win.warned).to.deep.equal([]);
    });
  }

  it('a key nobody adds is still reported, once', async () => {
    const { win } = await page(`${CORE}<acupt-compare rows="pain cost"></acupt-compare>`);
    expect(win.warned.filter((w) => w.includes('cost'))).to.have.length(1);
  });
});

describe('language add-ons (built scripts)', () => {
  const QUIZ = '<acupt-quiz lang="fr"></acupt-quiz><acupt-compare lang="fr"></acupt-compare>';

  for (const [order, body] of [
    ['the add-on after the core', CORE + FR + QUIZ],
    ['the add-on before the core', FR + CORE + QUIZ],
    ['the add-on in the head, the core at the end of the body', FR + QUIZ + CORE],
  ]) {
    it(`${order}: French from the first render, no warning, one namespace`, async () => {
      const { doc, win } = await page(body);
      expect(title(doc.querySelector('acupt-quiz')!)).to.equal(fr.quiz.title);
      expect(rowLabels(doc.querySelector('acupt-compare')!)[0]).to.equal(fr.compare.rows[0]!.label);
      expect(win.warned).to.deep.equal([]);
      expect(Object.keys(win.AcuptWidget!).sort()).to.deep.equal(['addLanguage', 'elements', 'version']);
    });
  }

  it('a second copy of an add-on is ignored without a word', async () => {
    const { doc, win } = await page(CORE + FR + FR + QUIZ);
    expect(title(doc.querySelector('acupt-quiz')!)).to.equal(fr.quiz.title);
    expect(win.warned).to.deep.equal([]);
  });

  it('an add-on of another version is ignored with one warning, as the core’s second copy is', async () => {
    const code = (await (await fetch('/dist/acupt-widget.fr.js')).text()).replaceAll(`"version":"${version}"`, '"version":"0.0.9"');
    const url = URL.createObjectURL(new Blob([code], { type: 'text/javascript' }));
    const { doc, win } = await page(`${CORE}<script src="${url}"></script><acupt-quiz lang="fr"></acupt-quiz>`);
    expect(title(doc.querySelector('acupt-quiz')!)).to.equal(quizCatalog.en.title);
    expect(win.warned.filter((w) => w.includes('version'))).to.deep.equal([
      `[acupt-widget] the fr add-on of version 0.0.9 was ignored: it must be ${version}, as the core.`,
    ]);
    URL.revokeObjectURL(url);
  });

  it('elements already on the page switch when the add-on arrives later', async () => {
    const { doc } = await page(CORE + QUIZ);
    expect(title(doc.querySelector('acupt-quiz')!)).to.equal(quizCatalog.en.title);
    const script = doc.createElement('script');
    script.src = '/dist/acupt-widget.fr.js';
    await new Promise((r) => {
      script.onload = r;
      doc.head.append(script);
    });
    await settled(doc);
    expect(title(doc.querySelector('acupt-quiz')!)).to.equal(fr.quiz.title);
  });

  it('carries every text of its language, in the English order', async () => {
    const code = await (await fetch('/dist/acupt-widget.fr.js')).text();
    const texts = JSON.parse(/"texts":(\[.*\])\}/.exec(code)![1]!) as string[];
    expect(texts).to.deep.equal(flatten(fr));
  });
});

describe('in a block theme’s content column (built bundle)', () => {
  // As WordPress's block themes lay out post content: each child constrained and centred.
  const THEME = `.entry { padding: 0 20px } .entry > * { max-width: var(--column); margin-left: auto !important; margin-right: auto !important }`;

  for (const column of [610, 650]) {
    it(`a ${column} px column holds a real table, every cell readable`, async () => {
      const { doc } = await page(`${CORE}<div class="entry" style="--column: ${column}px"><acupt-compare></acupt-compare></div>`, 1000, THEME);
      const table = doc.querySelector('acupt-compare')!.shadowRoot!.querySelector('table')!;
      expect(getComputedStyle(table).display, 'a table, not cards').to.equal('table');
      for (const cell of table.querySelectorAll('td, th')) expect(cell.scrollWidth, 'no cell overflows').to.be.at.most(cell.clientWidth + 1);
    });
  }

  it('a button alone in the column lines up with the text of the column; one in a sentence flows with it', async () => {
    const { doc } = await page(
      `${CORE}<div class="entry" style="--column: 650px"><p id="text">Ready to start?</p><acupt-book id="alone" phone="5550102000"></acupt-book>
      <p><acupt-book id="own" phone="5550102000"></acupt-book></p><p id="line">Or <acupt-book id="inline" phone="5550102000"></acupt-book> today.</p></div>`,
      1000,
      THEME,
    );
    const left = (id: string) => {
      const el = doc.getElementById(id)!;
      return Math.round((el.shadowRoot?.querySelector('[part~=button]') ?? el).getBoundingClientRect().left);
    };
    const column = left('text');
    expect(column, 'the column is centred').to.equal(Math.round((1000 - 650) / 2));
    expect([left('alone'), left('own')]).to.deep.equal([column, column]);
    expect(left('inline'), 'after "Or "').to.be.greaterThan(column);
    expect(['alone', 'own', 'inline'].map((id) => doc.getElementById(id)!.hasAttribute('block'))).to.deep.equal([true, true, false]);
  });
});

describe('the table by the width it is given (built bundle)', () => {
  for (const [width, display] of [
    [320, 'block'],
    [479, 'block'],
    [480, 'table'],
    [720, 'table'],
    [1000, 'table'],
  ] as const) {
    it(`${width} px: ${display === 'table' ? 'a table' : 'stacked cards'}`, async () => {
      const { doc } = await page(`${CORE}<div style="width: ${width}px"><acupt-compare></acupt-compare></div>`, 1040);
      const compare = doc.querySelector('acupt-compare')!;
      expect(getComputedStyle(compare.shadowRoot!.querySelector('table')!).display).to.equal(display);
      expect(compare.scrollWidth, 'nothing wider than its box').to.be.at.most(width);
      expect(compareCatalog.en.rows.length).to.equal(rowLabels(compare).length);
    });
  }
});
