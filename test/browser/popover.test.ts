import { expect, html } from '@open-wc/testing';
import { sendMouse } from '@web/test-runner-commands';
import { LitElement, html as lit } from 'lit';
import { PopoverController, popoverStyles } from '../../src/shared/popover.js';
import { click, fixture, frame, press } from './helpers.js';

class PopTest extends LitElement {
  static override styles = popoverStyles;
  popovers = new PopoverController(this);
  override render() {
    return lit`<button popovertarget="p" aria-expanded="false">Info</button>
      <div id="p" popover><span class="arrow"></span>Explains it</div>`;
  }
}
customElements.define('pop-test', PopTest);

async function setup(wrapperStyle = '') {
  const wrap = await fixture<HTMLElement>(
    html`<div style="margin: 120px 40px; ${wrapperStyle}"><pop-test></pop-test></div>`,
  );
  const el = wrap.querySelector('pop-test') as PopTest;
  await el.updateComplete;
  const button = el.shadowRoot!.querySelector('button')!;
  const pop = el.shadowRoot!.querySelector<HTMLElement>('[popover]')!;
  return { wrap, el, button, pop };
}

describe('PopoverController', () => {
  it('opens beside its button, unclipped by an overflow:hidden, transformed parent', async () => {
    const { button, pop } = await setup('overflow: hidden; height: 30px; transform: translateX(10px); z-index: 1;');
    await click(button);
    expect(button.getAttribute('aria-expanded')).to.equal('true');
    expect(pop.matches(':popover-open')).to.equal(true);
    const b = button.getBoundingClientRect();
    const p = pop.getBoundingClientRect();
    expect(p.top).to.be.closeTo(b.bottom + 10, 1.5);
    expect(document.elementFromPoint(p.x + p.width / 2, p.y + p.height / 2)).to.not.equal(null);
    expect(getComputedStyle(pop).visibility).to.equal('visible');
  });

  it('closes on Escape and returns focus to its button', async () => {
    const { el, button, pop } = await setup();
    button.focus();
    await press('Enter');
    expect(pop.matches(':popover-open')).to.equal(true);
    await press('Escape');
    expect(pop.matches(':popover-open')).to.equal(false);
    expect(button.getAttribute('aria-expanded')).to.equal('false');
    expect(el.shadowRoot!.activeElement).to.equal(button);
  });

  it('closes on an outside click and returns focus to its button', async () => {
    const { el, button, pop } = await setup();
    await click(button);
    await sendMouse({ type: 'click', position: [5, 5] });
    await frame();
    expect(pop.matches(':popover-open')).to.equal(false);
    expect(el.shadowRoot!.activeElement).to.equal(button);
  });

  it('stops following its button when the element is removed', async () => {
    const { wrap, button, pop } = await setup();
    await click(button);
    const before = pop.style.top;
    wrap.remove();
    document.body.append(wrap);
    window.scrollTo(0, 50);
    await frame();
    expect(pop.matches(':popover-open')).to.equal(false);
    expect(pop.style.top).to.equal(before);
    wrap.remove();
  });
});
