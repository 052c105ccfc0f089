import { clip, oneOf } from '../shared/attrs.js';
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

type Read = (attr: BookingAttr) => string | null | undefined;

/** One way to reach the clinic; `text` is the readable phone number or the address. */
export interface Channel {
  kind: ChannelKind;
  href: string;
  text?: string;
}

export interface Booking {
  service: Service | null;
  /** Online first, then phone, then email; empty when nothing usable was configured. */
  channels: Channel[];
  /** `target="_blank"`: the booking page opens in a new tab. */
  newTab: boolean;
}

/** Passes an absolute `https:` or `http:` URL; `javascript:`, `data:`, relative or unparsable values fail. */
const WEB = {
  test(value: string): boolean | undefined {
    try {
      return /^https?:$/.test(new URL(value).protocol);
    } catch {}
  },
};

/** A North American number as people write it, "(555) 010-2000"; any other number as given. */
function readable(phone: string): string {
  const digits = phone.replace(/\D/g, '');
  const nanp = /^1?([2-9]\d\d)(\d{3})(\d{4})$/.exec(digits);
  return nanp && (phone[0] !== '+' || digits[0] === '1') ? `(${nanp[1]}) ${nanp[2]}-${nanp[3]}` : phone;
}

/**
 * Where the visitor can book, each setting checked: a booking URL must be http(s); a phone
 * number is dialled as its digits (with a leading `+`) and shown readably (see `readable`), and only 7 to 15
 * digits with spaces and `( ) . - /` between them pass; an email must be a plain address, with
 * nothing that could add mailto headers or recipients. Anything else is refused with a warning
 * naming its attribute, leaving the other channels.
 *
 * `service` picks its own URL when set, else `booking-url` with `service=<key>` so the clinic's
 * page can preselect it. The booking link's query, later sources winning: the URL's own query,
 * then `service`, then the `utm-*` settings, then parameters forwarded from this page's query,
 * because the real campaign of this visit beats a static default.
 */
export function resolveBooking(read: Read, pageQuery: string): Booking {
  const check = (attr: BookingAttr, valid: { test(v: string): unknown }, what: string) => {
    const v = read(attr)?.trim();
    if (!v || valid.test(v)) return v;
    warn(`${attr}="${clip(v)}" is not ${what}; it was refused.`);
  };
  const service = oneOf<Service | ''>('service', read('service'), SERVICES, '') || null;
  const own = service && check(`${service}-url`, WEB, 'an http(s) URL');
  const web = own || check('booking-url', WEB, 'an http(s) URL');
  const phone = check('phone', /^\+?([ ().\/-]*\d){7,15}[ ().\/-]*$/, 'a phone number');
  const email = check('email', /^[\w.+'-]+@[a-z\d-]+(\.[a-z\d-]+)+$/i, 'a plain email address');
  const channels: Channel[] = [];
  if (web) {
    const url = new URL(web);
    const query = url.searchParams;
    if (service && !own) query.set('service', service);
    for (const key of UTM) {
      const value = read(`utm-${key}`);
      if (value) query.set(`utm_${key}`, value);
    }
    // `forward-params`: unset → campaign and ad-click ids; `none` → nothing; else the names given.
    const list = read('forward-params')?.trim() || 'utm_* gclid fbclid';
    const forward = /^none$/i.test(list) ? [] : list.split(/[\s,]+/);
    for (const [key, value] of new URLSearchParams(pageQuery)) {
      if (value && forward.some((name) => name === key || (name === 'utm_*' && key.startsWith('utm_')))) query.set(key, value);
    }
    channels.push({ kind: 'online', href: url.href });
  }
  if (phone) channels.push({ kind: 'phone', href: `tel:${phone.replace(/[^\d+]/g, '')}`, text: readable(phone) });
  if (email) channels.push({ kind: 'email', href: `mailto:${email}`, text: email });
  return { service, channels, newTab: oneOf('target', read('target'), ['_self', '_blank'], '_self') == '_blank' };
}
