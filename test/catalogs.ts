// Each element's texts by language, as the elements see them (the common words included), for tests.
import { english, type Translation } from '../src/i18n/translation.js';
import es from '../src/i18n/translations/es.js';

export const TRANSLATIONS: Record<string, Translation> = { en: english, es };

const by = <K extends keyof Translation>(kind: K) =>
  Object.fromEntries(Object.entries(TRANSLATIONS).map(([lang, t]) => [lang, { ...t.common, ...t[kind] }])) as Record<
    string,
    Translation['common'] & Translation[K]
  > & { en: Translation['common'] & Translation[K]; es: Translation['common'] & Translation[K] };

export const common = Object.fromEntries(Object.entries(TRANSLATIONS).map(([lang, t]) => [lang, t.common])) as Record<string, Translation['common']> & {
  en: Translation['common'];
  es: Translation['common'];
};
export const compareCatalog = by('compare');
export const quizCatalog = by('quiz');
export const bookCatalog = by('book');
