// The marketer's front door: settings in the configurator must produce a snippet that, pasted
// into a blank page with the built script, renders exactly what the live preview shows.
import { expect } from '@open-wc/testing';

type Widget = HTMLElement & { updateComplete: Promise<boolean> };

function frame(attrs: Partial<HTMLIFrameElement>): Promise<HTMLIFrameElement> {
  return new Promise((resolve) => {
    const iframe = Object.assign(document.createElement('iframe'), attrs, { width: '1200', height: '900' });
    iframe.addEventListener('load', () => resolve(iframe), { once: true });
    document.body.append(iframe);
  });
}

async function until<T>(probe: () => T | null | undefined | false): Promise<T> {
  for (let i = 0; i < 200; i++) {
    const value = probe();
    if (value) return value;
    await new Promise((r) => setTimeout(r, 25));
  }
  throw new Error(`timed out waiting for ${probe}`);
}

async function rendered(doc: Document, selector: string): Promise<ShadowRoot> {
  const el = await until(() => doc.querySelector<Widget>(selector));
  await until(() => el.updateComplete);
  await el.updateComplete;
  return el.shadowRoot!;
}

/** What a visitor perceives of each element, to compare two renderings. */
async function seen(doc: Document, prefix = '') {
  const compare = await rendered(doc, `acupt-compare${prefix}`);
  const quiz = await rendered(doc, `acupt-quiz${prefix}`);
  const book = await rendered(doc, `acupt-book${prefix}`);
  const text = (root: ShadowRoot, sel: string) => [...root.querySelectorAll(sel)].map((n) => n.textContent!.replace(/\s+/g, ' ').trim());
  const button = book.querySelector('[part~=button]');
  return {
    compareHeaders: text(compare, 'th'),
    compareHeading: text(compare, 'h2'),
    quizIntro: text(quiz, 'h2, p'),
    bookLinks: [...book.querySelectorAll('a')].map((a) => [a.getAttribute('href'), a.getAttribute('target')]),
    bookLabel: button?.textContent?.trim(),
    accent: button && getComputedStyle(button).backgroundColor,
    lang: compare.querySelector('.root')?.getAttribute('lang'),
  };
}

describe('configurator', () => {
  let page: HTMLIFrameElement;
  let doc: Document;
  const field = (name: string) => doc.querySelector<HTMLInputElement>(`[name="${name}"]`)!;
  const type = (name: string, value: string) => {
    const input = field(name);
    input.value = value;
    input.dispatchEvent(new Event('input', { bubbles: true }));
  };
  const tick = (name: string, value: string, on: boolean) => {
    const box = doc.querySelector<HTMLInputElement>(`[name="${name}"][value="${value}"]`)!;
    box.checked = on;
    box.dispatchEvent(new Event('input', { bubbles: true }));
  };
  const snippet = () => doc.querySelector('#snippet')!.textContent!;

  before(async () => {
    // Quiz progress saved by another suite in this tab would show in both previews.
    sessionStorage.clear();
    page = await frame({ src: '/demo/configurator.html' });
    doc = page.contentDocument!;
    // The integrity hash of the built file is computed in the page once it has loaded.
    await until(() => snippet().includes('integrity="sha384-'));
  });
  after(() => page.remove());

  it('flags an insecure booking URL inline and keeps it out of the snippet', async () => {
    type('bookingUrl', 'http://insecure.example/book');
    const input = field('bookingUrl');
    expect(input.getAttribute('aria-invalid')).to.equal('');
    const error = doc.getElementById(input.getAttribute('aria-describedby')!)!;
    expect(error.textContent).to.equal('Use a secure address that starts with https://');
    expect(error.getBoundingClientRect().height).to.be.greaterThan(0);
    expect(snippet()).to.not.contain('insecure.example');
    type('bookingUrl', 'https://book.example/harbor');
    expect(input.hasAttribute('aria-invalid')).to.equal(false);
    expect(snippet()).to.contain('data-booking-url="https://book.example/harbor"');
  });

  it('produces a snippet that renders the preview’s configuration on a blank page', async () => {
    type('clinicName', 'Harbor Back & Wellness');
    type('phone', '+1 555 010 2000');
    type('email', 'front@harbor.example');
    type('accent', '#7a3e9d');
    const lang = field('lang') as unknown as HTMLSelectElement;
    lang.value = 'es';
    lang.dispatchEvent(new Event('input', { bubbles: true }));
    tick('columns', 'acupuncture', false);
    tick('rows', 'stress', false);
    tick('rows', 'insurance', false);
    const highlight = field('highlight') as unknown as HTMLSelectElement;
    highlight.value = 'both';
    highlight.dispatchEvent(new Event('input', { bubbles: true }));

    const code = snippet();
    expect(code).to.match(/^<script src="https:\/\/cdn\.jsdelivr\.net\/npm\/acupt-widget@[\d.]+\/dist\/acupt-widget\.js"/);
    // A blank page with nothing but the snippet, its script served from this build.
    const local = code.replace(/src="[^"]+"/, 'src="/dist/acupt-widget.js"');
    const pasted = await frame({ srcdoc: `<!doctype html><html lang="en"><head></head><body>${local}</body></html>` });
    const expected = await seen(doc, '[id^=preview]');
    const actual = await seen(pasted.contentDocument!);
    expect(actual).to.deep.equal(expected);
    expect(actual.lang).to.equal('es');
    expect(actual.compareHeaders.join()).to.not.contain('Acupuntura,');
    expect(actual.accent).to.equal('rgb(122, 62, 157)');
    expect(actual.bookLinks.map(([href]) => href)).to.deep.equal([
      'https://book.example/harbor',
      'tel:+15550102000',
      'mailto:front@harbor.example',
    ]);
    pasted.remove();
  });

  it('offers every language; one with an add-on puts its script, with integrity, in the snippet, which renders the same', async () => {
    const lang = field('lang') as unknown as HTMLSelectElement;
    expect([...lang.options].map((o) => o.value)).to.deep.equal(['en', 'es', 'fr', 'de', 'el', 'pt', 'zh-Hans', 'zh-Hant', 'ko', 'vi', 'ar']);
    lang.value = 'ko';
    lang.dispatchEvent(new Event('input', { bubbles: true }));
    const code = await until(() => snippet().includes('acupt-widget.ko.js"\n  integrity="sha384-') && snippet());
    const scripts = [...code.matchAll(/<script src="([^"]+)"/g)].map((m) => m[1]!.split('/').pop());
    expect(scripts).to.deep.equal(['acupt-widget.js', 'acupt-widget.ko.js']);
    const local = code.replace(/src="[^"]+\/dist\//g, 'src="/dist/');
    const pasted = await frame({ srcdoc: `<!doctype html><html lang="en"><head></head><body>${local}</body></html>` });
    const [expected, actual] = [await seen(doc, '[id^=preview]'), await seen(pasted.contentDocument!)];
    expect(actual).to.deep.equal(expected);
    expect(actual.lang).to.equal('ko');
    pasted.remove();
  });
});
