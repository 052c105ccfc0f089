// Loads the built classic script exactly as a clinic site does: no imports from src/.
import { expect } from '@open-wc/testing';
import { captureWarnings, frame, loadScript } from './helpers.js';

const TAGS = ['acupt-book', 'acupt-quiz', 'acupt-compare'];

describe('dist/acupt-widget.js on a plain page', () => {
  let initial: Set<string>;
  let warnings: ReturnType<typeof captureWarnings>;

  before(async () => {
    initial = new Set(Object.getOwnPropertyNames(window));
    warnings = captureWarnings();
    document.body.innerHTML = '<acupt-compare></acupt-compare>';
    await loadScript('/dist/acupt-widget.js');
    await loadScript('/dist/acupt-widget.js');
  });
  after(() => warnings.restore());

  it('registers every element', () => {
    for (const tag of TAGS) expect(customElements.get(tag), tag).to.be.a('function');
  });

  it('renders a pasted <acupt-compare> into its shadow root', async () => {
    await frame();
    const el = document.querySelector('acupt-compare')!;
    expect(el.shadowRoot?.textContent?.trim()).to.not.equal('');
    expect(el.getBoundingClientRect().height).to.be.greaterThan(0);
  });

  it('loads twice without an error or a warning', () => {
    expect(warnings.lines).to.deep.equal([]);
  });

  it('adds no global besides window.AcuptWidget', () => {
    const added = Object.getOwnPropertyNames(window).filter((name) => !initial.has(name));
    expect(added).to.deep.equal(['AcuptWidget']);
    expect(window.AcuptWidget?.elements).to.deep.equal(TAGS);
    expect(window.AcuptWidget?.version).to.match(/^\d+\.\d+\.\d+/);
  });

  it('keeps the first copy when another version loads, warning once', async () => {
    const code = await (await fetch('/dist/acupt-widget.js')).text();
    const version = window.AcuptWidget!.version;
    const other = code.replaceAll(version, '99.0.0');
    expect(other).to.not.equal(code);
    const url = URL.createObjectURL(new Blob([other], { type: 'text/javascript' }));
    const defined = customElements.get('acupt-compare');
    await loadScript(url);
    expect(customElements.get('acupt-compare')).to.equal(defined);
    expect(window.AcuptWidget!.version).to.equal(version);
    expect(warnings.lines).to.deep.equal([
      `[acupt-widget] version 99.0.0 ignored: ${version} is already running.`,
    ]);
  });
});

describe('dist/acupt-widget.js on a page that declares no encoding', () => {
  // The same page twice: as a host with no charset anywhere serves it (the browser falls back to
  // windows-1252, and the scripts come as bare text/javascript), and as UTF-8. Sandboxed: a frame
  // of this page's origin would take this page's encoding.
  const PAGE = '/test/browser/fixtures/no-charset.html';
  const frames: HTMLIFrameElement[] = [];
  after(() => frames.forEach((frame) => frame.remove()));

  const shown = (src: string) =>
    new Promise<{ encoding: string; texts: string[] }>((resolve) => {
      const frame = document.createElement('iframe');
      frame.sandbox.add('allow-scripts');
      frame.src = src;
      addEventListener('message', function report(event) {
        if (event.source !== frame.contentWindow) return;
        removeEventListener('message', report);
        resolve(event.data);
      });
      frames.push(frame);
      document.body.append(frame);
    });

  it('shows the core’s and an add-on’s texts as on a UTF-8 page', async () => {
    const plain = await shown(`/no-charset${PAGE}`);
    const utf8 = await shown(PAGE);
    expect(plain.encoding).to.equal('windows-1252');
    expect(utf8.encoding).to.equal('UTF-8');
    expect(utf8.texts.join('')).to.match(/–/).and.to.match(/¿/).and.to.match(/é/);
    expect(plain.texts).to.deep.equal(utf8.texts);
  });
});
