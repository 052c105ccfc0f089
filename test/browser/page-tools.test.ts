// The built script on a long clinic page, where a table far below the first screen is laid out
// only as it comes near it and every first render is built in small tasks (README, Size and
// speed): the page's own tools must not notice. A link to #compare lands on the table and stays
// there; a table out of sight keeps its space; find in page reaches a table never scrolled to,
// printing prints it whole and a screen reader is given it.
import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import { engine, frame, loadScript, openFrame, settled, type Frame } from './helpers.js';

const PAGE = '/test/browser/fixtures/long-page.html';
/** The one row of the page that only the table at #compare has (its JSON overrides). */
const PARKING = 'Parking at the harbor';
const HEADING = 'Acupuncture or physical therapy for back pain?';

let opened: Frame | undefined;
afterEach(() => opened?.frame.remove());

/** The long page in a window `width` px wide, once every element has rendered and a few frames have passed. */
async function longPage(hash: string, width: number): Promise<Frame> {
  opened = await openFrame(`${PAGE}${hash}`, width, 700);
  await settled(opened.doc);
  await frames(opened.doc);
  return opened;
}

async function frames(doc: Document) {
  for (let i = 0; i < 5; i++) await frame(doc);
}

const tables = (doc: Document) => [...doc.querySelectorAll('acupt-compare')];
const target = (doc: Document) => doc.getElementById('compare')!;

for (const [device, width] of [['desktop', 1000], ['phone', 390]] as const) {
  describe(`a long page with the built script, ${device} (${width} px)`, () => {
    it('a link to #compare lands on the table, and it is still there once every element has rendered', async () => {
      const { doc } = await longPage('#compare', width);
      expect(target(doc).getBoundingClientRect().top).to.be.within(-1, 1);
    });

    it('a table out of sight keeps the sizing hint’s space, then the height it had when seen', async () => {
      const { doc, win } = await longPage('', width);
      const rem = parseFloat(win.getComputedStyle(doc.documentElement).fontSize);
      for (const table of tables(doc)) expect(table.getBoundingClientRect().height, 'a table never seen').to.equal(40 * rem);
      const [first] = tables(doc);
      first!.scrollIntoView();
      await frames(doc);
      const seen = first!.getBoundingClientRect().height;
      expect(seen, 'the table seen').to.be.greaterThan(40 * rem);
      target(doc).scrollIntoView();
      await frames(doc);
      // What is above a visitor does not move as they go back up.
      expect(first!.getBoundingClientRect().height, 'the same table, out of sight again').to.equal(seen);
    });
  });
}

// WebKitGTK's window.find searches no shadow tree, and its WebDriver cannot print: Chromium and Firefox.
if (engine() !== 'webkit') {
  describe('find in page and printing, a long page (built script)', () => {
    it('find in page reaches a row of a table far below the first screen, and shows it', async () => {
      const { doc, win } = await longPage('', 1000);
      expect((win as unknown as { find(text: string): boolean }).find(PARKING), 'found').to.equal(true);
      await frames(doc);
      const row = [...target(doc).querySelector('acupt-compare')!.shadowRoot!.querySelectorAll('th')].find((th) => th.textContent!.includes(PARKING))!;
      const { top, bottom } = row.getBoundingClientRect();
      expect(top >= 0 && bottom <= win.innerHeight, `the row is on screen (${top}–${bottom})`).to.equal(true);
    });

    it('prints the quiz and every table whole, those never scrolled to as well', async () => {
      const html = await (await fetch(PAGE)).text();
      const css = Object.assign(document.createElement('link'), { rel: 'stylesheet', href: '/test/browser/fixtures/long-page.css' });
      document.head.append(css);
      document.body.innerHTML = html.slice(html.indexOf('<body>') + 6, html.indexOf('<script src='));
      await loadScript('/dist/acupt-widget.js');
      await settled();
      window.scrollTo(0, 0);
      const text = (await executeServerCommand<string, undefined>('print'))!.replace(/\s+/g, ' ');
      document.body.innerHTML = '';
      css.remove();
      expect(text).to.include('Acupuncture, physical therapy, or both?');
      expect(text.split(HEADING).length - 1, 'tables').to.equal(2);
      expect(text).to.include(PARKING).and.include('Free lot').and.include('The end of the page.');
    });
  });
}

// The accessibility tree is read through the DevTools Protocol, in a Chromium of the command's own.
if (engine() === 'chromium') {
  describe('screen readers, a long page (built script)', () => {
    it('a screen reader is given every table, those never scrolled to as well', async () => {
      const nodes = (await executeServerCommand<string[], { path: string }>('ax', { path: PAGE }))!;
      expect(nodes.filter((n) => n === `table: ${HEADING}`), 'tables').to.have.length(2);
      expect(nodes).to.include(`rowheader: ${PARKING}`).and.include('heading: Acupuncture, physical therapy, or both?');
    });
  });
}
