/**
 * Copy of the comparison table. Rows are keyed so a page's JSON overrides can change a
 * cell or add a criterion; `info` is the tooltip, where the nuance lives, and says how sure
 * the evidence is (its sources are named in `CITED`, the same in every language). Written
 * to the content brief: hedged where the evidence is thin, nothing from its "avoid" list;
 * cells are short phrases. English is the schema: every language has exactly these keys.
 */

/** A criterion as written below: `[key, label, acupuncture, pt, both, info]`. */
export type RowText = [key: string, label: string, acupuncture: string, pt: string, both: string, info: string];

/**
 * Rows are written as lists to keep their field names out of the bundle, and keyed here,
 * once: the catalogue, and so content overrides, see `{ key, label, acupuncture, … }`.
 */
export const rows = (list: RowText[]) => list.map(([key, label, acupuncture, pt, both, info]) => ({ key, label, acupuncture, pt, both, info }));

export const compareStrings = {
  heading: 'Acupuncture or physical therapy for back pain?',
  /** Shown under the heading when the page sets `clinic-name`. */
  ask: 'Not sure? The team at {clinic} can help you choose.',
  /** Starts an info button's name: "About Pain relief". */
  about: 'About',
  recommended: 'Recommended',
  /** Who provides the table (IPDAS: conflicts of interest); `providerAny` when the page names no clinic. */
  provider: 'Provided by {clinic}, which offers both treatments.',
  providerAny: 'Provided by a clinic that may offer these treatments.',
  /** `{month}` and `{year}` are those of REVIEWED (content/sources.ts), as digits: a month's name would need Intl's date data, slow to load. */
  reviewed: 'Last reviewed: {month}/{year}.',
  policy: 'Reviewed yearly, and sooner when the cited guidelines change.',
  /** Under a tooltip: the row's sources, named briefly. */
  cited: 'Sources: {list}',
  rows: rows([
    [
      'pain',
      'Pain relief',
      'May ease pain in the short term',
      'Exercise probably eases pain',
      'Less pain may make exercise easier',
      'Both help a little; no study shows which is faster. Evidence: low certainty for acupuncture, moderate for exercise.',
    ],
    [
      'cause',
      'What it focuses on',
      'The pain itself',
      'Strength, posture and movement',
      'Pain relief and movement',
      'Back pain rarely has one clear cause.',
    ],
    [
      'session',
      'A session',
      'Fine needles, 15–30 minutes',
      'Exercise, hands-on care, homework',
      'Two kinds of visit, one plan',
      'In studies, a course was about 10 sessions over 5–7 weeks.',
    ],
    [
      'stress',
      'Stress relief',
      'Many find it calming',
      'Activity can lift your mood',
      'Rest plus activity',
      'Based on what patients say; rarely studied.',
    ],
    [
      'recovery',
      'Long-term recovery',
      'Mostly studied short term',
      'Benefits last while you keep exercising',
      'Exercise for the long term, acupuncture alongside',
      'Exercise helps while you keep it up (moderate certainty); acupuncture was studied mostly short term (low certainty).',
    ],
    [
      'risks',
      'Side effects',
      'Usually mild: bruising, soreness, tiredness',
      'Sore muscles, tiredness',
      'The mild effects of each',
      'Acupuncture: about 1 in 10 people has a minor side effect, 1 in 10,000 a serious one. Mention blood thinners, pregnancy, a pacemaker or a skin infection.',
    ],
    [
      'insurance',
      'Insurance',
      'Varies; Medicare covers chronic low back pain',
      'Many plans, including Medicare',
      'Check both with your plan',
      'Medicare: for low back pain of 12+ weeks not from surgery or pregnancy, 12 acupuncture visits in 90 days, 8 more if improving, 20 a year at most.',
    ],
    [
      'evidence',
      'What the evidence says',
      'Small benefit, low certainty; guidelines differ',
      'Exercise helps, moderate certainty',
      'Little studied together; each is a first choice in US guidelines',
      'Guidelines differ: the US (ACP) lists acupuncture and exercise each as a first choice; the UK (NICE) advises against acupuncture.',
    ],
  ]),
};

export type CompareStrings = typeof compareStrings;
export type CompareRow = CompareStrings['rows'][number];
