// Page-wide defaults on the script tag, as a webmaster sets them, with the built bundle:
// element attribute > script tag data-* > built-in default.
import { expect } from '@open-wc/testing';
import { frame, loadScript } from './helpers.js';

type Widget = HTMLElement & { updateComplete: Promise<boolean>; requestUpdate(): void };
const root = (el: Element) => el.shadowRoot!;
const text = (el: Element, selector: string) => root(el).querySelector(selector)?.textContent?.replace(/\s+/g, ' ').trim();

describe('page-wide defaults from the script tag (built bundle)', () => {
  let page: HTMLElement;

  before(async () => {
    document.documentElement.removeAttribute('lang');
    page = document.createElement('main');
    page.innerHTML = `
      <acupt-book id="plain"></acupt-book>
      <acupt-book id="own" phone="+1 555 999 0000" booking-url="" theme="light" accent="rgb(0, 90, 0)"></acupt-book>
      <acupt-quiz id="quiz"></acupt-quiz>
      <acupt-compare id="named" clinic-name="Own Name" lang="en"></acupt-compare>`;
    document.body.append(page);
    await loadScript('/dist/acupt-widget.js', {
      bookingUrl: 'https://book.example/page',
      phone: '+1 555 010 2000',
      clinicName: 'Script Clinic',
      lang: 'es',
      accent: 'rgb(122, 62, 157)',
      theme: 'dark',
      analytics: 'datalayer',
    });
    await Promise.all([...page.querySelectorAll<Widget>('*')].map((el) => el.updateComplete));
    await frame();
  });
  after(() => page.remove());

  const $ = (id: string) => page.querySelector(`#${id}`)!;

  it('applies the script tag’s settings to elements that do not set them', () => {
    const links = [...root($('plain')).querySelectorAll('a')].map((a) => a.getAttribute('href'));
    expect(links).to.deep.equal(['https://book.example/page', 'tel:+15550102000']);
    expect(text($('quiz'), '.eyebrow')).to.equal('Script Clinic');
    expect(root($('plain')).querySelector('.root')!.classList.contains('dark')).to.equal(true);
    const button = root($('plain')).querySelector('[part~=button]')!;
    expect(getComputedStyle(button).backgroundColor).to.equal('rgb(122, 62, 157)');
  });

  it('lets an element’s own attribute win, even an empty one', () => {
    const own = $('own');
    expect([...root(own).querySelectorAll('a')].map((a) => a.getAttribute('href'))).to.deep.equal(['tel:+15559990000']);
    expect(root(own).querySelector('.root')!.classList.contains('light')).to.equal(true);
    expect(getComputedStyle(root(own).querySelector('[part~=button]')!).backgroundColor).to.equal('rgb(0, 90, 0)');
    expect(text($('named'), 'p')).to.contain('Own Name');
  });

  it('takes the language from the element, then the page, then the script tag', async () => {
    expect(root($('quiz')).querySelector('.root')!.getAttribute('lang')).to.equal('es');
    expect(root($('named')).querySelector('.root')!.getAttribute('lang')).to.equal('en');
    page.setAttribute('lang', 'en');
    const quiz = $('quiz') as Widget;
    quiz.requestUpdate();
    await quiz.updateComplete;
    expect(root(quiz).querySelector('.root')!.getAttribute('lang')).to.equal('en');
    page.removeAttribute('lang');
  });

  it('pushes events to dataLayer when the script tag asks for it', () => {
    const layer: object[] = [];
    (window as unknown as { dataLayer: object[] }).dataLayer = layer;
    page.addEventListener('acupt-book-click', (e) => e.preventDefault(), { once: true });
    (root($('own')).querySelector('a') as HTMLAnchorElement).click();
    expect(layer).to.deep.equal([{ event: 'acupt-book-click', service: null, channel: 'phone', url: 'tel:+15559990000' }]);
  });
});
