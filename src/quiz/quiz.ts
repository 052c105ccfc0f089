import { css, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { keyed } from 'lit/directives/keyed.js';
import { fill } from '../i18n/lang.js';
import { clip } from '../shared/attrs.js';
import { AcuptElement } from '../shared/base.js';
import { warn } from '../shared/log.js';
import { decide, type Care, type ReasonKey, type Recommendation } from './decide.js';
import { COUNT, RESULT, back, next, stepAt } from './flow.js';
import { LEVELS, type Answers, type LooseAnswers, type StepId } from './questions.js';
import { quizCatalog, type QuizStrings } from './quiz.strings.js';
import { quizStyles } from './quiz.styles.js';
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

const EMERGENCY = '911';

/**
 * A one-minute "where should I start?" quiz for back pain: warning signs first, then seven
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
 * @csspart progress - The "Question 3 of 9" line with its bar.
 * @csspart option - Each answer choice.
 * @csspart result - The result screen.
 * @csspart plan - The week-by-week plan (shown with "Start with both").
 *
 * @cssprop --acupt-accent - Brand colour: buttons, progress, chosen answers.
 * @cssprop --acupt-text - Text colour.
 * @cssprop --acupt-surface - Card background.
 * @cssprop --acupt-border - Border colour of the card and the choices.
 * @cssprop --acupt-radius - Corner radius.
 * @cssprop --acupt-font-family - Font (default: inherited from the page).
 * @cssprop --acupt-font-size - Base font size.
 */
export class AcuptQuiz extends AcuptElement<QuizStrings> {
  // One sheet, not an array: base.ts types `styles` as a single CSSResult.
  static override styles = css`${AcuptElement.styles}${quizStyles}`;
  static override properties = { heading: {}, clinicName: { attribute: 'clinic-name' }, emergencyNumber: { attribute: 'emergency-number' } };
  protected override readonly catalog = quizCatalog;

  /** Title of the intro screen, as plain text. Default: "Acupuncture, physical therapy, or both?" */
  declare heading: string | null;
  /** The clinic's name, shown above the intro title as plain text. */
  declare clinicName: string | null;
  /** Number to call in an emergency: digits with an optional leading `+` (`999`, `112`). Default `911`. */
  declare emergencyNumber: string | null;

  #step = 0;
  #answers: Answers = {};
  #error = false;
  #said = '';
  #moved = false;
  #key = '';
  #number = EMERGENCY;

  override connectedCallback(): void {
    super.connectedCallback();
    const peers = [...(this.getRootNode() as ParentNode).querySelectorAll(this.localName)];
    this.#key = `acupt-quiz:${this.id || peers.indexOf(this)}`;
    const saved = load(this.#key);
    if (saved) ({ step: this.#step, answers: this.#answers } = saved);
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    const number = this.setting('emergencyNumber')?.trim();
    const valid = !number || /^\+?\d+$/.test(number);
    if (!valid) warn(`emergency-number="${clip(number)}" is not a phone number (digits and a leading +); using "${EMERGENCY}".`);
    this.#number = (valid && number) || EMERGENCY;
  }

  override render() {
    const s = this.strings;
    const step = this.#step;
    const result = step === RESULT;
    const [body, label, action] = result
      ? [this.#result(), s.restart, this.#restart]
      : step
        ? [this.#question(step), s.next, this.#next]
        : [this.#intro(), s.start, this.#start];
    // A new screen is new DOM (keyed), so focus on its heading is announced afresh.
    return this.frame(
      html`<p class="sr-only" aria-live="polite">${this.#said}</p>
        ${keyed(
          step,
          html`<div class="screen" part=${result ? 'result' : nothing}>
            ${body}
            <div class="nav">
              ${step ? html`<button class="btn ghost" @click=${this.#back}>${s.back}</button>` : nothing}
              <button class="btn ${result ? 'ghost' : ''}" @click=${action}>${label}</button>
            </div>
          </div>`,
        )}`,
    );
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    if (!this.#moved) return;
    this.#moved = false;
    this.renderRoot.querySelector('h2')!.focus();
  }

  #intro(): TemplateResult {
    const s = this.strings;
    const clinic = this.setting('clinicName')?.trim();
    return html`${clinic ? html`<p class="eyebrow">${clinic}</p>` : nothing}
      <h2 tabindex="-1">${this.setting('heading')?.trim() || s.title}</h2>
      <p class="lead">${s.intro}</p>
      <p class="fine">${s.meta}</p>`;
  }

  #question(step: number): TemplateResult {
    const s = this.strings;
    const { id, multi, options } = stepAt(step)!;
    const copy: { q: string; o: Record<string, string> } = s.steps[id as StepId];
    const value = (this.#answers as LooseAnswers)[id as StepId];
    const option = (key: string, label: string, checked: boolean) =>
      html`<label part="option"
        ><input type=${multi ? 'checkbox' : 'radio'} name=${id} .value=${key} .checked=${checked} />${label}</label
      >`;
    return html`<p class="progress" part="progress">
        ${fill(s.progress, { n: step, total: COUNT }, this.locale)}
        <progress max=${COUNT} .value=${step} aria-hidden="true"></progress>
      </p>
      <fieldset @change=${this.#change} @keydown=${this.#enter} aria-describedby=${this.#error ? 'error' : nothing}>
        <legend><h2 tabindex="-1">${copy.q}</h2>${multi ? html`<span>${s.tick}</span>` : nothing}</legend>
        ${options.map((key) => option(key, copy.o[key]!, multi ? !!value?.includes(key) : value === key))}
        ${multi ? option('', s.none, value?.length === 0) : nothing}
      </fieldset>
      ${this.#error ? html`<p id="error" class="error" role="alert">${s.pick}</p>` : nothing}`;
  }

  #result(): TemplateResult {
    const s = this.strings;
    const { recommendation, urgency, reasons, cautions } = decide(this.#answers);
    if (urgency) {
      const number = this.#number;
      const href = `tel:${number}`;
      const [before, after] = s.worse.split('{number}');
      return html`<h2 tabindex="-1">${s.advice[urgency].h}</h2>
        <p class="lead">${s.advice[urgency].p}</p>
        ${LEVELS.indexOf(urgency) < 2
          ? html`<a class="btn call" href=${href}>${fill(s.call, { number }, this.locale)}</a>`
          : html`<p>${before}<a href=${href}>${number}</a>${after}</p>`}
        <p class="fine">${s.disclaimer}</p>`;
    }
    const care = recommendation as Care;
    // Each reason quotes the answer it stands for, as the visitor read it.
    const labels: Record<string, string> = Object.assign({}, ...Object.values(s.steps).map((step) => step.o));
    const said = reasons.map(
      (key) => html`<li><q>${labels[key]}</q>${key === 'acute' || key === 'chronic' ? html`<span>${s[key]}</span>` : nothing}</li>`,
    );
    return html`<h2 tabindex="-1">${s.result[care].h}</h2>
      <p class="lead">${s.result[care].p}</p>
      <h3>${s.because}</h3>
      <ul>
        ${said}
      </ul>
      ${care === 'both'
        ? html`<h3>${s.plan}</h3>
            <ol part="plan">
              ${s.weeks.map((row) => html`<li><strong>${row.when}</strong> ${row.what}</li>`)}
            </ol>`
        : nothing}
      ${cautions.length
        ? html`<div class="cautions">
            <h3>${s.cautionsTitle}</h3>
            <ul>
              ${cautions.map((key) => html`<li>${s.cautions[key]}</li>`)}
            </ul>
          </div>`
        : nothing}
      <acupt-book service=${care}></acupt-book>
      <p class="fine">${s.disclaimer}</p>`;
  }

  #change = (event: Event): void => {
    const { name, value, checked, type } = event.target as HTMLInputElement;
    const given = this.#answers as LooseAnswers;
    let answer: string | string[] | undefined = value;
    if (type === 'checkbox') {
      // "None of these" (no value) and the signs exclude each other; unticking all is no answer yet.
      const rest = ((given[name as StepId] ?? []) as string[]).filter((key) => key !== value);
      answer = !value ? (checked ? [] : undefined) : checked ? [...rest, value] : rest.length ? rest : undefined;
    }
    this.#answers = { ...given, [name]: answer } as Answers;
    this.#error = false;
    this.#save();
    this.requestUpdate();
  };

  #enter = (event: KeyboardEvent): void => {
    if (event.key !== 'Enter') return;
    event.preventDefault();
    this.#next();
  };

  #next = (): void => {
    if ((this.#answers as LooseAnswers)[stepAt(this.#step)!.id as StepId] === undefined) {
      this.#error = true;
      this.requestUpdate();
    } else this.#go(next(this.#step, this.#answers));
  };

  #back = (): void => this.#go(back(this.#step, this.#answers));

  #start = (): void => {
    this.emit('acupt-quiz-start', {});
    this.#go(1);
  };

  #restart = (): void => {
    this.#answers = {};
    this.#go(0);
  };

  #go(step: number): void {
    const s = this.strings;
    this.#step = step;
    this.#error = false;
    this.#moved = true;
    this.#save();
    let said = '';
    if (step === RESULT) {
      const { recommendation, urgency, reasons } = decide(this.#answers);
      said = urgency ? s.advice[urgency].h : s.result[recommendation as Care].h;
      this.emit('acupt-quiz-complete', { recommendation, reasons });
    } else if (step) {
      said = fill(s.progress, { n: step, total: COUNT }, this.locale);
      this.emit('acupt-quiz-step', { step, count: COUNT });
    }
    this.#said = said;
    this.requestUpdate();
  }

  /** Kept from the first screen on; back on the intro there is nothing to resume. */
  #save(): void {
    save(this.#key, this.#step ? { step: this.#step, answers: this.#answers } : null);
  }
}
