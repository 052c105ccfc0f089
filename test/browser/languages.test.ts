// Every language on every screen: with `lang` set, no state of any element shows, or names for
// screen readers, a text that exists only in English. Then right to left, a `lang` changed on an
// ancestor, a language a clinic brings in its content overrides, and the warning for one nobody
// brings. The add-ons' texts come from their source, handed over as their scripts do
// (addons.test.ts loads the built scripts themselves).
import { expect, html } from '@open-wc/testing';
import '../../src/index.js';
import { flatten } from '../../src/i18n/pack.js';
import { addLanguage } from '../../src/i18n/registry.js';
import { english, type Translation } from '../../src/i18n/translation.js';
import ar from '../../src/i18n/translations/ar.js';
import de from '../../src/i18n/translations/de.js';
import el from '../../src/i18n/translations/el.js';
import es from '../../src/i18n/translations/es.js';
import fr from '../../src/i18n/translations/fr.js';
import ko from '../../src/i18n/translations/ko.js';
import pt from '../../src/i18n/translations/pt.js';
import vi from '../../src/i18n/translations/vi.js';
import zhHans from '../../src/i18n/translations/zh-Hans.js';
import zhHant from '../../src/i18n/translations/zh-Hant.js';
import { VERSION } from '../../src/shared/version.js';
import { captureWarnings, deep, fixture, frame } from './helpers.js';

type Widget = HTMLElement & { updateComplete: Promise<boolean> };

const LANGUAGES: Record<string, Translation> = { es, fr, de, el, pt, 'zh-Hans': zhHans, 'zh-Hant': zhHant, ko, vi, ar };
for (const [lang, t] of Object.entries(LANGUAGES)) if (lang !== 'es') addLanguage({ lang, version: VERSION, texts: flatten(t) });

const ENGLISH = flatten(english);
/** English texts this language writes otherwise; a name that stays the same ("Medicare") cannot tell. */
const englishOnly = (t: Translation) => {
  const own = new Set(flatten(t));
  return ENGLISH.filter((text) => !own.has(text) && /\p{L}{3}/u.test(text));
};

/** Everything an element shows or says: text, and the names and hints given to assistive technology. */
function said(root: Element): string[] {
  const out: string[] = [];
  for (const node of [root, ...deep(root)]) {
    if (node.shadowRoot) continue;
    for (const child of node.childNodes) if (child.nodeType === Node.TEXT_NODE && child.textContent!.trim()) out.push(child.textContent!.trim());
    for (const attr of ['aria-label', 'title', 'alt', 'placeholder']) {
      const value = node.getAttribute(attr);
      if (value) out.push(value);
    }
  }
  return out;
}

function expectTranslated(root: Element, lang: string, screen: string) {
  const english = englishOnly(LANGUAGES[lang]!);
  const texts = said(root);
  expect(texts.length, `${lang} ${screen}: nothing rendered`).to.be.greaterThan(0);
  const left = texts.filter((text) => english.some((en) => text === en || (en.length > 12 && text.includes(en))));
  expect(left, `${lang} ${screen}: English left`).to.deep.equal([]);
}

async function settle(el: Widget) {
  await el.updateComplete;
  for (const inner of deep(el).filter((n) => n.localName.startsWith('acupt-'))) await (inner as Widget).updateComplete;
  await frame();
}
const $$ = <T extends Element = HTMLElement>(el: Element, selector: string) => [...el.shadowRoot!.querySelectorAll<T>(selector)];
async function forward(quiz: Widget) {
  $$<HTMLButtonElement>(quiz, '.nav button').at(-1)!.click();
  await settle(quiz);
}
/** An answer per screen by key, `[]` for "None of these". */
async function answer(quiz: Widget, keys: string[]) {
  const inputs = $$<HTMLInputElement>(quiz, 'input');
  for (const key of keys.length ? keys : ['']) inputs.find((i) => i.value === key)!.click();
  await forward(quiz);
}

/** Paths that, together, show every screen, note, caution and kind of result. */
const WALKS: [string, string[][]][] = [
  ['both, with the plan and every caution', [[], [], ['sharpPain'], ['chronic'], ['noCause'], ['posture'], ['ptNeither'], ['noPreference'], ['pregnant', 'bleeding', 'pacemaker', 'skin', 'needleFear']]],
  ['physical therapy after surgery, new pain, needles later', [[], [], ['sharpPain'], ['acute'], ['surgery'], ['movingOk'], ['ptPrescribed'], ['avoidNeedles'], []]],
  ['acupuncture', [[], [], ['dullPain'], ['subacute'], ['noCause'], ['hardToMove'], ['ptNotEnough'], ['preferCalm'], []]],
  ['either', [[], [], ['dullPain'], ['acute'], ['noCause'], ['movingOk'], ['ptNeither'], ['noPreference'], []]],
  ['an emergency', [['bladder']]],
  ['call your doctor today', [[], ['cancer']]],
];

describe('every language on every screen', function () {
  this.timeout(120000);
  beforeEach(() => sessionStorage.clear());
  after(() => sessionStorage.clear());

  it('knows English-only texts to look for in each', () => {
    for (const t of Object.values(LANGUAGES)) expect(englishOnly(t)).to.include.members([english.common.disclaimer, english.quiz.answers.bladder]);
  });

  for (const lang of Object.keys(LANGUAGES)) {
    it(`${lang}: the table at 320 and 1000 px with every tooltip and the sources, the book's link and menu, and the quiz on every path`, async () => {
      const wrap = await fixture<HTMLElement>(html`<div lang=${lang}>
        <div style="width: 320px"><acupt-compare highlight="both" clinic-name="Harbor"></acupt-compare></div>
        <div style="width: 1000px"><acupt-compare></acupt-compare></div>
        <acupt-book booking-url="https://clinic.example" target="_blank"></acupt-book>
        <acupt-book booking-url="https://clinic.example" phone="5550102000" email="hello@clinic.example"></acupt-book>
        <acupt-book phone="5550102000"></acupt-book>
      </div>`);
      for (const el of wrap.querySelectorAll<Widget>('acupt-compare, acupt-book')) {
        await settle(el);
        expect(el.shadowRoot!.querySelector('.root')!.getAttribute('lang')).to.equal(lang);
        expectTranslated(el, lang, el.localName);
      }
      for (const [name, path] of WALKS) {
        sessionStorage.clear();
        const holder = await fixture<HTMLElement>(html`<div lang=${lang}><acupt-quiz booking-url="https://clinic.example" phone="5550102000"></acupt-quiz></div>`);
        const quiz = holder.firstElementChild as Widget;
        await settle(quiz);
        expectTranslated(quiz, lang, 'intro');
        await forward(quiz);
        await forward(quiz);
        expectTranslated(quiz, lang, 'the error on the first screen');
        for (const [i, keys] of path.entries()) {
          expectTranslated(quiz, lang, `${name}, screen ${i + 1}`);
          await answer(quiz, keys);
        }
        expect(quiz.shadowRoot!.querySelector('[part~=result]'), `${name}: a result`).to.not.equal(null);
        expectTranslated(quiz, lang, `${name}: the result`);
      }
    });
  }
});

describe('right to left', () => {
  it('Arabic renders right to left, the menu opens at its button’s start, numbers and addresses stay left to right', async () => {
    // An Arabic page: its column reads right to left, so a button alone in it sits at the right.
    const wrap = await fixture<HTMLElement>(html`<div lang="ar" dir="rtl" style="width: 700px">
      <acupt-compare></acupt-compare>
      <p><acupt-book booking-url="https://clinic.example" phone="+1 555 010 2000" email="hello@clinic.example"></acupt-book></p>
    </div>`);
    const [compare, book] = [...wrap.querySelectorAll<Widget>('acupt-compare, acupt-book')] as [Widget, Widget];
    await settle(compare);
    await settle(book);
    for (const el of [compare, book]) expect(getComputedStyle(el.shadowRoot!.querySelector('.root')!).direction).to.equal('rtl');
    // The criterion column is at the right, as Arabic reads.
    const [criterion, first] = [...compare.shadowRoot!.querySelectorAll('tbody tr:first-child > *')].map((c) => c.getBoundingClientRect());
    expect(criterion!.left).to.be.greaterThan(first!.left);
    const button = book.shadowRoot!.querySelector<HTMLButtonElement>('button')!;
    button.click();
    const menu = book.shadowRoot!.querySelector<HTMLElement>('[part=menu]')!;
    for (let i = 0; i < 30 && !menu.dataset.side; i++) await frame();
    expect(menu.dataset.side).to.match(/^(bottom|top)-start$/);
    expect(Math.abs(menu.getBoundingClientRect().right - button.getBoundingClientRect().right), 'menu aligned to the button’s right edge').to.be.below(1.5);
    const phone = book.shadowRoot!.querySelector('bdi')!;
    expect([phone.getAttribute('dir'), getComputedStyle(phone).direction, phone.textContent]).to.deep.equal(['ltr', 'ltr', '(555) 010-2000']);
    expect(book.shadowRoot!.querySelector('small')!.getAttribute('dir')).to.equal('ltr');
    menu.hidePopover();
  });

  it('other languages stay left to right, whatever the page’s direction', async () => {
    const wrap = await fixture<HTMLElement>(html`<div dir="rtl"><acupt-quiz lang="fr"></acupt-quiz></div>`);
    const quiz = wrap.firstElementChild as Widget;
    await settle(quiz);
    expect(getComputedStyle(quiz.shadowRoot!.querySelector('.root')!).direction).to.equal('ltr');
  });
});

describe('which language an element speaks', () => {
  it('follows a lang changed on an ancestor after it has rendered', async () => {
    const wrap = await fixture<HTMLElement>(html`<section lang="en"><div><acupt-quiz></acupt-quiz></div></section>`);
    const quiz = wrap.querySelector<Widget>('acupt-quiz')!;
    await settle(quiz);
    const title = () => quiz.shadowRoot!.querySelector('h2')!.textContent!.trim();
    expect(title()).to.equal(english.quiz.title);
    wrap.setAttribute('lang', 'de');
    await new Promise((r) => setTimeout(r));
    await settle(quiz);
    expect(title()).to.equal(de.quiz.title);
    wrap.setAttribute('lang', 'zh-TW');
    await new Promise((r) => setTimeout(r));
    await settle(quiz);
    expect(title()).to.equal(zhHant.quiz.title);
  });

  it('speaks a language the content overrides bring, English for the rest, warning once with how many texts are missing', async () => {
    const warnings = captureWarnings();
    try {
      const wrap = await fixture<HTMLElement>(html`<div>
        <acupt-quiz lang="pl-PL"><script type="application/json">{ "pl": { "title": "Akupunktura czy fizjoterapia?", "start": "Zacznij" } }</script></acupt-quiz>
      </div>`);
      const quiz = wrap.querySelector<Widget>('acupt-quiz')!;
      await settle(quiz);
      expect(quiz.shadowRoot!.querySelector('.root')!.getAttribute('lang')).to.equal('pl');
      expect(quiz.shadowRoot!.querySelector('h2')!.textContent!.trim()).to.equal('Akupunktura czy fizjoterapia?');
      expect(quiz.shadowRoot!.querySelector('.nav button')!.textContent!.trim()).to.equal('Zacznij');
      expect(quiz.shadowRoot!.querySelector('.lead')!.textContent!.trim()).to.equal(english.quiz.intro);
      const total = flatten({ ...english.common, ...english.quiz }).length;
      expect(warnings.lines.filter((l) => l.includes('"pl"'))).to.deep.equal([
        `[acupt-widget] <acupt-quiz>: language "pl" of the content overrides lacks ${total - 2} of ${total} texts: they show in English.`,
      ]);
    } finally {
      warnings.restore();
    }
  });

  it('shows English for a language nobody brings, and says so once (the page has loaded: at once)', async () => {
    const warnings = captureWarnings();
    try {
      const wrap = await fixture<HTMLElement>(html`<div><acupt-book lang="tlh" phone="5550102000"></acupt-book><acupt-book lang="tlh" phone="5550102000"></acupt-book></div>`);
      for (const b of wrap.children) await settle(b as Widget);
      expect(wrap.firstElementChild!.shadowRoot!.querySelector('.root')!.getAttribute('lang')).to.equal('en');
      expect(warnings.lines.filter((l) => l.includes('"tlh"'))).to.deep.equal([
        '[acupt-widget] language "tlh" needs its add-on script (acupt-widget.<language>.js) or a content override; showing English.',
      ]);
    } finally {
      warnings.restore();
    }
  });
});
