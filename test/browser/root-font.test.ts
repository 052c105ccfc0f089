// Many WordPress themes set `html { font-size: 62.5% }` (1rem = 10px). The widget keeps its text
// readable (15px at least) and its spacing follows its own text, not the page's root size.
import { expect, html } from '@open-wc/testing';
import '../../src/index.js';
import { fixture, frame } from './helpers.js';

const px = (el: Element, prop: string) => parseFloat(getComputedStyle(el).getPropertyValue(prop));

describe('a theme with html { font-size: 62.5% }', () => {
  before(() => (document.documentElement.style.fontSize = '62.5%'));
  after(() => document.documentElement.style.removeProperty('font-size'));

  it('keeps the quiz readable and its card as roomy as on a default page', async () => {
    const wrap = await fixture<HTMLElement>(html`<div style="width: 900px"><acupt-quiz></acupt-quiz></div>`);
    await (wrap.querySelector('acupt-quiz') as HTMLElement & { updateComplete: Promise<boolean> }).updateComplete;
    const root = wrap.querySelector('acupt-quiz')!.shadowRoot!;
    const card = root.querySelector('.root')!;
    expect(px(card, 'font-size')).to.equal(15);
    expect(px(root.querySelector('h2')!, 'font-size')).to.be.greaterThan(px(root.querySelector('.lead')!, 'font-size'));
    // 42em of 15px text, not 42rem of 10px.
    expect(card.getBoundingClientRect().width).to.equal(630);
    expect(px(card, 'padding-top')).to.be.at.least(18.75);
    expect(root.querySelector<HTMLElement>('.btn')!.getBoundingClientRect().height).to.be.at.least(44);
  });

  it('switches the table to cards by its width in pixels, whatever the root size', async () => {
    // 48rem would be 480px on a default page, 300 here: the switch stays at 480px.
    for (const [width, stacked] of [[470, true], [500, false]] as const) {
      const wrap = await fixture<HTMLElement>(html`<div style="width: ${width}px"><acupt-compare></acupt-compare></div>`);
      await (wrap.querySelector('acupt-compare') as HTMLElement & { updateComplete: Promise<boolean> }).updateComplete;
      await frame();
      const table = wrap.querySelector('acupt-compare')!.shadowRoot!.querySelector('table')!;
      expect(getComputedStyle(table).display, `${width}px`).to.equal(stacked ? 'block' : 'table');
    }
  });
});
