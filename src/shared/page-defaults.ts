/**
 * The `data-*` attributes of the script tag that loaded the widget, the page-wide defaults
 * (`data-booking-url` for `booking-url`). The tag is `document.currentScript` only while the
 * script's first task runs (see src/global.ts); an ES module import has no such tag and no defaults.
 */
const data = (document.currentScript as HTMLScriptElement | null)?.dataset;

/** The page-wide default of an attribute, by its name or its property's: `booking-url` or `bookingUrl`. */
export const pageDefault = (name: string): string | undefined => data?.[name.replace(/-(\w)/g, (_, c: string) => c.toUpperCase())];
