import { FLAGS, LEVELS, STEPS, type Answers, type LooseAnswers, type Option, type Urgency } from './questions.js';

type Side = 'acupuncture' | 'pt' | 'both' | null;

/**
 * The answers that explain a result, and where each one points. An answer listed here
 * becomes a reason (its key is the reason key); any other answer points nowhere and is
 * not quoted back. How long the pain has lasted counts only past 12 weeks: for chronic low
 * back pain the guidelines list exercise and acupuncture both as first choices (brief §2).
 *
 * | Answer (reason key)                          | Points to   | Source                          |
 * |----------------------------------------------|-------------|---------------------------------|
 * | `sharpPain`: sharp, shooting, down a leg     | acupuncture | brief §4                        |
 * | `chronic`: more than 12 weeks                | both        | brief §2 (ACP 2017)             |
 * | `recentInjury`: a minor strain or injury     | PT          | brief §4                        |
 * | `surgery`: healing from surgery              | PT          | brief §4                        |
 * | `posture`: worse with movements or positions | PT          | brief §4                        |
 * | `hardToMove`: any movement is hard to bear   | acupuncture | brief §4                        |
 * | `ptNotEnough`: PT did not fully help         | acupuncture | brief §4                        |
 * | `ptPrescribed`: a doctor prescribed PT       | PT          | brief §4                        |
 * | `avoidNeedles`: would rather avoid needles   | PT          | brief §4                        |
 * | `drugFree`: wants care without medicines     | acupuncture | brief §4                        |
 * | `quickRelief`: goal is easing pain soon      | acupuncture | brief §5 ("may ease pain in the short term") |
 * | `strength`: goal is strength and prevention  | PT          | brief §4                        |
 * | `goalBoth`: goal is both                     | both        | brief §4                        |
 */
export const POINTS = {
  sharpPain: 'acupuncture',
  chronic: 'both',
  recentInjury: 'pt',
  surgery: 'pt',
  posture: 'pt',
  hardToMove: 'acupuncture',
  ptNotEnough: 'acupuncture',
  ptPrescribed: 'pt',
  avoidNeedles: 'pt',
  drugFree: 'acupuncture',
  quickRelief: 'acupuncture',
  strength: 'pt',
  goalBoth: 'both',
} as const satisfies Partial<Record<Option, Side>>;

export type ReasonKey = keyof typeof POINTS;

/** Answers that need a word with the acupuncturist before the first needle (brief §3). */
export const CAUTIONS = ['avoidNeedles', 'pregnant', 'bleeding', 'pacemaker'] as const satisfies readonly Option[];
export type CautionKey = (typeof CAUTIONS)[number];

/** The three kinds of care the quiz can suggest. */
export type Care = 'acupuncture' | 'pt' | 'both';
export type Recommendation = 'urgent-care' | Care;

export interface Decision {
  recommendation: Recommendation;
  /** The most urgent advice that applies; only with `urgent-care`. */
  urgency?: Urgency;
  /** The answers that explain the result, in question order; empty for `urgent-care`. */
  reasons: ReasonKey[];
  /** Cautions to raise before acupuncture; only when the result includes it. */
  cautions: CautionKey[];
}

/**
 * Where to start, from the answers given so far. Deterministic and DOM-free.
 *
 * 1. Any warning sign → `urgent-care`, with the most urgent level among the signs ticked
 *    (brief §1). Nothing else is said: no reasons, no booking.
 * 2. Otherwise every answer in `POINTS` becomes a reason, and the result is `acupuncture`
 *    when only acupuncture answers were given, `pt` when only PT answers were, and `both`
 *    when both were, the goal is "both", or nothing points either way (the guide's
 *    "best of all? start with both").
 * 3. Wanting to avoid needles points to PT, so it never leaves acupuncture on its own;
 *    it and the medical cautions (pregnancy, blood thinners, pacemaker) are listed as
 *    cautions whenever the result includes acupuncture.
 */
export function decide(answers: Answers): Decision {
  const given = answers as LooseAnswers;
  const flags = [...(answers.signs ?? []), ...(answers.checks ?? [])];
  if (flags.length) {
    const urgency = LEVELS.find((level) => flags.some((flag) => FLAGS[flag] === level));
    return { recommendation: 'urgent-care', urgency, reasons: [], cautions: [] };
  }
  const chosen = STEPS.flatMap(({ id, options }) => options.filter((key) => [given[id]].flat().includes(key)));
  const reasons = chosen.filter((key): key is ReasonKey => Object.hasOwn(POINTS, key));
  const points = (side: Side) => reasons.some((key) => POINTS[key] === side);
  const acupuncture = points('acupuncture');
  const pt = points('pt');
  const recommendation = points('both') || acupuncture === pt ? 'both' : acupuncture ? 'acupuncture' : 'pt';
  return {
    recommendation,
    reasons,
    cautions: recommendation === 'pt' ? [] : CAUTIONS.filter((key) => chosen.includes(key)),
  };
}
