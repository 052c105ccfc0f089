import type { Lang } from '../i18n/lang.js';

/** Keys `online`, `phone` and `email` name the channels; the phone number follows `phone`. */
const en = {
  /** The button; a lone phone or email channel shows its own name instead. */
  label: 'Book now',
  online: 'Book online',
  phone: 'Call',
  email: 'Email us',
  newTab: '(opens in a new tab)',
};

export type BookStrings = typeof en;

export const bookCatalog: Record<Lang, BookStrings> = {
  en,
  es: {
    label: 'Reservar cita',
    online: 'Reservar en línea',
    phone: 'Llamar al',
    email: 'Escríbanos',
    newTab: '(se abre en otra pestaña)',
  },
};
