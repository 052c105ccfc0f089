import { html, nothing, type PropertyValues } from 'lit';
import { oneOf } from '../shared/attrs.js';
import { AcuptElement, around } from '../shared/base.js';
import { warn } from '../shared/log.js';
import { PopoverController, popoverStyles } from '../shared/popover.js';
import type { Booking, Channel, ChannelKind, Service } from './book-url.js';
import { resolveBooking } from './book-url.js';
import type { BookStrings } from './book.strings.js';
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
 * Settings are attributes only (there are no matching JS properties); changing one re-renders.
 * With nothing usable the element sets its own `empty` attribute and takes no space.
 *
 * @attr {string} booking-url - Where the visitor books online: an absolute `https:` or `http:` URL.
 * @attr {string} acupuncture-url - Used instead of `booking-url` when `service="acupuncture"`.
 * @attr {string} pt-url - Used instead of `booking-url` when `service="pt"`.
 * @attr {string} both-url - Used instead of `booking-url` when `service="both"`.
 * @attr {string} service - `acupuncture`, `pt` or `both`. Picks its URL; sent as `service=` on the generic `booking-url`.
 * @attr {string} phone - Clinic phone number, shown as written (e.g. `(555) 010-2000`) and dialled as its digits; 7 to 15 digits, an optional leading `+`, and spaces or `( ) . - /` between them.
 * @attr {string} email - Clinic email address (a plain address).
 * @attr {string} label - Button text; defaults to "Book now" (localised), or "Call …" / "Email us" when that is the only channel.
 * @attr {string} target - `_self` (default), or `_blank` to open the booking page in a new tab (with `rel="noopener"`).
 * @attr {string} utm-source - `utm_source` added to the booking URL.
 * @attr {string} utm-medium - `utm_medium` added to the booking URL.
 * @attr {string} utm-campaign - `utm_campaign` added to the booking URL.
 * @attr {string} utm-content - `utm_content` added to the booking URL.
 * @attr {string} forward-params - Page URL parameters copied to the booking URL: `none`, or names separated by commas or spaces (`utm_*` matches every utm parameter). Default `utm_*, gclid, fbclid`.
 * @attr {string} variant - `solid` (default), `outline` or `link` (text-only, for use inside a sentence).
 * @attr {string} size - `sm`, `md` (default) or `lg`; each is at least 44 px tall.
 * @attr {boolean} empty - Set by the element itself when it has nothing usable to show (read-only).
 * @attr {boolean} block - Set by the element itself when no text is beside it: it is then a block, which a theme's column lines up (read-only).
 *
 * @event {CustomEvent<BookClickDetail>} acupt-book-click - A channel was chosen, before navigation. Cancelable: `preventDefault()` stops the navigation (e.g. to open your own booking modal), whatever the click: plain, modified or middle (a right click chooses nothing). Detail `{ service, channel: 'online' | 'phone' | 'email', url }`.
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
  protected override readonly kind = 'book';

  // Places the menu while open, and keeps its button's aria-expanded and focus right.
  protected readonly popovers = new PopoverController(this, 'bottom-start');
  // The button, then its menu: each in a task of its own.
  protected override readonly stages = 2;
  #booking!: Booking;

  override connectedCallback(): void {
    super.connectedCallback();
    // With no text beside it (a block theme's content column, a paragraph of its own) the book is a
    // block, which the theme's column rules line up; in a sentence it stays inline.
    this.toggleAttribute('block', ![...this.parentNode!.childNodes].some((node) => node.nodeType === 3 && node.textContent!.trim()));
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    this.#booking = resolveBooking((attr) => this.setting(attr), location.search);
    const empty = !this.#booking.channels[0];
    if (empty) warn('<acupt-book> has no usable booking-url, phone or email.');
    this.toggleAttribute('empty', empty);
  }

  override render() {
    const { channels } = this.#booking;
    const variant = oneOf('variant', this.setting('variant'), ['solid', 'outline', 'link'], 'solid');
    const size = oneOf('size', this.setting('size'), ['sm', 'md', 'lg'], 'md');
    const look = `btn ${variant === 'solid' ? '' : `ghost ${variant}`} ${size}`;
    // The menu's first item has `autofocus`: the Popover API focuses it as the menu opens.
    return !channels[0]
      ? nothing
      : this.frame(
          channels[1]
            ? html`<button id="open" part="button" class=${look} popovertarget="menu" aria-haspopup="menu" aria-expanded="false">${this.setting('label')?.trim() || this.strings.label}</button>${this.stage ? this.#menu(channels) : nothing}`
            : this.#link(channels[0], look),
        );
  }

  #menu(channels: Channel[]) {
    return html`<div id="menu" part="menu" popover role="menu" aria-labelledby="open" @keydown=${this.#key} @focusout=${this.#left}>${channels.map((c, i) => this.#link(c, '', !i))}</div>`;
  }

  /** The lone link styled as a button (`look` set), or an item of the menu (`look` empty). */
  #link({ kind, href, text }: Channel, look: string, first?: boolean) {
    const s = this.strings;
    // Only the online channel has no `text`, and only it opens in a new tab.
    const blank = !text && this.#booking.newTab;
    // A lone phone or email says what it does ("Call (555) 010-2000"), not "Book now".
    // A number or an address keeps its own direction in a right-to-left language.
    const name = kind === 'phone' ? around(s.phone, html`<bdi dir="ltr">${text}</bdi>`) : s[kind];
    // Tells the page (a middle click too; a right click chooses nothing), then navigates unless it cancelled.
    const choose = (e: MouseEvent) => {
      if (e.button > 1) return;
      if (!this.emit('acupt-book-click', { service: this.#booking.service, channel: kind, url: href }, { cancelable: true })) e.preventDefault();
      this.renderRoot.querySelector<HTMLElement>('[popover]')?.hidePopover();
    };
    return html`<a part=${look ? 'button' : 'item'} class=${look || 'btn ghost item'} href=${href} role=${look ? nothing : 'menuitem'} tabindex=${look ? nothing : -1} ?autofocus=${first} target=${blank ? '_blank' : nothing} rel=${blank ? 'noopener' : nothing} @click=${choose} @auxclick=${choose}>${look ? this.setting('label')?.trim() || (text ? name : s.label) : name}${kind === 'email' && !look ? html` <small dir="ltr">${text}</small>` : nothing}${blank ? html`<span class="sr-only"> ${s.newTab}</span>` : nothing}</a>`;
  }

  // Lit calls these listeners with `this` bound to the element.
  /** Arrow keys move between items, wrapping (so Home and End are not needed). */
  #key(e: KeyboardEvent): void {
    const items = [...(e.currentTarget as HTMLElement).children] as HTMLElement[];
    const n = items.length;
    const step = { ArrowDown: 1, ArrowUp: n - 1 }[e.key];
    if (step) {
      e.preventDefault();
      items[(items.indexOf(e.target as HTMLElement) + step) % n]!.focus();
    }
  }

  // Tab (or anything else) moving focus out of the open menu closes it. A null target is
  // the window losing focus, e.g. the visitor switching apps: the menu waits for them.
  #left(e: FocusEvent): void {
    const menu = e.currentTarget as HTMLElement;
    const to = e.relatedTarget as Node | null;
    if (to && !menu.contains(to)) menu.hidePopover();
  }
}
