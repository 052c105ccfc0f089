import { html, nothing, type PropertyValues } from 'lit';
import { fill } from '../i18n/lang.js';
import { oneOf } from '../shared/attrs.js';
import { AcuptElement } from '../shared/base.js';
import { warn } from '../shared/log.js';
import { PopoverController, popoverStyles } from '../shared/popover.js';
import type { Booking, BookingAttr, Channel, ChannelKind, Service } from './book-url.js';
import { resolveBooking } from './book-url.js';
import { bookCatalog, type BookStrings } from './book.strings.js';
import { bookStyles } from './book.styles.js';

/** What the visitor chose: the service being booked (if any), the channel, and where it leads. */
export interface BookClickDetail {
  service: Service | null;
  channel: ChannelKind;
  url: string;
}

declare global {
  interface GlobalEventHandlersEventMap {
    'acupt-book-click': CustomEvent<BookClickDetail>;
  }
}

const VARIANTS = ['solid', 'outline', 'link'] as const;
const SIZES = ['sm', 'md', 'lg'] as const;

/**
 * @summary Book-now button that hands the visitor to the clinic's booking page, phone or email.
 *
 * With one usable channel it is a real link styled as a button; with several, a button
 * opening a menu of them ("Book online", "Call (555) 010-2000", "Email us"). Booking URLs
 * must be http(s); any other value is refused with a console warning naming the attribute
 * and the book falls back to phone or email. With nothing usable it shows nothing (and warns).
 *
 * Query parameters of the booking link, later ones winning: the URL's own query, then
 * `service` (only on the generic `booking-url`), then `utm-*`, then the parameters
 * forwarded from this page's URL (`forward-params`).
 *
 * Inside an `<acupt-quiz>` result, every booking attribute the book lacks is taken from
 * the quiz element, before the page-wide `data-*` defaults of the script tag.
 *
 * @event {CustomEvent<BookClickDetail>} acupt-book-click - A channel was chosen, before navigation. Cancelable: `preventDefault()` stops the navigation (e.g. to open your own booking modal); a ctrl- or middle click is reported but never blocked. Detail `{ service, channel: 'online' | 'phone' | 'email', url }`.
 *
 * @csspart base - The themed wrapper.
 * @csspart button - The link or menu button.
 * @csspart menu - The menu of channels.
 * @csspart item - One channel in the menu.
 *
 * @cssprop --acupt-accent - Button colour (the `accent` attribute wins).
 * @cssprop --acupt-radius - Corner radius.
 * @cssprop --acupt-font-family - Font (defaults to the page's).
 * @cssprop --acupt-font-size - Base font size.
 * @cssprop --acupt-text - Menu text colour.
 * @cssprop --acupt-surface - Menu background.
 * @cssprop --acupt-border - Menu border colour.
 */
export class AcuptBook extends AcuptElement<BookStrings> {
  static override styles = [AcuptElement.styles, popoverStyles, bookStyles];
  static override properties = { bookingUrl: { attribute: 'booking-url' }, acupunctureUrl: { attribute: 'acupuncture-url' }, ptUrl: { attribute: 'pt-url' }, bothUrl: { attribute: 'both-url' }, service: {}, phone: {}, email: {}, label: {}, target: {}, utmSource: { attribute: 'utm-source' }, utmMedium: { attribute: 'utm-medium' }, utmCampaign: { attribute: 'utm-campaign' }, utmContent: { attribute: 'utm-content' }, forwardParams: { attribute: 'forward-params' }, variant: {}, size: {} };
  protected override readonly catalog = bookCatalog;

  /** Where the visitor books online: an absolute `https:` or `http:` URL. */
  declare bookingUrl: string | null;
  /** Booking URL used instead of `booking-url` when `service="acupuncture"`. */
  declare acupunctureUrl: string | null;
  /** Booking URL used instead of `booking-url` when `service="pt"`. */
  declare ptUrl: string | null;
  /** Booking URL used instead of `booking-url` when `service="both"`. */
  declare bothUrl: string | null;
  /** What is being booked: `acupuncture`, `pt` or `both`. Picks its URL; sent as `service=` on the generic `booking-url`. */
  declare service: string | null;
  /** Clinic phone number, e.g. `+1 555 010 2000`; at least 7 digits. */
  declare phone: string | null;
  /** Clinic email address (a plain address). */
  declare email: string | null;
  /** Button text; defaults to "Book now" (localised), or "Call …" / "Email us" when that is the only channel. */
  declare label: string | null;
  /** `_self` (default), or `_blank` to open the booking page in a new tab (with `rel="noopener"`). */
  declare target: string | null;
  /** `utm_source` added to the booking URL. */
  declare utmSource: string | null;
  /** `utm_medium` added to the booking URL. */
  declare utmMedium: string | null;
  /** `utm_campaign` added to the booking URL. */
  declare utmCampaign: string | null;
  /** `utm_content` added to the booking URL. */
  declare utmContent: string | null;
  /** Page URL parameters copied to the booking URL: `none`, or names separated by commas or spaces (`utm_*` matches every utm parameter). Default `utm_*, gclid, fbclid`. */
  declare forwardParams: string | null;
  /** `solid` (default), `outline` or `link` (text-only, for use inside a sentence). */
  declare variant: string | null;
  /** `sm`, `md` (default) or `lg`; each is at least 44 px tall. */
  declare size: string | null;

  #popovers = new PopoverController(this, 'bottom-start');
  #internals = this.attachInternals();
  #booking: Booking = { service: null, channels: [], newTab: false };
  #fromEnd = false;

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    const read = (attr: BookingAttr) => this.setting(attr.replace(/-(\w)/g, (_, c: string) => c.toUpperCase()));
    this.#booking = resolveBooking(read, location.search);
    const empty = !this.#booking.channels.length;
    if (empty) warn('<acupt-book> has no usable booking-url, phone or email, so it shows nothing.');
    this.#internals.states?.[empty ? 'add' : 'delete']('empty');
  }

  override render() {
    const { channels } = this.#booking;
    const variant = oneOf('variant', this.setting('variant'), VARIANTS, 'solid');
    const size = oneOf('size', this.setting('size'), SIZES, 'md');
    const look = `btn ${variant === 'outline' ? 'ghost' : variant} ${size}`;
    const label = this.setting('label');
    const [first] = channels;
    if (!first) return this.frame(html``);
    if (!channels[1]) {
      // A lone phone or email says what it does ("Call (555) 010-2000"), not "Book now".
      const text = label || (first.kind === 'online' ? this.strings.label : this.#name(first));
      return this.frame(this.#link(first, 'button', look, text));
    }
    return this.frame(html`<button
        id="open"
        part="button"
        class=${look}
        popovertarget="menu"
        aria-haspopup="menu"
        aria-expanded="false"
        @keydown=${this.#buttonKey}
      >
        ${label || this.strings.label}
      </button>
      <div
        id="menu"
        part="menu"
        popover
        role="menu"
        aria-labelledby="open"
        @toggle=${this.#toggled}
        @keydown=${this.#menuKey}
        @focusout=${this.#left}
      >
        ${channels.map((c) => this.#link(c, 'item', 'item', this.#name(c), 'menuitem'))}
      </div>`);
  }

  #name({ kind, text }: Channel): string {
    const s = this.strings;
    return kind === 'online' ? s.online : kind === 'phone' ? fill(s.call, { phone: text }, this.locale) : s.email;
  }

  #link(c: Channel, part: string, look: string, text: string, role?: string) {
    const blank = c.kind === 'online' && this.#booking.newTab;
    const address = c.kind === 'email' && role ? html` <span class="sub">${c.text}</span>` : nothing;
    const hint = blank ? html`<span class="sr-only"> ${this.strings.newTab}</span>` : nothing;
    const choose = (e: MouseEvent) => this.#choose(c, e);
    return html`<a
      part=${part}
      class=${look}
      href=${c.href}
      role=${role ?? nothing}
      tabindex=${role ? -1 : nothing}
      target=${blank ? '_blank' : nothing}
      rel=${blank ? 'noopener' : nothing}
      @click=${choose}
      @auxclick=${choose}
      >${text}${address}${hint}</a
    >`;
  }

  #choose({ kind, href }: Channel, e: MouseEvent): void {
    // A right click opens the context menu; it chooses nothing.
    if (e.button > 1) return;
    const proceed = this.emit('acupt-book-click', { service: this.#booking.service, channel: kind, url: href }, true);
    // A middle or modified click opens a new tab or window the visitor asked for: never block it.
    if (e.button || e.ctrlKey || e.metaKey || e.shiftKey || e.altKey) return;
    if (!proceed) e.preventDefault();
    this.#menu?.hidePopover();
  }

  get #menu(): HTMLElement | null {
    return this.renderRoot.querySelector('[popover]');
  }

  #items(): HTMLElement[] {
    return [...this.renderRoot.querySelectorAll<HTMLElement>('[role=menuitem]')];
  }

  readonly #toggled = (e: ToggleEvent): void => {
    this.#popovers.toggled(e);
    const items = this.#items();
    if (e.newState === 'open') items[this.#fromEnd ? items.length - 1 : 0]?.focus({ preventScroll: true });
    this.#fromEnd = false;
  };

  readonly #buttonKey = (e: KeyboardEvent): void => {
    if (e.key !== 'ArrowDown' && e.key !== 'ArrowUp') return;
    e.preventDefault();
    this.#fromEnd = e.key === 'ArrowUp';
    this.#menu?.togglePopover(true);
  };

  readonly #menuKey = (e: KeyboardEvent): void => {
    const items = this.#items();
    const n = items.length;
    const i = items.indexOf((this.renderRoot as ShadowRoot).activeElement as HTMLElement);
    const to = { ArrowDown: i + 1, ArrowUp: i + n - 1, Home: 0, End: n - 1 }[e.key];
    if (to == null) return;
    e.preventDefault();
    items[to % n]?.focus();
  };

  // Tab (or anything else) moving focus out of the open menu closes it. A null target is
  // the window losing focus, e.g. the visitor switching apps: the menu waits for them.
  readonly #left = (e: FocusEvent): void => {
    const to = e.relatedTarget as Node | null;
    if (to && !this.#menu?.contains(to)) this.#menu?.hidePopover();
  };
}
