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
