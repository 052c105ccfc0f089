import type { Lang } from '../i18n/lang.js';

const en = {
  /** The button; a single phone or email channel shows `call` / `email` instead. */
  label: 'Book now',
  online: 'Book online',
  call: 'Call {phone}',
  email: 'Email us',
  newTab: '(opens in a new tab)',
};

export type BookStrings = typeof en;

export const bookCatalog: Record<Lang, BookStrings> = {
  en,
  es: {
    label: 'Reservar cita',
    online: 'Reservar en línea',
    call: 'Llamar al {phone}',
    email: 'Enviar un correo',
    newTab: '(se abre en una pestaña nueva)',
  },
};
