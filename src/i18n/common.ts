/** Words every element uses, so each appears once in the bundle. English is the schema. */
export const commonStrings = {
  acupuncture: 'Acupuncture',
  pt: 'Physical therapy',
  both: 'Both together',
  disclaimer: 'General information, not a diagnosis or medical advice.',
  sources: 'Sources',
  /** The condition, in two sentences (IPDAS): common, mostly gets better, when to worry. */
  condition:
    'Back pain is very common, and most of it gets better within weeks. See a doctor first for new numbness, leg weakness, bladder or bowel trouble, fever, or pain after a serious injury.',
};

export type CommonStrings = typeof commonStrings;
