import { expect, html } from '@open-wc/testing';
import { sendMouse } from '@web/test-runner-commands';
import '../../src/index.js';
import type { AcuptCompare } from '../../src/compare/compare.js';
import { compareCatalog } from '../catalogs.js';
import { placed } from './fixtures/widgets.js';
import { captureWarnings, click, contrast, fixture, frame, press, viewport, type Frame } from './helpers.js';

const all = <T extends Element = HTMLElement>(el: Element, sel: string) => [...el.shadowRoot!.querySelectorAll<T>(sel)];
const one = <T extends Element = HTMLElement>(el: Element, sel: string) => el.shadowRoot!.querySelector<T>(sel)!;
const text = (node: Element) => node.textContent!.replace(/\s+/g, ' ').trim();
/** The text a sighted visitor sees in an element, or '' when it is not on screen. */
const seen = (node: Element) =>
  node.checkVisibility() && node.getBoundingClientRect().width > 1 ? (node as HTMLElement).innerText.replace(/\s+/g, ' ').trim() : '';
/** A cell's own text, without a badge or the column label the stacked layout shows. */
const own = (node: Element) =>
  [...node.childNodes].filter((n) => n.nodeType === Node.TEXT_NODE).map((n) => n.textContent).join('').trim();
const columnHeaders = (el: Element) => all(el, 'th[scope="col"]').map(own);
const rowHeaders = (el: Element) => all(el, 'th[scope="row"]').map((th) => th.getAttribute('aria-label'));
const cells = (row: Element) => [...row.querySelectorAll('td')].map(own);
/** The colour a node's text is painted on: its own background or the nearest painted ancestor's. */
function ground(node: Element | null): string {
  for (; node; node = node.parentElement) {
    const back = getComputedStyle(node).backgroundColor;
    if (back !== 'rgba(0, 0, 0, 0)') return back;
  }
  return 'white';
}

const EN_ROWS = [
  'Pain relief',
  'What it focuses on',
  'A session',
  'Stress relief',
  'Long-term recovery',
  'Side effects',
  'Insurance',
  'What the evidence says',
];

describe('<acupt-compare>', () => {
  let warnings: ReturnType<typeof captureWarnings>;
  /** A window of another size a test opened. */
  let resized: Frame | undefined;
  beforeEach(() => (warnings = captureWarnings()));
  afterEach(() => {
    warnings.restore();
    resized?.frame.remove();
    resized = undefined;
  });

  describe('table semantics', () => {
    it('is a captioned table: a column header per treatment, a row header per criterion', async () => {
      const el = await fixture<AcuptCompare>(html`<acupt-compare></acupt-compare>`);
      const table = one(el, 'table');
      expect(table.getAttribute('role')).to.equal('table');
      expect(one(el, `#${table.getAttribute('aria-labelledby')}`).textContent).to.equal('Acupuncture or physical therapy for back pain?');
      expect(columnHeaders(el)).to.deep.equal(['Acupuncture', 'Physical therapy', 'Both together']);
      expect(rowHeaders(el)).to.deep.equal(EN_ROWS);
      const rows = all(el, 'tbody tr');
      expect(rows.map((tr) => tr.querySelectorAll('td').length)).to.deep.equal(Array(8).fill(3));
      expect(cells(rows[0]!)[0]).to.equal('May ease pain in the short term');
      expect(cells(rows[0]!)[2]).to.equal('Less pain may make exercise easier');
      expect(warnings.lines).to.deep.equal([]);
    });

    it('grades the evidence in its row, and says in its tooltip how the guidelines differ', async () => {
      const el = await fixture<AcuptCompare>(html`<acupt-compare rows="evidence"></acupt-compare>`);
      expect(cells(one(el, 'tbody tr'))).to.deep.equal([
        'Small benefit, low certainty; guidelines differ',
        'Exercise helps, moderate certainty',
        'Little studied together; each is a first choice in US guidelines',
      ]);
      const tip = one(el, '[popover]');
      expect(text(tip)).to.contain('Guidelines differ').and.contain('(ACP)').and.contain('(NICE) advises against acupuncture');
      expect(text(tip)).to.contain('Sources: ACP 2017, NICE NG59, Cochrane 2020, 2021');
    });
  });

  describe('columns, rows and highlight', () => {
    it('shows the columns listed, in their order, ignoring an unknown one with a warning', async () => {
      const el = await fixture<AcuptCompare>(html`<acupt-compare columns="pt acupuncture magic"></acupt-compare>`);
      expect(columnHeaders(el)).to.deep.equal(['Physical therapy', 'Acupuncture']);
      expect(cells(one(el, 'tbody tr'))).to.deep.equal(['Exercise probably eases pain', 'May ease pain in the short term']);
      expect(warnings.lines).to.deep.equal([
        '[acupt-widget] columns: unknown key "magic" ignored (known: acupuncture, pt, both).',
      ]);
    });

    it('falls back to every column when none listed is known', async () => {
      const el = await fixture<AcuptCompare>(html`<acupt-compare columns="massage"></acupt-compare>`);
      expect(columnHeaders(el)).to.have.length(3);
      expect(warnings.lines.join()).to.contain('columns: unknown key "massage" ignored');
    });

    it('shows the rows listed, in their order, warning about an unknown key', async () => {
      const el = await fixture<AcuptCompare>(html`<acupt-compare rows="evidence PAIN cost-of-parking"></acupt-compare>`);
      expect(rowHeaders(el)).to.deep.equal(['What the evidence says', 'Pain relief']);
      expect(warnings.lines.join()).to.contain('rows: unknown key "cost-of-parking" ignored');
    });

    it('marks the highlighted column with a visible "Recommended" label and an accent bar', async () => {
      const el = await fixture<AcuptCompare>(html`<div style="width: 900px"><acupt-compare highlight="both"></acupt-compare></div>`);
      const compare = el.querySelector('acupt-compare')!;
      const [acu, , both] = all(compare, 'th[scope="col"]');
      expect(seen(both!)).to.equal('Both together Recommended');
      expect(seen(acu!)).to.equal('Acupuncture');
      // A bar down the column's edge, header to last row: a cue besides colour.
      for (const cell of [both!, ...all(compare, 'tbody tr > :last-child')]) expect(getComputedStyle(cell).borderLeftWidth).to.equal('4px');
      for (const cell of [acu!, ...all(compare, 'tbody td:first-of-type')]) expect(getComputedStyle(cell).borderLeftWidth).to.equal('0px');
      expect(all(compare, '[part~="highlighted"]')).to.have.length(9);
    });

    it('ignores an unknown highlight with a warning', async () => {
      const el = await fixture<AcuptCompare>(html`<acupt-compare highlight="sparkly"></acupt-compare>`);
      expect(all(el, '.badge')).to.have.length(0);
      expect(warnings.lines).to.include('[acupt-widget] highlight="sparkly" is not one of acupuncture, pt, both, none; using "none".');
    });
  });

  describe('info tooltips', () => {
    it('opens beside its button on click, unclipped by an overflow:hidden parent', async () => {
      const wrap = await fixture<HTMLElement>(html`<div style="overflow: hidden; margin: 40px"><acupt-compare></acupt-compare></div>`);
      const el = wrap.querySelector<AcuptCompare>('acupt-compare')!;
      const button = one(el, '.info');
      // Cut the page off just below the first info button.
      wrap.style.height = `${button.getBoundingClientRect().bottom - wrap.getBoundingClientRect().top + 4}px`;
      await click(button);
      const tip = one(el, `#${button.getAttribute('popovertarget')}`);
      expect(tip.matches(':popover-open')).to.equal(true);
      expect(button.getAttribute('aria-expanded')).to.equal('true');
      expect(button.getAttribute('aria-describedby')).to.equal(tip.id);
      const b = button.getBoundingClientRect();
      const t = tip.getBoundingClientRect();
      expect(t.top).to.be.closeTo(b.bottom + 10, 1.5);
      expect(b.left + b.width / 2).to.be.within(t.left, t.right);
      expect(t.bottom).to.be.greaterThan(wrap.getBoundingClientRect().bottom + 40);
      const below = el.shadowRoot!.elementFromPoint(t.left + t.width / 2, t.bottom - 12);
      expect(tip.contains(below)).to.equal(true);
      expect(seen(tip)).to.equal('Pain relief Both help a little; no study shows which is faster. Evidence: low certainty for acupuncture, moderate for exercise. Sources: Cochrane 2020, 2021');
    });

    it('closes on an outside click, returning focus to its button; one tooltip at a time', async () => {
      const el = await fixture<AcuptCompare>(html`<acupt-compare></acupt-compare>`);
      // The last button: the first tooltip covers the one just below it.
      const [first, second] = [all(el, '.info')[0], all(el, '.info')[7]];
      await click(first!);
      await click(second!);
      expect(all(el, ':popover-open')).to.have.length(1);
      expect(first!.getAttribute('aria-expanded')).to.equal('false');
      expect(second!.getAttribute('aria-expanded')).to.equal('true');
      await click(second!);
      expect(all(el, ':popover-open')).to.have.length(0);
      await click(first!);
      await sendMouse({ type: 'click', position: [2, 2] });
      await frame();
      expect(all(el, ':popover-open')).to.have.length(0);
      expect(el.shadowRoot!.activeElement).to.equal(first);
    });

    it('is reachable with Tab and works with Enter, Space and Escape', async () => {
      const wrap = await fixture<HTMLElement>(html`<div><button>before</button><acupt-compare></acupt-compare></div>`);
      const el = wrap.querySelector<AcuptCompare>('acupt-compare')!;
      wrap.querySelector('button')!.focus();
      await press('Tab');
      const button = one(el, '.info');
      expect(el.shadowRoot!.activeElement).to.equal(button);
      expect(button.getAttribute('aria-label')).to.equal('About Pain relief');
      await press('Enter');
      const tip = one(el, '[popover]');
      expect(tip.matches(':popover-open')).to.equal(true);
      await press('Escape');
      expect(tip.matches(':popover-open')).to.equal(false);
      expect(button.getAttribute('aria-expanded')).to.equal('false');
      expect(el.shadowRoot!.activeElement).to.equal(button);
      await press('Space');
      expect(tip.matches(':popover-open')).to.equal(true);
      expect(button.getAttribute('aria-expanded')).to.equal('true');
    });

    it('fits a short window: a tooltip longer than the room stays on screen and scrolls inside, reached by Tab; Escape closes it to its button', async () => {
      // Long enough to overflow the room beside the button in any font.
      const info = 'A sentence of explanation that a visitor reads to the end. '.repeat(30);
      const rows = JSON.stringify({ rows: [{ key: 'pain', info }] });
      resized = await viewport(640, 300, {
        html: `<button>before</button><acupt-compare rows="pain"><script type="application/json">${rows}</script></acupt-compare>`,
      });
      const el = resized.doc.querySelector('acupt-compare')!;
      const tip = one(el, '[popover]');
      const scroll = tip.querySelector<HTMLElement>('.scroll')!;
      const focused = () => el.shadowRoot!.activeElement?.className ?? 'nothing';
      resized.doc.querySelector('button')!.focus();
      await press('Tab');
      expect(focused()).to.equal('btn ghost info');
      await press('Enter');
      await placed(tip);
      const t = tip.getBoundingClientRect();
      const { clientWidth, clientHeight } = resized.doc.documentElement;
      expect([t.left, t.top, clientWidth - t.right, clientHeight - t.bottom].map((m) => m >= 0), 'inside the window').to.deep.equal([true, true, true, true]);
      expect(scroll.scrollHeight, 'cut short').to.be.greaterThan(scroll.clientHeight + 1);
      await press('Tab');
      expect(focused(), 'Tab from the button').to.equal('scroll');
      await press('ArrowDown');
      for (let i = 0; i < 30 && !scroll.scrollTop; i++) await frame();
      expect(scroll.scrollTop, 'scrolled by the arrow key').to.be.greaterThan(0);
      await press('Escape');
      expect(tip.matches(':popover-open')).to.equal(false);
      expect(focused(), 'focus back on the button').to.equal('btn ghost info');
    });

    it('gives every info button and the Sources toggle a target of at least 44px', async () => {
      for (const width of ['900px', '300px']) {
        const wrap = await fixture<HTMLElement>(html`<div style="width: ${width}"><acupt-compare></acupt-compare></div>`);
        const el = wrap.querySelector<AcuptCompare>('acupt-compare')!;
        for (const target of [...all(el, '.info'), one(el, 'summary')]) {
          const r = target.getBoundingClientRect();
          expect(Math.min(r.width, r.height), `${width} ${target.localName}`).to.be.at.least(44);
        }
      }
    });
  });

  describe('layout by container width', () => {
    it('stacks into labelled cards in a 320px sidebar, still a table, without sideways scrolling', async () => {
      const wrap = await fixture<HTMLElement>(html`<div style="width: 320px"><acupt-compare highlight="pt"></acupt-compare></div>`);
      const el = wrap.querySelector<AcuptCompare>('acupt-compare')!;
      const [tr] = all(el, 'tbody tr');
      const tds = [...tr!.querySelectorAll('td')];
      const boxes = tds.map((td) => td.getBoundingClientRect());
      boxes.slice(1).forEach((box, i) => expect(box.top).to.be.at.least(boxes[i]!.bottom - 1));
      expect(tds.map((td) => seen(td.querySelector('.label')!).toLowerCase())).to.deep.equal([
        'acupuncture',
        'physical therapy recommended',
        'both together',
      ]);
      expect(tds.every((td) => td.querySelector('.label')!.getAttribute('aria-hidden') === 'true')).to.equal(true);
      // The column headers stay for assistive technology, out of sight.
      expect(one(el, 'thead').getBoundingClientRect().height).to.be.at.most(1);
      expect(all(el, '[role="columnheader"][scope="col"]')).to.have.length(3);
      expect(all(el, 'tbody [role="row"] > [role="rowheader"] + [role="cell"]')).to.have.length(8);
      const host = el.getBoundingClientRect();
      expect(el.scrollWidth).to.be.at.most(320);
      for (const node of all(el, 'td, th[scope="row"], [part="footnote"]')) expect(node.getBoundingClientRect().right).to.be.at.most(host.right + 0.5);
    });

    it('keeps the page from scrolling sideways on a 320px phone', async () => {
      resized = await viewport(320, 640, { html: '<acupt-compare lang="es" highlight="both"></acupt-compare>' });
      expect(resized.doc.documentElement.scrollWidth).to.be.at.most(320);
    });

    it('stacks at 460px (a 920px window at 200% zoom) with nothing overlapping or cut off', async () => {
      resized = await viewport(460, 800, { html: '<acupt-compare lang="es" highlight="both"></acupt-compare>' });
      const el = resized.doc.querySelector('acupt-compare')!;
      const blocks = all(el, 'h2, tbody th, tbody td, [part="footnote"]').map((node) => node.getBoundingClientRect());
      blocks.slice(1).forEach((box, i) => expect(box.top).to.be.at.least(blocks[i]!.bottom - 1));
      for (const node of all(el, 'tbody th, tbody td')) expect(node.scrollWidth).to.be.at.most(node.clientWidth);
      expect(resized.doc.documentElement.scrollWidth).to.be.at.most(460);
    });

    it('lays cells side by side when there is room, none overflowing its column', async () => {
      const wrap = await fixture<HTMLElement>(html`<div style="width: 760px"><acupt-compare lang="es" highlight="both"></acupt-compare></div>`);
      const el = wrap.querySelector<AcuptCompare>('acupt-compare')!;
      for (const tr of all(el, 'tbody tr')) {
        const boxes = [...tr.children].map((c) => c.getBoundingClientRect());
        boxes.slice(1).forEach((box, i) => {
          expect(box.top).to.equal(boxes[0]!.top);
          expect(box.left).to.be.at.least(boxes[i]!.right - 0.5);
        });
      }
      for (const cell of all(el, 'td, th')) expect(cell.scrollWidth).to.be.at.most(cell.clientWidth);
      expect(all(el, '.label').map(seen).join('')).to.equal('');
    });
  });

  describe('text and content', () => {
    it('uses the heading and clinic-name attributes as plain text', async () => {
      const el = await fixture<AcuptCompare>(html`<acupt-compare heading="<b>Which is right for your back?</b>" clinic-name="Riverside <Spine> & Co"></acupt-compare>`);
      expect(one(el, 'h2').textContent).to.equal('<b>Which is right for your back?</b>');
      expect(el.shadowRoot!.querySelector('b')).to.equal(null);
      expect(text(one(el, 'h2 + p'))).to.equal('Not sure? The team at Riverside <Spine> & Co can help you choose.');
    });

    it('says who provides it (IPDAS): the clinic named, offering both, or a clinic that may offer them', async () => {
      const named = await fixture<AcuptCompare>(html`<acupt-compare clinic-name="Riverside <Spine> & Co"></acupt-compare>`);
      const lines = (el: Element) => all(el, '[part="footnote"] > p').map(seen);
      expect(lines(named)[1]).to.equal('Provided by Riverside <Spine> & Co, which offers both treatments.');
      named.setAttribute('lang', 'es');
      await new Promise((r) => setTimeout(r));
      await named.updateComplete;
      expect(lines(named)[1]).to.equal('Ofrecido por Riverside <Spine> & Co, que brinda ambos tratamientos.');
      named.removeAttribute('clinic-name');
      await new Promise((r) => setTimeout(r));
      await named.updateComplete;
      expect(lines(named)[1]).to.equal(compareCatalog.es.providerAny);
    });

    it('warns when a row leaves a treatment without a word, so each gets the same detail', async () => {
      await fixture<AcuptCompare>(html`<acupt-compare rows="cost pain"
        ><script type="application/json">
          { "rows": [{ "key": "cost", "label": "Cost", "acupuncture": "$80", "pt": "$95" }, { "key": "pain", "both": " " }] }
        </script></acupt-compare
      >`);
      expect(warnings.lines).to.deep.equal([
        '[acupt-widget] rows: "cost" says nothing for both; give each treatment the same detail.',
        '[acupt-widget] rows: "pain" says nothing for both; give each treatment the same detail.',
      ]);
    });

    it('takes a changed cell and an added row from a JSON child, and lists the new row by key', async () => {
      const el = await fixture<AcuptCompare>(html`<acupt-compare
        ><script type="application/json">
          {
            "heading": "Our team offers both",
            "disclaimer": "Ask your doctor first.",
            "rows": [
              { "key": "pain", "pt": "Steady relief as you get stronger." },
              { "key": "cost", "label": "Cost", "acupuncture": "$80 a visit", "pt": "$95 a visit", "both": "Package rates", "info": "Before insurance." }
            ]
          }
        </script></acupt-compare
      >`);
      expect(text(one(el, 'h2'))).to.equal('Our team offers both');
      expect(el.shadowRoot!.querySelector('h2 + p')).to.equal(null);
      expect(seen(one(el, '[part="footnote"] p'))).to.equal(`Ask your doctor first. ${compareCatalog.en.condition}`);
      expect(rowHeaders(el)).to.deep.equal([...EN_ROWS, 'Cost']);
      const rows = all(el, 'tbody tr');
      expect(cells(rows[0]!)[1]).to.equal('Steady relief as you get stronger.');
      expect(cells(rows[8]!)).to.deep.equal(['$80 a visit', '$95 a visit', 'Package rates']);
      el.rows = 'cost pain';
      await el.updateComplete;
      expect(rowHeaders(el)).to.deep.equal(['Cost', 'Pain relief']);
      await click(one(el, '.info'));
      expect(seen(one(el, ':popover-open'))).to.equal('Cost Before insurance.');
      expect(warnings.lines).to.deep.equal([]);
    });

    it('speaks Spanish, down to the tooltips, labels and footnote', async () => {
      const wrap = await fixture<HTMLElement>(html`<div lang="es-MX" style="width: 320px"><acupt-compare highlight="both"></acupt-compare></div>`);
      const el = wrap.querySelector<AcuptCompare>('acupt-compare')!;
      expect(one(el, '.root').lang).to.equal('es');
      expect(one(el, 'h2').textContent).to.equal('¿Acupuntura o fisioterapia para el dolor de espalda?');
      expect(columnHeaders(el)).to.deep.equal(['Acupuntura', 'Fisioterapia (terapia física)', 'Ambas juntas']);
      expect(rowHeaders(el)[0]).to.equal('Alivio del dolor');
      expect(one(el, '.info').getAttribute('aria-label')).to.equal('Acerca de Alivio del dolor');
      expect(seen(all(el, 'td .label')[2]!).toLowerCase()).to.equal('ambas juntas recomendada');
      expect(text(all(el, '[popover]')[7]!)).to.contain('desaconseja la acupuntura').and.contain('Fuentes: ACP 2017');
      const es = compareCatalog.es;
      expect(seen(one(el, '[part="footnote"]'))).to.equal(
        `${es.disclaimer} ${es.condition} ${es.providerAny} ${es.sources} ${es.reviewed.replace('{month}', '12').replace('{year}', '2026')} ${es.policy}`,
      );
    });
  });

  describe('footnote', () => {
    it('shows the disclaimer and a Sources disclosure listing full citations, linked where possible', async () => {
      const el = await fixture<AcuptCompare>(html`<acupt-compare></acupt-compare>`);
      const footnote = one(el, '[part="footnote"]');
      expect(seen(footnote)).to.equal(
        'General information, not a diagnosis or medical advice. Back pain is very common, and most of it gets better within weeks. ' +
          'See a doctor first for new numbness, leg weakness, bladder or bowel trouble, fever, or pain after a serious injury. ' +
          'Provided by a clinic that may offer these treatments. Sources Last reviewed: 12/2026. Reviewed yearly, and sooner when the cited guidelines change.',
      );
      expect(all(el, 'li').map(seen).join('')).to.equal('');
      await click(one(el, 'summary'));
      const items = all(el, 'li');
      expect(items.map(seen).every(Boolean)).to.equal(true);
      expect(items).to.have.length(8);
      expect(seen(items[0]!)).to.equal('American College of Physicians (Qaseem A, et al.). Ann Intern Med 2017;166:514–30.');
      expect(items[0]!.querySelector('a')!.href).to.equal('https://doi.org/10.7326/M16-2367');
      // Each with its year and a link a visitor can follow.
      for (const item of items) {
        expect(seen(item), 'a year').to.match(/\b20\d\d\b/);
        expect(new URL(item.querySelector('a')!.href).protocol, seen(item)).to.equal('https:');
      }
    });

    it('can be hidden, and falls back to shown for an unknown value with a warning', async () => {
      const el = await fixture<AcuptCompare>(html`<acupt-compare footnote="hide"></acupt-compare>`);
      expect(el.shadowRoot!.querySelector('[part="footnote"]')).to.equal(null);
      el.footnote = 'sometimes';
      await el.updateComplete;
      expect(seen(one(el, '[part="footnote"]'))).to.contain('General information');
      expect(warnings.lines).to.include('[acupt-widget] footnote="sometimes" is not one of show, hide; using "show".');
    });

    it('names no source in a tooltip whose row rests on none, yet still lists every source', async () => {
      const el = await fixture<AcuptCompare>(html`<acupt-compare rows="stress"></acupt-compare>`);
      expect(text(one(el, '[popover]'))).to.equal('Stress relief Based on what patients say; rarely studied.');
      expect(all(el, 'li')).to.have.length(8);
    });
  });

  describe('theme and accessibility', () => {
    it('renders dark with readable text in cells, footnote and tooltips', async () => {
      const el = await fixture<AcuptCompare>(html`<acupt-compare theme="dark" highlight="both"></acupt-compare>`);
      expect(getComputedStyle(one(el, '.root')).colorScheme).to.equal('dark');
      // On the fixture's white page, every text must still sit on the dark card.
      for (const node of [one(el, 'h2'), all(el, 'td')[0]!, all(el, 'td')[2]!, one(el, '[part="footnote"] p')]) {
        expect(contrast(getComputedStyle(node).color, ground(node)), node.localName).to.be.at.least(4.5);
      }
      expect(contrast(ground(one(el, 'h2')), 'white')).to.be.above(10);
      await click(one(el, '.info'));
      const tip = getComputedStyle(one(el, ':popover-open'));
      expect(contrast(tip.color, tip.backgroundColor)).to.be.at.least(4.5);
      await expect(el).to.be.accessible();
    });

    for (const [name, template] of [
      ['wide, highlighted', html`<div style="width: 900px"><acupt-compare highlight="both" clinic-name="Riverside"></acupt-compare></div>`],
      ['narrow, Spanish', html`<div style="width: 320px" lang="es"><acupt-compare highlight="pt"></acupt-compare></div>`],
      ['compact, two columns', html`<acupt-compare density="compact" columns="acupuncture both"></acupt-compare>`],
    ] as const) {
      it(`passes axe: ${name}`, async () => {
        const wrap = await fixture<HTMLElement>(template);
        const el = wrap.localName === 'acupt-compare' ? wrap : wrap.querySelector('acupt-compare')!;
        await expect(el).to.be.accessible();
      });
    }

    it('passes axe with a tooltip open and with the Sources open', async () => {
      const el = await fixture<AcuptCompare>(html`<acupt-compare></acupt-compare>`);
      await click(all(el, '.info')[7]!);
      await expect(el).to.be.accessible();
      await click(one(el, 'summary'));
      expect(one<HTMLDetailsElement>(el, 'details').open).to.equal(true);
      await expect(el).to.be.accessible();
    });
  });
});
