import type { Lang } from './lang.js';

/** Words every element uses, so each appears once in the bundle. */
const en = {
  acupuncture: 'Acupuncture',
  pt: 'Physical therapy',
  both: 'Both together',
  disclaimer: 'General information, not a diagnosis or medical advice.',
  sources: 'Sources',
};

export type CommonStrings = typeof en;

export const common: Record<Lang, CommonStrings> = {
  en,
  es: {
    acupuncture: 'Acupuntura',
    pt: 'Fisioterapia',
    both: 'Ambas juntas',
    disclaimer: 'Información general, no un diagnóstico ni consejo médico.',
    sources: 'Fuentes',
  },
};
