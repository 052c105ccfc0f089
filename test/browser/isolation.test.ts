// What the BUILT bundle leaves on the page it is pasted into. The page's first script
// (fixtures/page-probe.js) snapshots window and the built-ins and starts a MutationObserver on
// the whole document before the widget's <script> tag is even parsed; the suite then opens a
// tooltip, the Sources list, the book menu, walks the quiz to a recommendation (opening its
// book menu) and to urgent care, and lists every trace: globals, patched built-ins, elements
// defined, nodes added to or removed from the host document (even briefly), attribute changes
// (on <html>, <body> or anywhere in the light DOM), document-level style sheets and fonts,
// network requests and storage. Run on a plain page and on the strict-CSP page.
import { expect } from '@open-wc/testing';
import { $, $$, TO_BOTH, openPage, placed, walk, type Page } from './fixtures/widgets.js';
import { click, press } from './helpers.js';

const TAGS = ['acupt-book', 'acupt-quiz', 'acupt-compare'];
const PAGES = ['/test/browser/fixtures/isolation.html', '/test/browser/fixtures/strict.csp.html'];
/** The dev server's live-reload script, which it adds to every page it serves: no part of the page. */
const HARNESS = '/__web-dev-server';

/** A node as a short, readable name. */
function name(node: Node): string {
  if (node.nodeType === Node.TEXT_NODE) return `text ${JSON.stringify(node.textContent!.slice(0, 40))}`;
  if (!(node instanceof node.ownerDocument!.defaultView!.Element)) return node.nodeName;
  const el = node as Element;
  return `<${el.localName}${el.id ? `#${el.id}` : ''}${[...el.classList].map((c) => `.${c}`).join('')}>`;
}

/** The first place two strings differ, with some context. */
function difference(a: string, b: string): string {
  let i = 0;
  while (i < a.length && a[i] === b[i]) i++;
  return `source …${JSON.stringify(a.slice(Math.max(0, i - 60), i + 60))}… but live …${JSON.stringify(b.slice(Math.max(0, i - 60), i + 60))}…`;
}

/** Every trace left on the host page since the probe's snapshot, one line each; [] when none. */
function traces(page: Page, source: string): string[] {
  const { win, doc, probe } = page;
  const found: string[] = [];

  for (const key of Object.getOwnPropertyNames(win)) {
    if (!probe.globals.includes(key) && key !== 'AcuptWidget') found.push(`global window.${key}`);
  }
  for (const [target, keys] of Object.entries(probe.snapshotBuiltins())) {
    const before = probe.builtins[target]!;
    for (const key of keys) if (!before.includes(key)) found.push(`built-in ${target}: added ${key}`);
    for (const key of before) if (!keys.includes(key)) found.push(`built-in ${target}: removed ${key}`);
  }
  for (const tag of probe.defined) if (!TAGS.includes(tag)) found.push(`custom element <${tag}>`);

  // The parser's own insertions are in the records too: they are judged by the final comparison below.
  for (const record of [...probe.records, ...probe.observer.takeRecords()]) {
    if (record.type === 'attributes') {
      found.push(`attribute ${record.attributeName} changed on ${name(record.target)}`);
    } else if (record.type === 'characterData') {
      // The parser appends the newlines after </body> and </html> to one text node.
      if (record.target.textContent!.trim()) found.push(`text changed: ${name(record.target)}`);
    } else {
      for (const node of record.removedNodes) found.push(`removed ${name(node)} from ${name(record.target)}`);
      for (const node of record.addedNodes) if (!node.isConnected) found.push(`added, then removed: ${name(node)}`);
    }
  }
  const parsed = new DOMParser().parseFromString(source, 'text/html');
  const [want, have] = [parsed.documentElement.outerHTML, doc.documentElement.outerHTML];
  if (want !== have) found.push(`light DOM is not the page source: ${difference(want, have)}`);

  if (doc.adoptedStyleSheets.length) found.push(`${doc.adoptedStyleSheets.length} sheet(s) adopted by the document`);
  const sheets = parsed.querySelectorAll('style, link[rel=stylesheet]').length;
  // Sheets of elements: WebKit lists the adopted ones in styleSheets too.
  const ofElements = [...doc.styleSheets].filter((sheet) => sheet.ownerNode).length;
  if (ofElements !== sheets) found.push(`${ofElements} style sheets, the page has ${sheets}`);
  if (doc.fonts.size) found.push(`${doc.fonts.size} font face(s) added`);

  const own = [...parsed.querySelectorAll('script[src], link[href]')].map(
    (el) => new URL(el.getAttribute('src') ?? el.getAttribute('href')!, doc.baseURI).href,
  );
  for (const entry of win.performance.getEntriesByType('resource')) {
    if (!own.includes(entry.name) && !new URL(entry.name).pathname.startsWith(HARNESS)) found.push(`request ${entry.name}`);
  }

  const [was, now] = [probe.storage, probe.storageNow()];
  if (now.cookie !== was.cookie) found.push(`cookie ${JSON.stringify(now.cookie)}`);
  for (const key of now.local) if (!was.local.includes(key)) found.push(`localStorage ${key}`);
  // The quiz keeps its progress for the tab, under its own keys (documented).
  for (const key of now.session) if (!was.session.includes(key) && !key.startsWith('acupt-quiz:')) found.push(`sessionStorage ${key}`);
  return found;
}

/** Everything a visitor can open or walk through, each step checked to have happened. */
async function exercise({ doc }: Page) {
  const compare = doc.querySelector('acupt-compare')!;
  const info = $$(compare, '[part=info-button]')[0]!;
  const tip = $(compare, '[part=tooltip]')!;
  await click(info);
  await placed(tip);
  await press('Escape');
  expect(tip.matches(':popover-open')).to.equal(false);
  await click($(compare, 'summary')!);
  expect($<HTMLDetailsElement>(compare, 'details')!.open).to.equal(true);

  const book = doc.querySelector('acupt-book')!;
  await click($(book, 'button[part=button]')!);
  await placed($(book, '[part=menu]')!);
  await press('Escape');

  const quiz = doc.querySelector('acupt-quiz')!;
  await walk(quiz, TO_BOTH);
  const inner = $(quiz, 'acupt-book')!;
  await click($(inner, 'button[part=button]')!);
  await placed($(inner, '[part=menu]')!);
  await press('Escape');
  await walk(quiz, [[0]]);
  expect($(quiz, 'a.call'), 'urgent-care result').to.not.equal(null);
}

for (const src of PAGES) {
  describe(`isolation on ${src.split('/').pop()} (built bundle)`, () => {
    let page: Page;
    let source: string;

    before(async () => {
      sessionStorage.clear();
      source = await (await fetch(src)).text();
      page = await openPage(src, 1040, 780);
    });
    after(() => {
      page.frame.remove();
      sessionStorage.clear();
    });

    it('adds only window.AcuptWidget and its three elements', () => {
      expect(page.probe.defined).to.deep.equal(TAGS);
      const added = Object.getOwnPropertyNames(page.win).filter((key) => !page.probe.globals.includes(key));
      expect(added).to.deep.equal(['AcuptWidget']);
      const ns = page.win.AcuptWidget!;
      expect(Object.isFrozen(ns)).to.equal(true);
      expect(Object.keys(ns)).to.deep.equal(['version', 'elements', 'addLanguage']);
      expect(ns.elements).to.deep.equal(TAGS);
    });

    it('leaves no other trace once loaded', () => {
      expect(traces(page, source)).to.deep.equal([]);
    });

    it('leaves no trace through tooltip, Sources, book menu and both quiz endings', async () => {
      await exercise(page);
      expect(traces(page, source)).to.deep.equal([]);
      expect(page.probe.errors).to.deep.equal([]);
    });
  });
}

describe('a page that has Symbol.metadata of its own (built bundle)', () => {
  it('keeps it: the widget takes back only what its copy of Lit added', async () => {
    const page = await openPage('/test/browser/fixtures/own-metadata.html', 900, 400);
    const win = page.win as unknown as { Symbol: { metadata?: symbol }; pageMetadata: symbol };
    const same = win.Symbol.metadata === win.pageMetadata;
    const rendered = !!page.doc.querySelector('acupt-compare')!.shadowRoot?.querySelector('[part=table]');
    page.frame.remove();
    expect(same, 'Symbol.metadata is still the page’s').to.equal(true);
    expect(rendered).to.equal(true);
  });
});

describe('the isolation checks', () => {
  it('see each kind of trace a careless widget could leave (so none means none)', async () => {
    sessionStorage.clear();
    const src = PAGES[0]!;
    const page = await openPage(src, 600, 300);
    const source = await (await fetch(src)).text();
    const { win, doc } = page;
    expect(traces(page, source)).to.deep.equal([]);
    (win as unknown as Record<string, unknown>).careless = 1;
    Object.defineProperty(win.Element.prototype, 'careless', { value: 1, configurable: true });
    doc.head.append(doc.createElement('style'));
    const probe = doc.createElement('div');
    doc.body.append(probe);
    probe.remove();
    doc.body.setAttribute('style', 'overflow: hidden');
    doc.adoptedStyleSheets = [new win.CSSStyleSheet()];
    await (await win.fetch('/package.json')).text();
    await new Promise((r) => setTimeout(r, 50));
    win.sessionStorage.setItem('careless', '1');
    const found = traces(page, source);
    win.sessionStorage.removeItem('careless');
    page.frame.remove();
    for (const expected of [
      /^global window\.careless$/,
      /^built-in Element\.prototype: added careless$/,
      /^added, then removed: <div>$/,
      /^attribute style changed on <body\.page>$/,
      /^light DOM is not the page source/,
      /^1 sheet\(s\) adopted by the document$/,
      /^2 style sheets, the page has 1$/,
      /^request http.*\/package\.json$/,
      /^sessionStorage careless$/,
    ]) {
      expect(found.some((line) => expected.test(line)), `${expected} in ${JSON.stringify(found)}`).to.equal(true);
    }
  });
});
