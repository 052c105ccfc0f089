import { LitElement, html, type CSSResultGroup, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import { resolveLang, type Lang } from '../i18n/lang.js';
import { oneOf, clip } from './attrs.js';
import { warn } from './log.js';
import { applyOverrides } from './overrides.js';
import { pageDefaults } from './page-defaults.js';
import { baseStyles } from './base.styles.js';

type AcuptEventName = Extract<keyof GlobalEventHandlersEventMap, `acupt-${string}`>;
type DetailOf<K extends AcuptEventName> = GlobalEventHandlersEventMap[K] extends CustomEvent<infer D> ? D : never;

const THEMES = ['light', 'dark', 'auto'] as const;
const DENSITIES = ['comfortable', 'compact'] as const;
const ANALYTICS = ['none', 'datalayer'] as const;

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
  protected locale: Lang = 'en';
  /** The catalogue for `locale`, with the page's content overrides applied. */
  protected strings!: Strings;
  protected abstract readonly catalog: Record<Lang, Strings>;

  #overrides?: unknown;
  #overridesText: string | null = null;
  #observer?: MutationObserver;
  #accent?: CSSStyleRule;

  static override get observedAttributes(): string[] {
    return [...super.observedAttributes, 'lang'];
  }

  override attributeChangedCallback(name: string, old: string | null, value: string | null): void {
    super.attributeChangedCallback(name, old, value);
    if (name === 'lang') this.requestUpdate();
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.#readOverrides();
    // The JSON child may be parsed after the element upgrades, or edited later; and a setting read
    // as an attribute only (not a property) may change.
    this.#observer ??= new MutationObserver(() => this.#readOverrides());
    this.#observer.observe(this, { childList: true, subtree: true, characterData: true, attributes: true });
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#observer?.disconnect();
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
    return this.getAttribute(attr) ?? ((host?.localName.startsWith('acupt-') && host.getAttribute(attr)) || pageDefaults[attr]);
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    this.locale = resolveLang(this, pageDefaults.lang);
    this.strings = applyOverrides(this.catalog, this.#overrides, this.locale, (m) =>
      warn(`<${this.localName}> content overrides: ${clip(m)}`),
    );
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
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
    // A quiz's result renders a book that reads the quiz's settings: it follows their changes.
    this.renderRoot.querySelector<LitElement>('acupt-book')?.requestUpdate();
  }

  /** Wraps a template in the themed root every element renders. */
  protected frame(content: TemplateResult): TemplateResult {
    const theme = oneOf('theme', this.setting('theme'), THEMES, 'light');
    const density = oneOf('density', this.setting('density'), DENSITIES, 'comfortable');
    // Both languages read left to right, whatever the page's direction.
    return html`<div part="base" class="root ${theme} ${density}" lang=${this.locale} dir="ltr">${content}</div>`;
  }

  /** Fires a bubbling, composed event; returns false when a listener cancelled it. */
  protected emit<K extends AcuptEventName>(type: K, detail: DetailOf<K>, cancelable = false): boolean {
    const allowed = this.dispatchEvent(new CustomEvent(type, { detail, bubbles: true, composed: true, cancelable }));
    if (oneOf('analytics', this.setting('analytics'), ANALYTICS, 'none') === 'datalayer') {
      const layer = (window as { dataLayer?: { push?: (e: object) => void } }).dataLayer;
      layer?.push?.({ event: type, ...(detail as object) });
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
