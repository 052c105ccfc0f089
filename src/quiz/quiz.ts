import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import type { CommonStrings } from '../i18n/common.js';
import { direction, fill } from '../i18n/lang.js';
import { clip } from '../shared/attrs.js';
import { AcuptElement, around } from '../shared/base.js';
import { warn } from '../shared/log.js';
import { turn } from '../shared/turn.js';
import { DECIDES_PT, decide, type Care, type ReasonKey, type Recommendation, type Suggestion } from './decide.js';
import { COUNT, RESULT, back, next, stepAt } from './flow.js';
import { type Answers, type LooseAnswers, type StepId } from './questions.js';
import type { QuizStrings } from './quiz.strings.js';
import { printStyles, quizStyles } from './quiz.styles.js';
import { load, save } from './storage.js';

export interface QuizStepDetail {
  /** The screen now shown, 1-based; the warning-sign checklists count as screens. */
  step: number;
  count: number;
}

/** Only the outcome: never which answers, and never which warning signs, led to it. */
export interface QuizCompleteDetail {
  recommendation: Recommendation;
  reasons: ReasonKey[];
}

declare global {
  interface GlobalEventHandlersEventMap {
    'acupt-quiz-start': CustomEvent<Record<string, never>>;
    'acupt-quiz-step': CustomEvent<QuizStepDetail>;
    'acupt-quiz-complete': CustomEvent<QuizCompleteDetail>;
  }
}

/**
 * A one-minute "where should I start?" quiz for back pain: warning signs first, then six
 * short questions, then a suggestion (acupuncture, physical therapy, or both) that explains
 * itself and hands over to `<acupt-book>`. Any warning sign ends it on safety advice with the
 * emergency number and no booking. Progress is kept for the tab in `sessionStorage`
 * (`acupt-quiz:<id or position>`); answers never leave the browser.
 *
 * @summary Start-here quiz: acupuncture, physical therapy, or both — safely, with reasons.
 *
 * The result's `<acupt-book>` takes its settings from the quiz's attributes (attributes only,
 * no properties), then the page-wide `data-*` defaults; see `<acupt-book>` for their values.
 * @attr {string} booking-url - Booking page for the result's book button.
 * @attr {string} acupuncture-url - Booking page used when the result is acupuncture.
 * @attr {string} pt-url - Booking page used when the result is physical therapy.
 * @attr {string} both-url - Booking page used when the result is both.
 * @attr {string} phone - Clinic phone number, offered as a booking channel.
 * @attr {string} email - Clinic email address, offered as a booking channel.
 * @attr {string} target - `_self` or `_blank` for the booking page.
 * @attr {string} utm-source - `utm_source` added to the booking URL.
 * @attr {string} utm-medium - `utm_medium` added to the booking URL.
 * @attr {string} utm-campaign - `utm_campaign` added to the booking URL.
 * @attr {string} utm-content - `utm_content` added to the booking URL.
 * @attr {string} forward-params - Page URL parameters copied to the booking URL, or `none`.
 *
 * @event {CustomEvent<{}>} acupt-quiz-start - The visitor pressed Start.
 * @event {CustomEvent<QuizStepDetail>} acupt-quiz-step - Next or Back showed a question screen:
 *   `{ step, count }`, `step` 1-based (the two warning-sign checklists count as screens).
 * @event {CustomEvent<QuizCompleteDetail>} acupt-quiz-complete - The result was shown:
 *   `{ recommendation: 'urgent-care' | 'acupuncture' | 'pt' | 'both', reasons: ReasonKey[] }`. Never the answers,
 *   never which warning signs; `reasons` is empty for `urgent-care`.
 *
 * @csspart base - The card around every screen.
 * @csspart progress - The "Question 3 of 8" line.
 * @csspart option - Each answer choice.
 * @csspart result - The result screen.
 * @csspart plan - The week-by-week plan (shown with "Start with both").
 *
 * @cssprop --acupt-accent - Brand colour: buttons, chosen answers, list markers.
 * @cssprop --acupt-text - Text colour.
 * @cssprop --acupt-surface - Card background.
 * @cssprop --acupt-border - Border colour of the card and the choices.
 * @cssprop --acupt-radius - Corner radius.
 * @cssprop --acupt-font-family - Font (default: inherited from the page).
 * @cssprop --acupt-font-size - Base font size.
 */
export class AcuptQuiz extends AcuptElement<CommonStrings & QuizStrings> {
  static override styles = [AcuptElement.styles, quizStyles];
  static override properties = { heading: {}, clinicName: { attribute: 'clinic-name' }, emergencyNumber: { attribute: 'emergency-number' } };
  protected override readonly kind = 'quiz';

  /** Title of the intro screen, as plain text. Default: "Acupuncture, physical therapy, or both?" */
  declare heading: string | null;
  /** The clinic's name, shown above the intro title as plain text. */
  declare clinicName: string | null;
  /** Number to call in an emergency: digits with an optional leading `+` (`999`, `112`). Default `911`. */
  declare emergencyNumber: string | null;

  #step = 0;
  #answers: Answers = {};
  #error = false;
  /** "Copied" is announced until the next screen. */
  #copied = false;
  #key = '';
  /**
   * A result reached by a click shows its top first (the suggestion and why) and the rest in a
   * task of its own: together, building and laying them out would hold a phone's main thread
   * too long for the click to paint at once.
   */
  #brief = false;

  override connectedCallback(): void {
    super.connectedCallback();
    this.#key = `acupt-quiz:${this.id || [...(this.getRootNode() as ParentNode).querySelectorAll(this.localName)].indexOf(this)}`;
  }

  // Its saved progress is read in a task of its own (storage is slow to open), then it renders.
  protected override readonly stages = 2;

  protected override willUpdate(changed: PropertyValues): void {
    if (!this.hasUpdated) this.#restore();
    super.willUpdate(changed);
  }

  #restore(): void {
    ({ step: this.#step, answers: this.#answers } = load(this.#key) ?? { step: 0, answers: {} });
  }

  override render() {
    if (!this.stage) return nothing;
    const s = this.strings;
    const step = this.#step;
    const result = step === RESULT;
    // Checked on every render, so a mistyped number is reported before anyone needs it.
    const setting = this.setting('emergencyNumber')?.trim();
    const valid = !setting || /^\+?\d+$/.test(setting);
    if (!valid) warn(`emergency-number="${clip(setting)}" is not a phone number; using 911.`);
    // What the live region says: the question number, or the result's heading.
    const [said, body] = result ? this.#result((valid && setting) || '911') : step ? this.#question(step) : ['', this.#intro()];
    return this.frame(
      html`<p class="sr-only" aria-live="polite">${said}</p>
        <div class="screen" part=${result ? 'result' : nothing}>
          ${body}
          <div class="nav">
            ${step ? html`<button class="btn ghost" @click=${this.#back}>${s.back}</button>` : nothing}
            <button class="btn ${result ? 'ghost' : ''}" @click=${this.#forward}>${result ? s.restart : step ? s.next : s.start}</button>
          </div>
        </div>`,
    );
  }

  #intro(): TemplateResult {
    const s = this.strings;
    const clinic = this.setting('clinicName')?.trim();
    return html`${clinic ? html`<p class="eyebrow">${clinic}</p>` : nothing}
      <h2 tabindex="-1">${this.setting('heading')?.trim() || s.title}</h2>
      <p class="lead">${s.intro}</p>
      <p class="fine">${s.condition}</p>
      <p class="fine">${s.meta}</p>`;
  }

  #question(step: number): [string, TemplateResult] {
    const s = this.strings;
    const { id, multi, options } = stepAt(step)!;
    const value = (this.#answers as LooseAnswers)[id];
    const progress = fill(s.progress, { n: step, total: COUNT }, this.locale);
    const option = (key: string, label: string, checked: boolean) =>
      html`<label part="option"
        ><input type=${multi ? 'checkbox' : 'radio'} name=${id} .value=${key} .checked=${checked} />${label}</label
      >`;
    return [
      progress,
      html`<p class="progress" part="progress">${progress}</p>
        <fieldset @change=${this.#change} @keydown=${this.#enter} aria-describedby=${this.#error ? 'error' : nothing}>
          <legend><h2 tabindex="-1">${s.questions[id]}</h2></legend>
          ${options.map((key) => option(key, s.answers[key], multi ? !!value?.includes(key) : value === key))}
          ${multi ? option('', s.none, value?.length === 0) : nothing}
        </fieldset>
        ${this.#error ? html`<p id="error" class="error" role="alert">${s.pick}</p>` : nothing}`,
    ];
  }

  #result(number: string): [string, TemplateResult] {
    const s = this.strings;
    const { recommendation, urgency, reasons, cautions, notes, course } = decide(this.#answers);
    // What the visitor should read first, under the heading.
    const noted = notes.map((key) => html`<p class="note">${s.notes[key]}</p>`);
    if (urgency) {
      const href = `tel:${number}`;
      const dial = html`<bdi dir="ltr">${number}</bdi>`;
      return [
        s.advice[urgency],
        html`<h2 tabindex="-1">${s.advice[urgency]}</h2>
          ${urgency.startsWith('emergency')
            ? html`<p class="lead">${s.wait}</p>
                <a class="btn call" href=${href}>${around(s.call, dial)}</a>`
            : html`<p>${around(s.worse, html`<a href=${href}>${dial}</a>`)}</p>`}
          ${noted}
          <p class="fine">${s.disclaimer}</p>`,
      ];
    }
    const care = recommendation as Suggestion;
    const clinic = this.setting('clinicName')?.trim();
    // Not where one of them was ruled out: after surgery, or for someone who would rather avoid needles.
    const open = !reasons.some((key) => (DECIDES_PT as readonly string[]).includes(key));
    const list = (items: string[], quote = false) =>
      html`<ul>
        ${items.map((item) => html`<li>${quote ? html`<q>${item}</q>` : item}</li>`)}
      </ul>`;
    const either = ([care, about, label]: [Care, string, string]) =>
      html`<div class="option"><h3>${s[care]}</h3><p>${about}</p><acupt-book service=${care} label=${label}></acupt-book></div>`;
    return [
      s.result[care],
      html`<h2 tabindex="-1">${s.result[care]}</h2>
        ${noted}
        ${care === 'either'
          ? html`<p>${s.eitherWhy}</p>
              <div class="options">
                ${either(['acupuncture', s.answers.preferCalm, s.bookAcupuncture])} ${either(['pt', s.answers.preferActive, s.bookPt])}
              </div>`
          : html`<h3>${s.because}</h3>
              ${list(reasons.map((key) => s.answers[key]), true)}`}
        ${course === 'weeks'
          ? html`<h3>${s.plan}</h3>
              <ol part="plan">
                ${s.weeks.map((row) => row.split(/(?<=[:：])\s*(.*)/)).map(([when, what]) => html`<li><strong>${when}</strong> ${what}</li>`)}
              </ol>`
          : course
            ? html`<p>${s.short[care as Care]}</p>`
            : nothing}
        ${this.#brief
          ? nothing
          : html`${cautions.length ? html`<div class="cautions"><h3>${s.tell}</h3>${list(cautions.map((key) => s.cautions[key]))}</div>` : nothing}
        <p>${open ? `${s.reasonable} ` : ''}${s.yours} ${clinic ? fill(s.talk, { clinic }, this.locale) : s.talkAny}</p>
        ${care === 'either' ? nothing : html`<acupt-book service=${care}></acupt-book>`}
        <div class="take">
          <button class="btn ghost" @click=${this.#print}>${s.print}</button>
          ${navigator.clipboard ? html`<button class="btn ghost" @click=${this.#copy}>${s.copy}</button>` : nothing}
          <a class="btn ghost" id="email" href="mailto:">${s.email}</a>
          <span class="sr-only" role="status">${this.#copied ? s.copied : ''}</span>
        </div>
        <p class="fine">${s.disclaimer}</p>`}`,
    ];
  }

  /** The result as the visitor reads it, without its controls: for copying, email and print. */
  #shown(): HTMLElement {
    const screen = this.renderRoot.querySelector('.screen')!.cloneNode(true) as HTMLElement;
    for (const control of screen.querySelectorAll('.nav, .take, acupt-book, .sr-only')) control.remove();
    return screen;
  }

  /** Headings, paragraphs and list items, one per line; list items marked. */
  #text(): string {
    return [...this.#shown().querySelectorAll('h2, h3, p, li')]
      .map((el) => `${el.localName === 'li' ? '- ' : ''}${el.textContent!.replace(/\s+/g, ' ').trim()}`)
      .join('\n');
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    // The visitor's own mail app, addressed to nobody (they choose whom to send it to): nothing goes through us.
    const email = this.renderRoot.querySelector<HTMLAnchorElement>('#email');
    if (email) email.href = `mailto:?subject=${encodeURIComponent(this.strings.subject)}&body=${encodeURIComponent(this.#text())}`;
  }

  /**
   * Prints the result alone: a frame of our own holds a copy of it, styled for paper, so
   * nothing of the host page and none of the buttons is printed. Built with DOM calls and a
   * constructed sheet, so a strict CSP and Trusted Types allow it.
   */
  #print(): void {
    this.renderRoot.querySelector('iframe')?.remove();
    const frame = document.createElement('iframe');
    frame.title = this.strings.print;
    frame.tabIndex = -1;
    frame.setAttribute('aria-hidden', 'true');
    this.renderRoot.append(frame);
    const view = frame.contentWindow!;
    const page = view.document;
    page.documentElement.lang = this.locale;
    page.documentElement.dir = direction(this.locale);
    const sheet = new (view as unknown as typeof globalThis).CSSStyleSheet();
    sheet.replaceSync(printStyles);
    page.adoptedStyleSheets = [sheet];
    const shown = page.body.appendChild(page.importNode(this.#shown(), true));
    page.title = shown.querySelector('h2')!.textContent!;
    // After this task, so the frame has laid out its copy (and a test can see what is printed).
    setTimeout(() => view.print());
  }

  /** Copy is offered only where the clipboard API is (https pages); a refusal says nothing rather than "Copied". */
  async #copy(): Promise<void> {
    this.#copied = await navigator.clipboard.writeText(this.#text()).then(() => true, () => false);
    this.requestUpdate();
  }

  // Event listeners: Lit calls them with the element as `this`.
  #change(event: Event): void {
    const { name, value, checked, type } = event.target as HTMLInputElement;
    const given = this.#answers as LooseAnswers;
    let answer: string | string[] | undefined = value;
    if (type === 'checkbox') {
      // "None of these" (no value) and the signs exclude each other; unticking all is no answer yet.
      const rest = ((given[name as StepId] ?? []) as string[]).filter((key) => key !== value);
      answer = !value ? (checked ? [] : undefined) : checked ? [...rest, value] : rest.length ? rest : undefined;
    }
    this.#answers = { ...given, [name]: answer } as Answers;
    this.#save();
  }

  /** Enter on a choice moves on, as in a form. */
  #enter(event: KeyboardEvent): void {
    if (event.key === 'Enter') {
      event.preventDefault();
      this.#forward();
    }
  }

  #back(): void {
    this.#go(back(this.#step, this.#answers));
  }

  /** Start, Next (once the question is answered) or Start over. */
  #forward(): void {
    const step = this.#step;
    if (!step) {
      this.emit('acupt-quiz-start', {});
      this.#go(1);
    } else if (step === RESULT) {
      this.#answers = {};
      this.#go(0);
    } else if ((this.#answers as LooseAnswers)[stepAt(step)!.id] === undefined) {
      this.#error = true;
      this.requestUpdate();
    } else this.#go(next(step, this.#answers));
  }

  /** Shows another screen, focusing its heading so screen readers start there. */
  async #go(step: number): Promise<void> {
    // An answer given in the same task (a script, a fast double event) renders first: its
    // choices are reused by the next screen, which must find them as last drawn.
    if (this.isUpdatePending) await this.updateComplete;
    // Third parties (the dataLayer) learn the funnel only (brief §6): a screen reached going forward,
    // and a suggestion, never the reasons or the answers. A safety ending is not pushed at all, and
    // neither is Back, which would show that a checklist ended the quiz.
    const forward = step > this.#step;
    this.#step = step;
    this.#save();
    if (step === RESULT) {
      this.#brief = true;
      this.rest = new Promise((resolve) =>
        turn(() => {
          this.#brief = false;
          resolve(this.requestUpdate());
        }),
      );
      const { recommendation, reasons } = decide(this.#answers);
      this.emit('acupt-quiz-complete', { recommendation, reasons }, { layer: recommendation === 'urgent-care' ? null : { recommendation } });
    } else if (step) this.emit('acupt-quiz-step', { step, count: COUNT }, { layer: forward ? undefined : null });
    // In the frame that shows the new screen: focusing earlier would lay the page out once more.
    this.updateComplete.then(() => requestAnimationFrame(() => this.renderRoot.querySelector('h2')!.focus()));
  }

  /** Keeps progress from the first screen on (back on the intro there is nothing to resume), and re-renders. */
  #save(): void {
    this.#error = false;
    this.#copied = false;
    save(this.#key, this.#step ? { step: this.#step, answers: this.#answers } : null);
    this.requestUpdate();
  }
}
