// Accessibility in every state a visitor can reach: axe-core with zero violations of any impact,
// keyboard-only walkthroughs, and 200% zoom. Tests the source; the built bundle renders the same DOM.
import { expect } from '@open-wc/testing';
import type { BookClickDetail } from '../../src/book/book.js';
import { bookCatalog } from '../catalogs.js';
import { compareCatalog } from '../catalogs.js';
import '../../src/index.js';
import { FLAGS, LEVELS, STEPS, type Option, type Urgency } from '../../src/quiz/questions.js';
import { quizCatalog } from '../catalogs.js';
import { deep, engine, frame, press, viewport, violations, type Frame, type Widget } from './helpers.js';

type Attrs = Record<string, string>;

const DARK_PAGE = '#0f1716';
const BOOKING = { 'booking-url': 'https://clinic.example/book', phone: '(555) 010-2000', email: 'hello@clinic.example' };

// ---------------------------------------------------------------------------------------------
// Helpers. Assertions compare strings, never elements: chai serialising a rendered element
// on failure hangs the runner.

const text = (node: Node | null | undefined) => node?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
const $ = <T extends Element = HTMLElement>(el: Element, selector: string) => el.shadowRoot!.querySelector<T>(selector)!;
const $$ = <T extends Element = HTMLElement>(el: Element, selector: string) => [...el.shadowRoot!.querySelectorAll<T>(selector)];

/** The element with focus, looking through shadow roots. */
function focused(): Element | null {
  let node = document.activeElement;
  while (node?.shadowRoot?.activeElement) node = node.shadowRoot.activeElement;
  return node;
}

/** A control as a visitor identifies it: its role-ish tag and its accessible words. */
function named(node: Element | null): string {
  if (!node) return 'nothing';
  const label = node.getAttribute('aria-label') ?? (node.localName === 'input' ? text(node.closest('label')) : text(node));
  return `${node.localName}: ${label}`;
}
const focus = () => named(focused());

let page: HTMLElement | undefined;
/** Waits a task: a save the quiz defers after a change (storage is slow) has run by then. */
const afterSave = () => new Promise((r) => setTimeout(r));
/** The window of another size (200% zoom) or colour preference a test mounts into, if any. */
let framed: Frame | undefined;

/** Mounts `<tag>` with `attrs` in a wrapper styled as the host page would be (`style`), in `framed` if open. */
async function mount<T extends Widget = Widget>(tag: string, attrs: Attrs = {}, style = ''): Promise<T> {
  page?.remove();
  // A new quiz would resume the last one's progress, kept for the tab: once every save of it has run.
  await afterSave();
  sessionStorage.clear();
  const doc = framed?.doc ?? document;
  page = doc.createElement('div');
  page.setAttribute('style', `padding: 16px; ${style}`);
  const el = doc.createElement(tag) as T;
  for (const [name, value] of Object.entries(attrs)) el.setAttribute(name, value);
  page.append(el);
  doc.body.append(page);
  await settle(el);
  return el;
}

/** Waits for `el` and every acupt element in its shadow tree to finish rendering. */
async function settle(el: Widget): Promise<void> {
  await el.updateComplete;
  for (const inner of deep(el).filter((n) => n.localName.startsWith('acupt-'))) await (inner as Widget).updateComplete;
  await frame();
}

/** Waits until Floating UI has placed an open popover (it is transparent until then). */
async function placed(pop: HTMLElement): Promise<void> {
  for (let i = 0; i < 30 && !pop.dataset.side; i++) await frame();
  expect(pop.dataset.side, 'popover placed').to.be.a('string');
}

async function accessible(el: Element, state: string): Promise<void> {
  expect(await violations(el), state).to.deep.equal([]);
}

/** Focuses a plain page button placed before the widget, so the next Tab enters it as from the page. */
function startBefore(el: Element): HTMLButtonElement {
  const before = document.createElement('button');
  before.textContent = 'Page before';
  const after = document.createElement('button');
  after.textContent = 'Page after';
  el.before(before);
  el.after(after);
  before.focus();
  return before;
}

/** Records acupt-book-click and cancels it, as a page with its own booking modal would: no navigation. */
function bookClicks() {
  const seen: string[] = [];
  const on = (e: CustomEvent<BookClickDetail>) => {
    e.preventDefault();
    seen.push(`${e.detail.channel} ${e.detail.url}`);
  };
  document.addEventListener('acupt-book-click', on);
  return { seen, stop: () => document.removeEventListener('acupt-book-click', on) };
}

// ---------------------------------------------------------------------------------------------
// The quiz's screens.

const en = quizCatalog.en;
const es = quizCatalog.es;
/** A choice per screen, by answer key; on a checklist, the keys to tick (`[]` ticks "None of these"). */
type Pick = Option | Option[];
const SAFE: Pick[] = [[], []];
/** One answer path to each result, and to the results that show the most. */
const PICKS = {
  acupuncture: [...SAFE, 'sharpPain', 'subacute', 'noCause', 'hardToMove', 'ptNotEnough', 'preferCalm', []],
  // After surgery, new sharp pain, would rather avoid needles: every note, a short course, the pregnancy caution.
  pt: [...SAFE, 'sharpPain', 'acute', 'surgery', 'posture', 'ptPrescribed', 'avoidNeedles', ['pregnant', 'bleeding']],
  // The week-by-week plan and two cautions.
  both: [...SAFE, 'sharpPain', 'chronic', 'recentInjury', 'hardToMove', 'ptNotEnough', 'preferActive', ['bleeding', 'needleFear']],
  // Nothing points either way: both kinds of care, each with its own book button.
  either: [...SAFE, 'dullPain', 'subacute', 'noCause', 'movingOk', 'ptNeither', 'noPreference', []],
  // Acupuncture for new pain, with every caution.
  cautions: [...SAFE, 'dullPain', 'acute', 'noCause', 'hardToMove', 'ptNeither', 'preferCalm', ['pregnant', 'bleeding', 'pacemaker', 'skin', 'needleFear']],
} satisfies Record<string, Pick[]>;
/** The heading each of PICKS ends on. */
const ENDS: Record<keyof typeof PICKS, keyof typeof en.result> = { acupuncture: 'acupuncture', pt: 'pt', both: 'both', either: 'either', cautions: 'acupuncture' };

/** The ticks that end the quiz at each level of urgent-care advice: the first sign of that level, on its checklist. */
const URGENT = Object.fromEntries(
  LEVELS.map((level) => {
    const sign = (Object.keys(FLAGS) as (keyof typeof FLAGS)[]).find((f) => FLAGS[f] === level)!;
    return [level, (STEPS[0].options as readonly string[]).includes(sign) ? [[sign]] : [[], [sign]]];
  }),
) as Record<Urgency, Pick[]>;

async function next(quiz: Widget): Promise<void> {
  $<HTMLButtonElement>(quiz, '.nav .btn:last-child').click();
  await settle(quiz);
}

/** Chooses the inputs of a pick on the screen shown (by value; "None of these" has none), then Next. */
async function answer(quiz: Widget, pick: Pick): Promise<void> {
  const inputs = $$<HTMLInputElement>(quiz, 'input');
  const keys: string[] = Array.isArray(pick) ? (pick.length ? pick : ['']) : [pick];
  for (const key of keys) {
    const input = inputs.find((i) => i.value === key);
    expect(input, `"${key}" on "${text($(quiz, 'h2'))}"`).to.not.equal(undefined);
    input!.click();
  }
  await settle(quiz);
  await next(quiz);
}

async function walk(quiz: Widget, picks: Pick[]): Promise<void> {
  await next(quiz);
  for (const pick of picks) await answer(quiz, pick);
}

// ---------------------------------------------------------------------------------------------

describe('accessibility', function () {
  this.timeout(60000);

  // The quiz keeps progress for the tab, and the next test file may run in this tab: none is left.
  beforeEach(() => sessionStorage.clear());
  afterEach(async () => {
    page?.remove();
    page = undefined;
    framed?.frame.remove();
    framed = undefined;
    await afterSave();
    sessionStorage.clear();
  });

  describe('axe: zero violations in every state', () => {
    /** Looks: theme, language, layout, and accents at the edges of the contrast claim. */
    const LOOKS: { name: string; attrs: Attrs; style?: string; prefersDark?: true }[] = [
      { name: 'light', attrs: {} },
      { name: 'dark theme on a dark page', attrs: { theme: 'dark' }, style: `background: ${DARK_PAGE}` },
      // Where a page can be made to prefer dark: WebKitGTK gives an iframe the system's preference,
      // whatever its embedder's color-scheme, and has no media emulation. There the dark looks
      // cover it: base.test.ts shows that auto then renders exactly as dark.
      ...(engine() === 'webkit'
        ? []
        : [{ name: 'auto theme, visitor prefers dark', attrs: { theme: 'auto' }, style: `background: ${DARK_PAGE}`, prefersDark: true as const }]),
      { name: 'Spanish', attrs: { lang: 'es' } },
      { name: 'compact, pale yellow accent', attrs: { density: 'compact', accent: '#ffe14d' } },
      { name: 'mid-grey accent, dark', attrs: { accent: '#767676', theme: 'dark' }, style: `background: ${DARK_PAGE}` },
    ];
    /** For a look whose visitor prefers dark, a window that does (an iframe with `color-scheme: dark`). */
    const prefer = async (look: { prefersDark?: true }) => {
      if (!look.prefersDark) return;
      framed ??= await viewport(innerWidth, innerHeight, { colorScheme: 'dark' });
      expect(framed.win.matchMedia('(prefers-color-scheme: dark)').matches, 'the window prefers dark').to.equal(true);
    };

    describe('<acupt-compare>', () => {
      const looks = [
        ...LOOKS,
        { name: 'highlighted column, clinic named', attrs: { highlight: 'both', 'clinic-name': 'Riverside Clinic' } },
        { name: 'narrow stacked layout (320 px)', attrs: { highlight: 'pt' }, style: 'width: 320px' },
        {
          name: 'narrow stacked layout, dark, Spanish',
          attrs: { theme: 'dark', lang: 'es', highlight: 'acupuncture' },
          style: `width: 320px; background: ${DARK_PAGE}`,
        },
      ];
      for (const look of looks) {
        it(`${look.name}: closed, each tooltip open, Sources open`, async () => {
          await prefer(look);
          const el = await mount('acupt-compare', look.attrs, look.style);
          const stacked = getComputedStyle($(el, 'table')).display === 'block';
          expect(stacked, 'stacked layout').to.equal(look.name.startsWith('narrow'));
          await accessible(el, `${look.name}, closed`);

          const buttons = $$<HTMLButtonElement>(el, '[part=info-button]');
          expect(buttons.length).to.equal(8);
          for (const button of buttons) {
            button.scrollIntoView({ block: 'center' });
            button.click();
            const tip = $(el, `#${button.getAttribute('popovertarget')}`);
            await placed(tip);
            expect(button.getAttribute('aria-expanded')).to.equal('true');
            await accessible(el, `${look.name}, tooltip "${button.getAttribute('aria-label')}" open`);
            tip.hidePopover();
            await frame();
          }

          const details = $<HTMLDetailsElement>(el, 'details');
          details.open = true;
          details.scrollIntoView();
          await frame();
          expect($$(el, 'details a').length).to.be.greaterThan(0);
          await accessible(el, `${look.name}, Sources open`);
        });
      }
    });

    describe('<acupt-book>', () => {
      const variants: { name: string; attrs: Attrs }[] = [
        { name: 'online link', attrs: { 'booking-url': BOOKING['booking-url'] } },
        { name: 'phone link', attrs: { phone: BOOKING.phone } },
        { name: 'email link, outline, small', attrs: { email: BOOKING.email, variant: 'outline', size: 'sm' } },
        { name: 'inline text link, new tab', attrs: { 'booking-url': BOOKING['booking-url'], variant: 'link', target: '_blank' } },
        { name: 'large, custom label', attrs: { phone: BOOKING.phone, size: 'lg', label: 'Ring the clinic' } },
      ];
      for (const look of LOOKS) {
        it(`${look.name}: every kind of link, and the menu closed and open`, async () => {
          await prefer(look);
          for (const variant of variants) {
            const el = await mount('acupt-book', { ...look.attrs, ...variant.attrs }, look.style);
            expect($$(el, '[part~=button]').length, variant.name).to.equal(1);
            await accessible(el, `${look.name}, ${variant.name}`);
          }
          for (const variant of ['solid', 'outline', 'link']) {
            const el = await mount('acupt-book', { ...look.attrs, ...BOOKING, variant }, look.style);
            const button = $<HTMLButtonElement>(el, 'button[part~=button]');
            await accessible(el, `${look.name}, ${variant} menu closed`);
            button.click();
            const menu = $(el, '[part=menu]');
            await placed(menu);
            expect(button.getAttribute('aria-expanded')).to.equal('true');
            expect($$(el, '[role=menuitem]').length).to.equal(3);
            await accessible(el, `${look.name}, ${variant} menu open`);
          }
        });
      }
    });

    describe('<acupt-quiz>', () => {
      const looks = [
        ...LOOKS,
        { name: 'narrow (320 px), dark, Spanish', attrs: { theme: 'dark', lang: 'es' }, style: `width: 320px; background: ${DARK_PAGE}` },
      ];
      for (const look of looks) {
        const attrs = { ...look.attrs, ...BOOKING, 'clinic-name': 'Riverside Clinic' };
        const setup = async () => {
          await prefer(look);
          return mount('acupt-quiz', attrs, look.style);
        };

        it(`${look.name}: the intro, every question screen, and the error state`, async () => {
          const el = await setup();
          await accessible(el, `${look.name}, intro`);
          await next(el);
          // The error state on a checklist and on a one-choice question.
          await next(el);
          expect($$(el, '[role=alert]').length, 'error shown').to.equal(1);
          await accessible(el, `${look.name}, error on a checklist`);
          const picks = PICKS.both;
          for (const [i, pick] of picks.entries()) {
            expect(text($(el, '[part=progress]')), 'screen').to.match(new RegExp(`^\\D*${i + 1}\\D+9$`));
            await accessible(el, `${look.name}, screen ${i + 1}`);
            if (i === 2) {
              await next(el);
              expect($$(el, '[role=alert]').length, 'error shown').to.equal(1);
              await accessible(el, `${look.name}, error on a one-choice question`);
            }
            await answer(el, pick);
          }
          expect($$(el, '[part=result]').length).to.equal(1);
        });

        it(`${look.name}: every result, with each book menu open, "Copied", and each level of urgent-care advice`, async () => {
          const strings = look.attrs.lang === 'es' ? es : en;
          for (const [care, picks] of Object.entries(PICKS) as [keyof typeof PICKS, Pick[]][]) {
            const el = await setup();
            await walk(el, picks);
            expect($$(el, '[part=result]').length, care).to.equal(1);
            expect(text($(el, 'h2')), care).to.equal(strings.result[ENDS[care]]);
            await accessible(el, `${look.name}, result ${care}`);
            const books = $$(el, 'acupt-book');
            expect(books.length, `${care}: book buttons`).to.equal(care === 'either' ? 2 : 1);
            for (const book of books) {
              const menu = $(book, '[part=menu]');
              $<HTMLButtonElement>(book, 'button[part~=button]').click();
              await placed(menu);
              await accessible(el, `${look.name}, result ${care}, ${book.getAttribute('service')} booking menu open`);
              menu.hidePopover();
              await frame();
            }
            // Copy, where the clipboard API is (as on any https page): "Copied" is announced.
            const copy = $$<HTMLButtonElement>(el, '.take button').find((b) => text(b) === strings.copy);
            const clipboard = el.ownerDocument.defaultView!.navigator.clipboard;
            expect(!!copy, 'Copy is offered where the clipboard is').to.equal(!!clipboard);
            if (copy && care === 'both') {
              Object.defineProperty(clipboard, 'writeText', { configurable: true, value: async () => undefined });
              try {
                copy.click();
                for (let i = 0; i < 10 && !text($(el, '[role=status]')); i++) await frame();
                expect(text($(el, '[role=status]'))).to.equal(strings.copied);
                await accessible(el, `${look.name}, result ${care}, copied`);
              } finally {
                delete (clipboard as { writeText?: unknown }).writeText;
              }
            }
          }
          for (const [level, picks] of Object.entries(URGENT)) {
            const el = await setup();
            await walk(el, picks);
            expect(text($(el, 'h2')), level).to.equal(strings.advice[level as Urgency]);
            expect($$(el, 'acupt-book').length, 'no booking on urgent advice').to.equal(0);
            await accessible(el, `${look.name}, urgent care: ${level}`);
          }
        });
      }
    });
  });

  describe('keyboard only', () => {
    it('<acupt-compare>: Tab reaches every info button; Enter and Space open its tooltip, Escape closes it; Sources opens and its links are reached; Shift+Tab goes back', async () => {
      const el = await mount('acupt-compare', { highlight: 'pt' });
      startBefore(el);
      const rows = compareCatalog.en.rows;
      for (const [i, row] of rows.entries()) {
        await press('Tab');
        expect(focus()).to.equal(`button: About ${row.label}`);
        const button = focused() as HTMLButtonElement;
        const tip = $(el, `#${button.getAttribute('popovertarget')}`);
        await press(i % 2 ? 'Space' : 'Enter');
        expect(tip.matches(':popover-open'), `${row.label} tooltip open`).to.equal(true);
        expect(button.getAttribute('aria-expanded')).to.equal('true');
        await placed(tip);
        await press('Escape');
        expect(tip.matches(':popover-open'), `${row.label} tooltip closed`).to.equal(false);
        expect(button.getAttribute('aria-expanded')).to.equal('false');
        expect(focus(), 'focus stays on the button').to.equal(`button: About ${row.label}`);
      }
      await press('Tab');
      expect(focus()).to.equal(`summary: ${compareCatalog.en.sources}`);
      await press('Enter');
      expect($<HTMLDetailsElement>(el, 'details').open, 'Sources open').to.equal(true);
      const links = $$(el, 'details a');
      for (const link of links) {
        await press('Tab');
        expect(focus()).to.equal(named(link));
      }
      await press('Tab');
      expect(focus()).to.equal('button: Page after');
      await press('Shift+Tab');
      expect(focus()).to.equal(named(links.at(-1)!));
      await press('Shift+Tab', links.length);
      expect(focus()).to.equal(`summary: ${compareCatalog.en.sources}`);
      await press('Space');
      expect($<HTMLDetailsElement>(el, 'details').open, 'Sources closed').to.equal(false);
      await press('Shift+Tab');
      expect(focus()).to.equal(`button: About ${rows.at(-1)!.label}`);
    });

    it('<acupt-book> as a link: Tab reaches it and Enter chooses it', async () => {
      const clicks = bookClicks();
      try {
        const el = await mount('acupt-book', { phone: BOOKING.phone });
        startBefore(el);
        await press('Tab');
        expect(focus()).to.equal('a: Call (555) 010-2000');
        await press('Enter');
        expect(clicks.seen).to.deep.equal(['phone tel:5550102000']);
        await press('Tab');
        expect(focus()).to.equal('button: Page after');
      } finally {
        clicks.stop();
      }
    });

    it('<acupt-book> as a menu: Enter and Space open it on its first item, arrows move and wrap, Escape closes it to the button, Enter chooses, Tab leaves and closes', async () => {
      const s = bookCatalog.en;
      const items = [`a: ${s.online}`, `a: ${s.phone.replace('{number}', '(555) 010-2000')}`, `a: ${s.email} ${BOOKING.email}`];
      const clicks = bookClicks();
      try {
        const el = await mount('acupt-book', BOOKING);
        const menu = $(el, '[role=menu]');
        const open = () => menu.matches(':popover-open');
        startBefore(el);
        await press('Tab');
        expect(focus()).to.equal(`button: ${s.label}`);
        await press('Enter');
        expect(open(), 'open').to.equal(true);
        expect(focus()).to.equal(items[0]);
        await press('ArrowDown');
        expect(focus()).to.equal(items[1]);
        await press('ArrowDown');
        expect(focus()).to.equal(items[2]);
        await press('ArrowDown');
        expect(focus(), 'wraps to the first').to.equal(items[0]);
        await press('ArrowUp');
        expect(focus(), 'wraps to the last').to.equal(items[2]);
        await press('Escape');
        expect(open(), 'closed by Escape').to.equal(false);
        expect(focus()).to.equal(`button: ${s.label}`);
        expect($(el, 'button').getAttribute('aria-expanded')).to.equal('false');

        await press('Space');
        expect(open(), 'opened by Space').to.equal(true);
        expect(focus()).to.equal(items[0]);
        await press('ArrowDown');
        await press('Enter');
        expect(clicks.seen).to.deep.equal(['phone tel:5550102000']);
        expect(open(), 'closed once chosen').to.equal(false);
        await frame();
        expect(focus(), 'focus returns to the button').to.equal(`button: ${s.label}`);

        await press('Enter');
        expect(open()).to.equal(true);
        await press('Tab');
        expect(open(), 'closed when focus leaves').to.equal(false);
        expect(focus()).to.equal('button: Page after');
      } finally {
        clicks.stop();
      }
    });

    it('<acupt-quiz>: Start, checklists with Tab and Space, the error on Enter, radios with arrows, Back and Next with Tab and Shift+Tab, the result and its booking menu, and Start over', async () => {
      const clicks = bookClicks();
      try {
        const el = await mount('acupt-quiz', BOOKING);
        startBefore(el);
        const heading = () => text($(el, 'h2'));
        await press('Tab');
        expect(focus()).to.equal(`button: ${en.start}`);
        await press('Enter');
        expect(heading()).to.equal(en.questions.signs);
        expect(focus(), 'the new screen’s heading').to.equal(`h2: ${en.questions.signs}`);

        // A checklist: Tab to "None of these" (the last choice), Space ticks it, Enter moves on.
        const checklist = async (count: number) => {
          await press('Tab');
          expect(focus(), 'the first choice').to.equal(named($$(el, 'input')[0]!));
          await press('Tab', count - 1);
          expect(focus()).to.equal(`input: ${en.none}`);
          await press('Space');
          expect($$<HTMLInputElement>(el, 'input').at(-1)!.checked, 'ticked').to.equal(true);
          await press('Enter');
        };
        // Enter with nothing ticked: the error, announced and described.
        await press('Tab');
        await press('Enter');
        expect(text($(el, '[role=alert]'))).to.equal(en.pick);
        expect($(el, 'fieldset').getAttribute('aria-describedby')).to.equal('error');
        await press('Shift+Tab');
        await checklist(6);
        expect(heading()).to.equal(en.questions.checks);
        await checklist(7);
        expect(heading()).to.equal(en.questions.kind);

        // One-choice questions: Tab into the group, Space chooses, arrows move the choice.
        await press('Tab');
        await press('Space');
        await press('ArrowDown');
        expect(focus()).to.equal(`input: ${en.answers.dullPain}`);
        expect($$<HTMLInputElement>(el, 'input')[1]!.checked, 'arrow chose it').to.equal(true);
        await press('ArrowUp');
        expect(focus()).to.equal(`input: ${en.answers.sharpPain}`);
        await press('Enter');
        expect(heading()).to.equal(en.questions.duration);

        // The choices are one Tab stop; then Back, then Next; Shift+Tab goes back to Back.
        await press('Tab');
        expect(focus()).to.equal(`input: ${en.answers.acute}`);
        await press('Tab');
        expect(focus()).to.equal(`button: ${en.back}`);
        await press('Tab');
        expect(focus()).to.equal(`button: ${en.next}`);
        await press('Shift+Tab');
        expect(focus()).to.equal(`button: ${en.back}`);
        await press('Enter');
        expect(heading()).to.equal(en.questions.kind);
        expect(focus()).to.equal(`h2: ${en.questions.kind}`);
        await press('Tab');
        expect(focus(), 'the answer given is kept and focused').to.equal(`input: ${en.answers.sharpPain}`);
        // Next, reached with Tab and pressed with Space.
        await press('Tab', 2);
        expect(focus()).to.equal(`button: ${en.next}`);
        await press('Space');
        expect(heading()).to.equal(en.questions.duration);

        for (const key of ['chronic', 'recentInjury', 'posture', 'ptNeither', 'noPreference'] as const) {
          await press('Tab');
          await press('Space');
          while (focus() !== `input: ${en.answers[key]}`) await press('ArrowDown');
          await press('Enter');
        }
        expect(heading()).to.equal(en.questions.health);
        await checklist(6);

        expect(heading()).to.equal(en.result.both);
        expect(focus()).to.equal(`h2: ${en.result.both}`);
        await press('Tab');
        expect(focus()).to.equal(`button: ${bookCatalog.en.label}`);
        await press('Enter');
        expect(focus()).to.equal(`a: ${bookCatalog.en.online}`);
        await press('Enter');
        expect(clicks.seen).to.deep.equal(['online https://clinic.example/book?service=both']);
        await frame();
        expect(focus(), 'focus returns to the menu button once a channel is chosen').to.equal(`button: ${bookCatalog.en.label}`);
        // Then taking the result away: Print, Copy (where the clipboard API is), Email it to me.
        for (const control of [`button: ${en.print}`, ...(navigator.clipboard ? [`button: ${en.copy}`] : []), `a: ${en.email}`]) {
          await press('Tab');
          expect(focus()).to.equal(control);
        }
        await press('Tab');
        expect(focus()).to.equal(`button: ${en.back}`);
        await press('Tab');
        expect(focus()).to.equal(`button: ${en.restart}`);
        await press('Enter');
        expect(heading()).to.equal(en.title);
        expect(focus()).to.equal(`h2: ${en.title}`);
      } finally {
        clicks.stop();
      }
    });

    it('<acupt-quiz>: a warning sign ends it on advice whose call link is reached by Tab', async () => {
      const el = await mount('acupt-quiz', { ...BOOKING, 'emergency-number': '112' });
      startBefore(el);
      await press('Tab');
      await press('Enter');
      await press('Tab');
      await press('Space');
      await press('Enter');
      expect(text($(el, 'h2'))).to.equal(en.advice.emergency);
      await press('Tab');
      expect(focus()).to.equal(`a: ${en.call.replace('{number}', '112')}`);
      expect(($(el, 'a.call') as HTMLAnchorElement).href).to.equal('tel:112');
      await press('Tab');
      expect(focus()).to.equal(`button: ${en.back}`);
      await press('Enter');
      expect(text($(el, 'h2')), 'Back returns to the checklist that ended it').to.equal(en.questions.signs);
      expect(focus()).to.equal(`h2: ${en.questions.signs}`);
      expect($$<HTMLInputElement>(el, 'input').map((i) => i.checked), 'the tick kept').to.deep.equal([true, false, false, false, false, false]);
    });

    it('<acupt-quiz>: "Either is a good place to start" offers both kinds of care, each book menu reached by Tab', async () => {
      const clicks = bookClicks();
      try {
        const el = await mount('acupt-quiz', BOOKING);
        await walk(el, PICKS.either);
        expect(text($(el, 'h2'))).to.equal(en.result.either);
        expect(focus()).to.equal(`h2: ${en.result.either}`);
        for (const [service, label] of [
          ['acupuncture', en.bookAcupuncture],
          ['pt', en.bookPt],
        ] as const) {
          await press('Tab');
          expect(focus()).to.equal(`button: ${label}`);
          await press('Enter');
          expect(focus()).to.equal(`a: ${bookCatalog.en.online}`);
          await press('Enter');
          expect(clicks.seen.at(-1)).to.equal(`online https://clinic.example/book?service=${service}`);
          await frame();
          expect(focus(), 'focus returns to the menu button').to.equal(`button: ${label}`);
        }
        await press('Tab');
        expect(focus()).to.equal(`button: ${en.print}`);
        expect(clicks.seen.length).to.equal(2);
      } finally {
        clicks.stop();
      }
    });
  });

  describe('200% zoom (a 640 × 450 window, as 1280 × 900 at 200%)', () => {
    const WIDTH = 640;
    const HEIGHT = 450;

    /** Text hidden from sight by design: screen-reader-only text, the stacked table's visually hidden header. */
    const hiddenByDesign = (node: Element) => !!node.closest('.sr-only, thead') || !node.checkVisibility();

    /** The page does not scroll sideways, no box clips or spills its content sideways, and all text is on screen. */
    function noLossOfContent(el: Element, state: string) {
      const html = el.ownerDocument.documentElement;
      expect(html.scrollWidth, `${state}: page scrolls sideways`).to.be.at.most(html.clientWidth);
      const spilled: string[] = [];
      for (const node of deep(el)) {
        if (hiddenByDesign(node) || node.closest('svg')) continue;
        if (node.clientWidth > 0 && node.scrollWidth > node.clientWidth + 1) {
          spilled.push(`${named(node)} (${node.scrollWidth} > ${node.clientWidth})`);
        }
        for (const child of node.childNodes) {
          if (child.nodeType !== Node.TEXT_NODE || !child.textContent!.trim()) continue;
          const range = el.ownerDocument.createRange();
          range.selectNodeContents(child);
          for (const r of range.getClientRects()) {
            if (r.left < -0.5 || r.right > WIDTH + 0.5) spilled.push(`text "${text(child).slice(0, 30)}" at ${r.left}–${r.right}`);
          }
        }
      }
      expect(spilled, `${state}: content clipped or off screen`).to.deep.equal([]);
    }

    /**
     * Every control can be reached (on screen once scrolled to, and it is what a click there hits)
     * and is at least 24 × 24 px; primary targets (`primary`) at least 44 × 44 px.
     */
    function targets(el: Element, state: string, primary: string) {
      const problems: string[] = [];
      const controls = deep(el).filter(
        (n) => n.matches('a[href], button, summary, label, [tabindex="0"]') && !hiddenByDesign(n) && !n.closest('[popover]:not(:popover-open)'),
      );
      expect(controls.length, `${state}: controls`).to.be.greaterThan(0);
      const boxes = controls.map((n) => n.getBoundingClientRect());
      for (const [i, node] of controls.entries()) {
        node.scrollIntoView({ block: 'nearest', inline: 'nearest' });
        const r = node.getBoundingClientRect();
        // A link wrapping over lines is hit on its first line.
        const line = node.getClientRects()[0]!;
        const hit = (node.getRootNode() as ShadowRoot).elementFromPoint(line.x + line.width / 2, line.y + line.height / 2);
        if (!hit || !(node === hit || node.contains(hit))) problems.push(`${named(node)}: covered by ${named(hit)}`);
        if (r.left < 0 || r.right > WIDTH) problems.push(`${named(node)}: off screen (${r.left}–${r.right})`);
        const min = node.matches(primary) ? 44 : 24;
        if (r.width >= min && r.height >= min) continue;
        // WCAG 2.5.8's spacing exception, for secondary targets only: a 24 px circle centred on the
        // target meets no other target, nor the circle of another (e.g. "call 911" inside a sentence).
        const b = boxes[i]!;
        const centre = [b.x + b.width / 2, b.y + b.height / 2] as const;
        const crowded = boxes.some((o, j) => {
          if (j === i) return false;
          const dx = Math.max(o.left - centre[0], 0, centre[0] - o.right);
          const dy = Math.max(o.top - centre[1], 0, centre[1] - o.bottom);
          const other = [o.x + o.width / 2, o.y + o.height / 2] as const;
          return Math.hypot(dx, dy) < 12 || Math.hypot(other[0] - centre[0], other[1] - centre[1]) < 24;
        });
        if (min === 44 || crowded) problems.push(`${named(node)}: ${Math.round(r.width)} × ${Math.round(r.height)} px, under ${min}`);
      }
      expect(problems, `${state}: targets`).to.deep.equal([]);
    }

    beforeEach(async () => {
      framed = await viewport(WIDTH, HEIGHT);
    });

    // The window's whole width (about 600 px inside the body's margin and the wrapper's padding) is a block theme's
    // content column: the table keeps its columns there, with tighter cells (480–720 px). In a
    // narrower column it stacks.
    for (const [layout, style, display] of [
      ['the whole width: columns', 'padding: 8px', 'table'],
      ['a 320 px column: stacked', 'padding: 8px; width: 320px', 'block'],
    ] as const) {
      it(`<acupt-compare> in ${layout}, every tooltip fully on screen, Sources open`, async () => {
        const el = await mount('acupt-compare', { highlight: 'both', 'clinic-name': 'Riverside Clinic' }, style);
        const primary = '.info, summary';
        const width = el.getBoundingClientRect().width;
        expect(width >= 480 && width < 720, `${Math.round(width)} px: a theme's column`).to.equal(display === 'table');
        for (const lang of ['en', 'es']) {
          el.setAttribute('lang', lang);
          await settle(el);
          expect(getComputedStyle($(el, 'table')).display, layout).to.equal(display);
          noLossOfContent(el, lang);
          targets(el, lang, primary);
          for (const button of $$<HTMLButtonElement>(el, '[part=info-button]')) {
            button.scrollIntoView({ block: 'center' });
            button.click();
            const tip = $(el, `#${button.getAttribute('popovertarget')}`);
            await placed(tip);
            const r = tip.getBoundingClientRect();
            const state = `${lang}, tooltip ${button.getAttribute('aria-label')}`;
            expect([r.left >= 0, r.top >= 0, r.right <= WIDTH, r.bottom <= HEIGHT], `${state} on screen`).to.deep.equal([true, true, true, true]);
            expect(tip.scrollWidth, `${state}: clipped`).to.be.at.most(tip.clientWidth);
            tip.hidePopover();
          }
          $<HTMLDetailsElement>(el, 'details').open = true;
          await frame();
          noLossOfContent(el, `${lang}, Sources open`);
          targets(el, `${lang}, Sources open`, primary);
          $<HTMLDetailsElement>(el, 'details').open = false;
        }
      });
    }

    it('<acupt-book>: each look, and the menu fully on screen', async () => {
      const looks: Attrs[] = [
        { phone: BOOKING.phone, size: 'lg', lang: 'es' },
        { email: BOOKING.email, variant: 'outline', size: 'sm' },
        { 'booking-url': BOOKING['booking-url'], variant: 'link', target: '_blank' },
      ];
      for (const attrs of looks) {
        const el = await mount('acupt-book', attrs);
        noLossOfContent(el, JSON.stringify(attrs));
        targets(el, JSON.stringify(attrs), attrs.variant === 'link' ? 'none' : '[part~=button]');
      }
      for (const lang of ['en', 'es']) {
        const el = await mount('acupt-book', { ...BOOKING, lang });
        targets(el, `${lang} menu closed`, '[part~=button]');
        $<HTMLButtonElement>(el, 'button').click();
        const menu = $(el, '[part=menu]');
        await placed(menu);
        const r = menu.getBoundingClientRect();
        expect([r.left >= 0, r.top >= 0, r.right <= WIDTH, r.bottom <= HEIGHT], `${lang} menu on screen`).to.deep.equal([true, true, true, true]);
        noLossOfContent(el, `${lang} menu open`);
        targets(el, `${lang} menu open`, '[part~=button], [part=item]');
      }
    });

    it('<acupt-quiz>: every screen, the error, each result and urgent advice, in English and Spanish', async () => {
      const primary = '.btn, label';
      for (const lang of ['en', 'es']) {
        const attrs = { ...BOOKING, lang, 'clinic-name': 'Riverside Back & Wellness Clinic' };
        let el = await mount('acupt-quiz', attrs);
        noLossOfContent(el, `${lang} intro`);
        targets(el, `${lang} intro`, primary);
        await next(el);
        await next(el);
        noLossOfContent(el, `${lang} error`);
        for (const [i, pick] of PICKS.both.entries()) {
          noLossOfContent(el, `${lang} screen ${i + 1}`);
          targets(el, `${lang} screen ${i + 1}`, primary);
          await answer(el, pick);
        }
        noLossOfContent(el, `${lang} result both`);
        targets(el, `${lang} result both`, primary);
        for (const [care, picks] of Object.entries(PICKS).filter(([care]) => care !== 'both')) {
          el = await mount('acupt-quiz', attrs);
          await walk(el, picks);
          expect($$(el, '[part=result]').length, care).to.equal(1);
          noLossOfContent(el, `${lang} result ${care}`);
          targets(el, `${lang} result ${care}`, primary);
        }
        for (const picks of [URGENT.emergency, URGENT['doctor-first']]) {
          el = await mount('acupt-quiz', attrs);
          await walk(el, picks);
          noLossOfContent(el, `${lang} ${text($(el, 'h2'))}`);
          targets(el, `${lang} ${text($(el, 'h2'))}`, primary);
        }
      }
    });
  });
});
