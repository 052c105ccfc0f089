import { expect, fixture, html } from '@open-wc/testing';
import { css, html as lit } from 'lit';
import { AcuptElement } from '../../src/shared/base.js';
import { captureWarnings, contrast, engine, viewport } from './helpers.js';

const catalog = {
  en: { title: 'Hello', rows: [{ key: 'a', text: 'Row A' }] },
  es: { title: 'Hola', rows: [{ key: 'a', text: 'Fila A' }] },
};

class TestElement extends AcuptElement<typeof catalog.en> {
  static override styles = [AcuptElement.styles, css`.card { background: var(--_surface); }`];
  protected override readonly catalog = catalog;
  override render() {
    return this.frame(
      lit`<h2 class="card">${this.strings.title}</h2>
        <button class="btn">Go</button>
        <a href="#x">link</a>
        <ul>${this.strings.rows.map((r) => lit`<li>${r.text}</li>`)}</ul>`,
    );
  }
}
customElements.define('acupt-test', TestElement);

const part = (el: Element, sel: string) => el.shadowRoot!.querySelector<HTMLElement>(sel)!;
const text = (el: Element) => part(el, '.root').textContent!.replace(/\s+/g, ' ').trim();

describe('AcuptElement (shared base)', () => {
  let warnings: ReturnType<typeof captureWarnings>;
  beforeEach(() => (warnings = captureWarnings()));
  afterEach(() => warnings.restore());

  describe('language', () => {
    it('uses its own lang, else the nearest ancestor, else English', async () => {
      const wrap = await fixture<HTMLElement>(html`<div lang="es-MX"><acupt-test></acupt-test><acupt-test lang="en"></acupt-test></div>`);
      const [inherited, own] = [...wrap.querySelectorAll<TestElement>('acupt-test')];
      expect(text(inherited!)).to.contain('Hola');
      expect(text(own!)).to.contain('Hello');
      expect(part(inherited!, '.root').lang).to.equal('es');
      own!.lang = 'es';
      await own!.updateComplete;
      expect(text(own!)).to.contain('Hola');
    });

    it('falls back to English for an unsupported language, warning once naming it', async () => {
      await fixture(html`<div lang="tlh"><acupt-test></acupt-test><acupt-test></acupt-test></div>`);
      expect(warnings.lines.filter((l) => l.includes('"tlh"'))).to.deep.equal([
        '[acupt-widget] language "tlh" is not supported (en, es); showing English.',
      ]);
    });
  });

  describe('theme and accent', () => {
    it('switches colour scheme with theme, warning about a bad value', async () => {
      const el = await fixture<TestElement>(html`<acupt-test theme="dark"></acupt-test>`);
      expect(getComputedStyle(part(el, '.root')).colorScheme).to.equal('dark');
      el.theme = 'sepia';
      await el.updateComplete;
      expect(getComputedStyle(part(el, '.root')).colorScheme).to.equal('light');
      expect(warnings.lines.join()).to.contain('theme="sepia" is not one of light, dark, auto; using "light".');
    });

    /** The colours a visitor sees on a part of an element. */
    const colours = (el: Element, selector: string) => {
      const style = getComputedStyle(part(el, selector));
      return `${style.color} on ${style.backgroundColor}, border ${style.borderColor}`;
    };

    it('follows the visitor with theme="auto": both schemes allowed, the light one for a visitor without a preference', async () => {
      expect(matchMedia('(prefers-color-scheme: dark)').matches, 'this page prefers light').to.equal(false);
      const wrap = await fixture<HTMLElement>(html`<div><acupt-test theme="auto"></acupt-test><acupt-test theme="light"></acupt-test></div>`);
      const [auto, light] = [...wrap.querySelectorAll('acupt-test')];
      expect(getComputedStyle(part(auto!, '.root')).colorScheme).to.equal('light dark');
      expect(colours(auto!, '.card')).to.equal(colours(light!, '.card'));
    });

    // Where a page can be made to prefer dark: an iframe with color-scheme: dark (WebKitGTK gives
    // it the system's preference instead, and has no media emulation).
    if (engine() !== 'webkit') {
      it('renders theme="auto" exactly as theme="dark" for a visitor who prefers dark', async () => {
        const dark = await viewport(800, 600, {
          colorScheme: 'dark',
          html: '<acupt-quiz theme="auto"></acupt-quiz><acupt-quiz theme="dark"></acupt-quiz>',
        });
        const [auto, chosen] = [...dark.doc.querySelectorAll('acupt-quiz')].map((el) => colours(el, '.root'));
        dark.frame.remove();
        expect(auto).to.equal(chosen);
      });
    }

    for (const theme of ['light', 'dark']) {
      for (const accent of ['#0b6e63', '#ffd400', '#7fd1c4', '#6b6b6b', '#777', 'rebeccapurple', 'hsl(200 80% 60%)', 'oklch(0.62 0.2 25)']) {
        it(`keeps AA contrast with accent ${accent} (${theme})`, async () => {
          const el = await fixture<TestElement>(html`<acupt-test theme=${theme} accent=${accent}></acupt-test>`);
          const button = getComputedStyle(part(el, '.btn'));
          expect(contrast(button.color, button.backgroundColor), 'text on accent').to.be.at.least(4.5);
          const surface = getComputedStyle(part(el, '.card')).backgroundColor;
          const link = part(el, 'a');
          link.focus();
          expect(contrast(getComputedStyle(link).outlineColor, surface), 'focus ring').to.be.at.least(3);
        });
      }
    }

    it('lets the accent attribute win over --acupt-accent and refuses a non-colour', async () => {
      const el = await fixture<TestElement>(html`<acupt-test style="--acupt-accent: rgb(200, 0, 0)" accent="rgb(0, 0, 200)"></acupt-test>`);
      expect(getComputedStyle(part(el, '.btn')).backgroundColor).to.equal('rgb(0, 0, 200)');
      el.accent = 'red; } * { display: none';
      await el.updateComplete;
      expect(getComputedStyle(part(el, '.btn')).backgroundColor).to.equal('rgb(200, 0, 0)');
      expect(warnings.lines.join()).to.contain('is not a CSS colour; using the default.');
    });
  });

  describe('content overrides', () => {
    it('applies a child JSON script, per language, as plain text', async () => {
      const el = await fixture<TestElement>(html`<acupt-test lang="es"
        ><script type="application/json">
          { "title": "<b>Hi</b>", "es": { "rows": [{ "key": "b", "text": "Fila B" }] } }
        </script></acupt-test
      >`);
      expect(part(el, 'h2').textContent).to.equal('<b>Hi</b>');
      expect(el.shadowRoot!.querySelector('b')).to.equal(null);
      expect([...el.shadowRoot!.querySelectorAll('li')].map((li) => li.textContent)).to.deep.equal(['Fila A', 'Fila B']);
    });

    it('warns with the path of each bad value and keeps the defaults', async () => {
      const el = await fixture<TestElement>(html`<acupt-test
        ><script type="application/json">
          { "title": 7, "rows": [{ "key": "a", "text": false }], "extra": 1 }
        </script></acupt-test
      >`);
      expect(text(el)).to.contain('Hello');
      expect(text(el)).to.contain('Row A');
      expect(warnings.lines).to.include.members([
        '[acupt-widget] <acupt-test> content overrides: title: expected string',
        '[acupt-widget] <acupt-test> content overrides: rows[0].text: expected boolean'.replace('boolean', 'string'),
        '[acupt-widget] <acupt-test> content overrides: extra: unknown key',
      ]);
    });

    it('survives broken JSON and picks up a later fix', async () => {
      const el = await fixture<TestElement>(html`<acupt-test><script type="application/json">{ "title": </script></acupt-test>`);
      expect(text(el)).to.contain('Hello');
      expect(warnings.lines.join()).to.match(/content overrides are not valid JSON .*; using the defaults\./);
      el.querySelector('script')!.textContent = '{ "title": "Fixed" }';
      await new Promise((r) => setTimeout(r));
      await el.updateComplete;
      expect(part(el, 'h2').textContent).to.equal('Fixed');
    });
  });
});
