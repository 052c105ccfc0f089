import { LitElement, html, type CSSResultGroup, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import { direction } from '../i18n/lang.js';
import { localize } from '../i18n/localize.js';
import { onLanguage } from '../i18n/registry.js';
import type { Part } from '../i18n/translation.js';
import { oneOf, clip } from './attrs.js';
import { warn } from './log.js';
import { pageDefault } from './page-defaults.js';
import { turn } from './turn.js';
import { baseStyles } from './base.styles.js';

type AcuptEventName = Extract<keyof GlobalEventHandlersEventMap, `acupt-${string}`>;
type DetailOf<K extends AcuptEventName> = GlobalEventHandlersEventMap[K] extends CustomEvent<infer D> ? D : never;

const THEMES = ['light', 'dark', 'auto'] as const;
const DENSITIES = ['comfortable', 'compact'] as const;
const ANALYTICS = ['none', 'datalayer'] as const;

/** The elements on the page: they follow a language arriving, and `lang` changing on any ancestor. */
const live = new Set<LitElement>();
const refresh = () => live.forEach((el) => el.requestUpdate());
onLanguage(refresh);
const langs = new MutationObserver(refresh);

/**
 * Each element class's first instance to render, by the promise of its whole first render. It
 * spreads its work over its stages; the instances after it wait for it, and then, their class's
 * templates prepared and its code compiled, render whole in a job each (a staged render diffs
 * its template once per stage, which 50 tables pay 50 times).
 */
const leaders = new WeakMap<object, Promise<void>>();

/** Runs `task` once the page has loaded (now, if it has). */
const afterLoad = (task: () => void) =>
  document.readyState === 'complete' ? task() : window.addEventListener('load', () => task(), { once: true });

/** A text with one placeholder around a rendered part (a link, a number kept left to right): `around('Call {number}', link)`. */
export const around = (text: string, part: unknown): TemplateResult => {
  const [before, after] = text.split(/\{\w+\}/);
  return html`${before}${part}${after}`;
};

interface EmitOptions {
  cancelable?: boolean;
  /** What `analytics="datalayer"` pushes besides the event name: the detail by default; null pushes nothing. */
  layer?: object | null;
}

/**
 * What all three elements share: page-wide defaults, language, theme, accent, density,
 * content overrides from a child `<script type="application/json">`, and event dispatch.
 * Attributes are the source of truth; a bad value falls back with a console warning.
 */
export abstract class AcuptElement<Strings extends object> extends LitElement {
  static override styles: CSSResultGroup = baseStyles;
  static override properties: PropertyDeclarations = { theme: {}, accent: {}, density: {}, analytics: {} };

  /** Colour scheme: `light`, `dark`, or `auto` (follows the visitor's system setting). */
  declare theme: string | null;
  /** Brand colour, any CSS colour. Text on it switches between black and white for contrast. */
  declare accent: string | null;
  /** Spacing: `comfortable` or `compact`. */
  declare density: string | null;
  /** `datalayer` also pushes every event to `window.dataLayer` when the page has one. */
  declare analytics: string | null;

  /** The language the element renders in. */
  protected locale = 'en';
  /** The element's texts in `locale`, with the page's content overrides applied. */
  protected strings!: Strings;
  /** Which texts of a translation the element reads (besides the common ones). */
  protected abstract readonly kind: Part;
  #unmet?: string;
  /** `:state(ready)` once rendered: until then each element keeps the space of the README's sizing hint. */
  #internals = this.attachInternals();
  /**
   * How many tasks the first render is built over, each adding to the last (see `stage`):
   * a large element spreads its work so that no task holds the page long.
   */
  protected readonly stages: number = 1;
  #stage = 0;
  #built!: () => void;
  /** Resolves once every stage is rendered. */
  #whole = new Promise<void>((resolve) => (this.#built = resolve));

  #overrides?: unknown;
  #overridesText: string | null = null;
  #observer?: MutationObserver;
  #accent?: CSSStyleRule;

  override connectedCallback(): void {
    super.connectedCallback();
    if (!live.size) langs.observe(document.documentElement, { attributes: true, attributeFilter: ['lang'], subtree: true });
    live.add(this);
    this.#readOverrides();
    // The JSON child may be parsed after the element upgrades, or edited later; and a setting read
    // as an attribute only (not a property) may change.
    this.#observer ??= new MutationObserver(() => this.#readOverrides());
    this.#observer.observe(this, { childList: true, subtree: true, characterData: true, attributes: true });
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#observer?.disconnect();
    live.delete(this);
    if (!live.size) langs.disconnect();
  }

  /**
   * A setting, by property or attribute name: the element's own (property, else attribute),
   * else that of the acupt element whose shadow root holds it (the quiz's result renders a
   * book that follows the quiz's attributes), else the script tag's `data-` default.
   */
  protected setting(name: string): string | undefined {
    const own = (this as unknown as Record<string, unknown>)[name];
    if (typeof own === 'string') return own;
    const attr = name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);
    const host = (this.getRootNode() as ShadowRoot).host;
    return this.getAttribute(attr) ?? ((host?.localName.startsWith('acupt-') && host.getAttribute(attr)) || pageDefault(name));
  }

  /** How many stages of the first render are already built (0 in the first), so `render()` knows what to add. */
  protected get stage(): number {
    return this.#stage;
  }

  // Each stage of the first render is a job of its own (see turn); later updates, a visitor's, are immediate.
  protected override scheduleUpdate(): void | Promise<unknown> {
    if (this.#stage >= this.stages) return super.scheduleUpdate();
    const job = () => new Promise((resolve) => turn(() => resolve(super.scheduleUpdate())));
    const leader = leaders.get(this.constructor);
    if (leader === this.#whole) return job();
    if (!leader) {
      leaders.set(this.constructor, this.#whole);
      return job();
    }
    return leader.then(() => {
      this.#stage = this.stages - 1;
      return job();
    });
  }

  /** Work an element has left for a task of its own, which `updateComplete` waits for as well. */
  protected rest?: Promise<unknown>;

  /** Resolves once the first render is built in full, and any `rest` (and any update pending then) is done. */
  protected override async getUpdateComplete(): Promise<boolean> {
    await this.#whole;
    await this.rest;
    return super.getUpdateComplete();
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    const tag = this.closest('[lang]')?.getAttribute('lang') || pageDefault('lang');
    const report = (m: string) => warn(`<${this.localName}> content overrides: ${clip(m)}`);
    const { lang, strings, unmet, incomplete } = localize<Strings>(this.kind, tag, this.#overrides, report);
    this.locale = lang;
    this.strings = strings;
    if (incomplete) warn(`<${this.localName}>: ${incomplete}`);
    // A language add-on or a content override may come later in the page than the element: only
    // what is still missing once it has loaded is worth a warning.
    const waiting = this.#unmet;
    this.#unmet = unmet;
    if (unmet && unmet !== waiting) afterLoad(() => this.#unmet && warn(this.#unmet));
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    if (this.#stage < this.stages) {
      // Asked once this update is over (Lit warns of an update asked for during one).
      if (++this.#stage < this.stages) queueMicrotask(() => this.requestUpdate());
      else {
        this.#internals.states.add('ready');
        this.#built();
      }
    }
    const accent = this.setting('accent')?.trim();
    const valid = !accent || CSS.supports('color', accent);
    if (!valid) warn(`accent="${clip(accent!)}" is not a CSS colour; using the default.`);
    if (accent && !this.#accent) {
      const sheet = new CSSStyleSheet();
      sheet.insertRule('.root.root{}');
      this.#accent = sheet.cssRules[0] as CSSStyleRule;
      const root = this.renderRoot as ShadowRoot;
      root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
    }
    // Through the CSSOM, never parsed as CSS text, so a value cannot escape its declaration.
    this.#accent?.style.setProperty('--_accent', valid ? (accent ?? '') : '');
    // A quiz's result renders books that read the quiz's settings: they follow their changes.
    for (const book of this.renderRoot.querySelectorAll<LitElement>('acupt-book')) book.requestUpdate();
  }

  /** Wraps a template in the themed root every element renders. */
  protected frame(content: TemplateResult): TemplateResult {
    const theme = oneOf('theme', this.setting('theme'), THEMES, 'light');
    const density = oneOf('density', this.setting('density'), DENSITIES, 'comfortable');
    // The element's language decides, whatever the page's direction.
    return html`<div part="base" class="root ${theme} ${density}" lang=${this.locale} dir=${direction(this.locale)}>${content}</div>`;
  }

  /**
   * Fires a bubbling, composed event for the page's own scripts, and with `analytics="datalayer"`
   * pushes what `layer` allows to `window.dataLayer`, which third parties read (brief §6).
   * Returns false when a listener cancelled the event.
   */
  protected emit<K extends AcuptEventName>(type: K, detail: DetailOf<K>, { cancelable = false, layer = detail as object }: EmitOptions = {}): boolean {
    const allowed = this.dispatchEvent(new CustomEvent(type, { detail, bubbles: true, composed: true, cancelable }));
    if (layer && oneOf('analytics', this.setting('analytics'), ANALYTICS, 'none') === 'datalayer') {
      (window as { dataLayer?: { push?: (e: object) => void } }).dataLayer?.push?.({ event: type, ...layer });
    }
    return allowed;
  }

  #readOverrides(): void {
    const script = this.querySelector(':scope > script[type="application/json"]');
    const text = script?.textContent ?? null;
    if (text !== this.#overridesText) {
      this.#overridesText = text;
      this.#overrides = undefined;
      if (text?.trim()) {
        try {
          this.#overrides = JSON.parse(text);
        } catch (e) {
          warn(`<${this.localName}> content overrides are not valid JSON (${(e as Error).message}); using the defaults.`);
        }
      }
    }
    this.requestUpdate();
  }
}
