/**
 * Page-wide defaults from the `data-*` attributes of the script tag that loaded the
 * widget (`data-booking-url` → `booking-url`). Read once, while that tag is still
 * `document.currentScript`; an ES module import has no such tag and no defaults.
 */
export const pageDefaults: Readonly<Record<string, string>> = Object.fromEntries(
  Object.entries((document.currentScript as HTMLScriptElement | null)?.dataset ?? {}).map(([key, value]) => [
    key.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`),
    value ?? '',
  ]),
);
