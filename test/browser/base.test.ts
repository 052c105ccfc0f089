import { expect, html } from '@open-wc/testing';
import { css, html as lit } from 'lit';
import type { CompareStrings } from '../../src/compare/compare.strings.js';
import { AcuptElement } from '../../src/shared/base.js';
import { compareCatalog } from '../catalogs.js';
import { captureWarnings, contrast, engine, fixture, settled, viewport } from './helpers.js';

/** A minimal element on the shared base, reading the comparison's texts: its heading and row labels. */
class TestElement extends AcuptElement<CompareStrings> {
  static override styles = [AcuptElement.styles, css`.card { background: var(--_surface); }`];
  protected override readonly kind = 'compare';
  override render() {
    return this.frame(
      lit`<h2 class="card">${this.strings.heading}</h2>
        <button class="btn">Go</button>
        <a href="#x">link</a>
        <ul>${this.strings.rows.map((r) => lit`<li>${r.label}</li>`)}</ul>`,
    );
  }
}
const [EN, ES] = [compareCatalog.en, compareCatalog.es];
customElements.define('acupt-test', TestElement);

/** A wrapper's elements render in turns of their own: waits for all of them. */
async function wrapped(template: Parameters<typeof fixture>[0]) {
  const wrap = await fixture<HTMLElement>(template);
  for (const el of wrap.querySelectorAll<TestElement>('acupt-test')) await el.updateComplete;
  return wrap;
}

const part = (el: Element, sel: string) => el.shadowRoot!.querySelector<HTMLElement>(sel)!;
const text = (el: Element) => part(el, '.root').textContent!.replace(/\s+/g, ' ').trim();

describe('AcuptElement (shared base)', () => {
  let warnings: ReturnType<typeof captureWarnings>;
  beforeEach(() => (warnings = captureWarnings()));
  afterEach(() => warnings.restore());

  describe('language', () => {
    it('uses its own lang, else the nearest ancestor, else English', async () => {
      const wrap = await wrapped(html`<div lang="es-MX"><acupt-test></acupt-test><acupt-test lang="en"></acupt-test></div>`);
      const [inherited, own] = [...wrap.querySelectorAll<TestElement>('acupt-test')];
      expect(text(inherited!)).to.contain(ES.heading);
      expect(text(own!)).to.contain(EN.heading);
      expect(part(inherited!, '.root').lang).to.equal('es');
      own!.lang = 'es';
      // Followed as any lang change is, by a mutation observer: a task later.
      await new Promise((r) => setTimeout(r));
      await own!.updateComplete;
      expect(text(own!)).to.contain(ES.heading);
    });

    it('falls back to English for an unsupported language, warning once naming it', async () => {
      await wrapped(html`<div lang="tlh"><acupt-test></acupt-test><acupt-test></acupt-test></div>`);
      expect(warnings.lines.filter((l) => l.includes('"tlh"'))).to.deep.equal([
        '[acupt-widget] language "tlh" needs its add-on script (acupt-widget.<language>.js) or a content override; showing English.',
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
      const wrap = await wrapped(html`<div><acupt-test theme="auto"></acupt-test><acupt-test theme="light"></acupt-test></div>`);
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
          { "heading": "<b>Hi</b>", "es": { "rows": [{ "key": "b", "label": "Fila B" }] } }
        </script></acupt-test
      >`);
      expect(part(el, 'h2').textContent).to.equal('<b>Hi</b>');
      expect(el.shadowRoot!.querySelector('b')).to.equal(null);
      expect([...el.shadowRoot!.querySelectorAll('li')].map((li) => li.textContent)).to.deep.equal([...ES.rows.map((r) => r.label), 'Fila B']);
    });

    it('warns with the path of each bad value and keeps the defaults', async () => {
      const el = await fixture<TestElement>(html`<acupt-test
        ><script type="application/json">
          { "heading": 7, "rows": [{ "key": "pain", "label": false }], "extra": 1 }
        </script></acupt-test
      >`);
      expect(text(el)).to.contain(EN.heading);
      expect(text(el)).to.contain(EN.rows[0]!.label);
      expect(warnings.lines).to.include.members([
        '[acupt-widget] <acupt-test> content overrides: heading: expected string',
        '[acupt-widget] <acupt-test> content overrides: rows[0].label: expected string',
        '[acupt-widget] <acupt-test> content overrides: extra: unknown key',
      ]);
    });

    it('survives broken JSON and picks up a later fix', async () => {
      const el = await fixture<TestElement>(html`<acupt-test><script type="application/json">{ "heading": </script></acupt-test>`);
      expect(text(el)).to.contain(EN.heading);
      expect(warnings.lines.join()).to.match(/content overrides are not valid JSON .*; using the defaults\./);
      el.querySelector('script')!.textContent = '{ "heading": "Fixed" }';
      await new Promise((r) => setTimeout(r));
      await el.updateComplete;
      expect(part(el, 'h2').textContent).to.equal('Fixed');
    });
  });

  describe('first renders', () => {
    // The first element of a class renders over several tasks and the others wait for it: on a
    // page of its own (a fresh copy of the script), none may be left waiting or half built.
    it('builds every table of a page in full, also when the first is removed before it has rendered', async () => {
      const { frame, doc } = await viewport(900, 700, { script: '/dist/acupt-widget.js' });
      doc.body.innerHTML = '<acupt-compare></acupt-compare>'.repeat(4);
      const tables = [...doc.querySelectorAll('acupt-compare')];
      tables[0]!.remove();
      await tables[0]!.updateComplete;
      await settled(doc);
      const built = tables.map((el) => [
        el.matches(':state(ready)'),
        el.shadowRoot!.querySelectorAll('th[scope=row]').length,
        el.shadowRoot!.querySelectorAll('[part=tooltip]').length,
        el.shadowRoot!.querySelectorAll('[part=footnote]').length,
      ]);
      frame.remove();
      const whole = [true, EN.rows.length, EN.rows.filter((row) => row.info).length, 1];
      expect(built).to.deep.equal(tables.map(() => whole));
    });
  });
});
