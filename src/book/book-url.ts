import { clip, httpUrl, oneOf } from '../shared/attrs.js';
import { warn } from '../shared/log.js';

export const SERVICES = ['acupuncture', 'pt', 'both'] as const;
export type Service = (typeof SERVICES)[number];
export type ChannelKind = 'online' | 'phone' | 'email';

const UTM = ['source', 'medium', 'campaign', 'content'] as const;

/** The settings a book reads; inside a quiz's result, the ones it lacks come from the quiz. */
export type BookingAttr =
  | 'service'
  | 'booking-url'
  | `${Service}-url`
  | 'phone'
  | 'email'
  | 'target'
  | `utm-${(typeof UTM)[number]}`
  | 'forward-params';

/** One way to reach the clinic; `text` is the readable phone number or the address. */
export interface Channel {
  kind: ChannelKind;
  href: string;
  text: string;
}

export interface Booking {
  service: Service | null;
  /** Online first, then phone, then email; empty when nothing usable was configured. */
  channels: Channel[];
  /** `target="_blank"`: the booking page opens in a new tab. */
  newTab: boolean;
}

/** `forward-params`: unset → campaign and ad-click ids; `none` → nothing; else the names given. */
export function forwardList(value: string | null | undefined): string[] {
  const v = value?.trim();
  if (!v) return ['utm_*', 'gclid', 'fbclid'];
  return v.toLowerCase() === 'none' ? [] : v.split(/[\s,]+/);
}

/**
 * The booking link. Later sources win: the URL's own query, then `service`, then the
 * `utm-*` settings, then parameters forwarded from this page's query, because the real
 * campaign of this visit beats a static default.
 */
export function bookingHref(
  url: URL,
  service: Service | null,
  read: (attr: BookingAttr) => string | null | undefined,
  pageQuery: string,
): string {
  const out = new URL(url);
  const query = out.searchParams;
  if (service) query.set('service', service);
  for (const key of UTM) {
    const value = read(`utm-${key}`)?.trim();
    if (value) query.set(`utm_${key}`, value);
  }
  const forward = forwardList(read('forward-params'));
  for (const [key, value] of new URLSearchParams(pageQuery)) {
    if (value && forward.some((name) => name === key || (name === 'utm_*' && key.startsWith('utm_')))) {
      query.set(key, value);
    }
  }
  return out.href;
}

/**
 * A phone number to show and dial. North American numbers read as "(555) 010-2000";
 * others are shown as written. Anything but digits, spaces and `+ ( ) . - /`, or
 * fewer than 7 or more than 15 digits, is refused with a warning.
 */
export function phoneNumber(value: string | null | undefined): Omit<Channel, 'kind'> | null {
  const v = value?.trim().replace(/\s+/g, ' ');
  if (!v) return null;
  const digits = v.replace(/\D/g, '');
  if (!/^\+?[\d ().\/-]+$/.test(v) || digits.length < 7 || digits.length > 15) {
    warn(`phone="${clip(v)}" is not a phone number; it was refused.`);
    return null;
  }
  const plus = v[0] === '+';
  const nanp = /^1?([2-9]\d\d)(\d{3})(\d{4})$/.exec(digits);
  if (nanp && (!plus || digits.length === 11)) {
    const [, area, exchange, line] = nanp;
    return { href: `tel:+1${area}${exchange}${line}`, text: `(${area}) ${exchange}-${line}` };
  }
  return { href: `tel:${plus ? '+' : ''}${digits}`, text: v };
}

/** A plain address only: characters that could add mailto headers or recipients are refused. */
export function emailAddress(value: string | null | undefined): string | null {
  const v = value?.trim();
  if (!v) return null;
  if (/^[\w.+'-]+@[a-z\d-]+(\.[a-z\d-]+)+$/i.test(v)) return v;
  warn(`email="${clip(v)}" is not a plain email address; it was refused.`);
  return null;
}

/**
 * Where the visitor can book. `service` picks its own URL when set, else `booking-url`
 * with `service=<key>` so the clinic's page can preselect it. A URL that is not http(s)
 * is refused with a warning naming its attribute, leaving phone and email.
 */
export function resolveBooking(read: (attr: BookingAttr) => string | null | undefined, pageQuery: string): Booking {
  const key = read('service')?.trim().toLowerCase();
  const service = SERVICES.find((s) => s === key) ?? null;
  if (key && !service) warn(`service="${clip(key)}" is not one of ${SERVICES.join(', ')}; booking without a service.`);
  const own = service && httpUrl(`${service}-url`, read(`${service}-url`));
  const url = own || httpUrl('booking-url', read('booking-url'));
  const channels: Channel[] = [];
  if (url) channels.push({ kind: 'online', href: bookingHref(url, own ? null : service, read, pageQuery), text: '' });
  const phone = phoneNumber(read('phone'));
  if (phone) channels.push({ kind: 'phone', ...phone });
  const email = emailAddress(read('email'));
  if (email) channels.push({ kind: 'email', href: `mailto:${email}`, text: email });
  return { service, channels, newTab: oneOf('target', read('target'), ['_self', '_blank'], '_self') === '_blank' };
}
