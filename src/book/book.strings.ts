/** Keys `online`, `phone` and `email` name the channels; `{number}` is the clinic's phone number. English is the schema. */
export const bookStrings = {
  /** The button; a lone phone or email channel shows its own name instead. */
  label: 'Book now',
  online: 'Book online',
  phone: 'Call {number}',
  email: 'Email us',
  newTab: '(opens in a new tab)',
};

export type BookStrings = typeof bookStrings;
