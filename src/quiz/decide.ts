import { FLAGS, LEVELS, STEPS, type Answers, type LooseAnswers, type Option, type Urgency } from './questions.js';

/** The three kinds of care the quiz can suggest. */
export type Care = 'acupuncture' | 'pt' | 'both';
/** A suggestion: one kind of care, or `either` when nothing the visitor said points one way. */
export type Suggestion = Care | 'either';
export type Recommendation = 'urgent-care' | Suggestion;

/**
 * The answers that point somewhere (content brief §4, revised), and where. Any other answer
 * points nowhere and is never quoted as a reason: how long the pain has lasted (for chronic
 * pain ACP 2017 lists exercise and acupuncture *each* as a first choice, not the two
 * together), wanting care without medicines (both are), and "no preference".
 *
 * | Answer (reason key)                                   | Points to   | Source             |
 * |-------------------------------------------------------|-------------|--------------------|
 * | `sharpPain`: sharp, shooting, or runs down a leg      | acupuncture | brief §4           |
 * | `hardToMove`: any movement is hard to bear right now  | acupuncture | brief §4           |
 * | `ptNotEnough`: physical therapy did not fully help    | acupuncture | brief §4           |
 * | `preferCalm`: prefers fine needles and a calm session | acupuncture | brief §4 (values)  |
 * | `recentInjury`: a recent minor strain or injury       | PT          | brief §4           |
 * | `surgery`: recovering from surgery — decides PT       | PT          | brief §4           |
 * | `posture`: worse with some movements or positions     | PT          | brief §4           |
 * | `ptPrescribed`: a doctor suggested physical therapy   | PT          | brief §4           |
 * | `preferActive`: prefers active exercise, homework     | PT          | brief §4 (values)  |
 * | `avoidNeedles`: would rather avoid needles — decides PT | PT        | brief §4           |
 */
export const POINTS = {
  sharpPain: 'acupuncture',
  hardToMove: 'acupuncture',
  ptNotEnough: 'acupuncture',
  preferCalm: 'acupuncture',
  recentInjury: 'pt',
  surgery: 'pt',
  posture: 'pt',
  ptPrescribed: 'pt',
  preferActive: 'pt',
  avoidNeedles: 'pt',
} as const satisfies Partial<Record<Option, 'acupuncture' | 'pt'>>;

export type ReasonKey = keyof typeof POINTS;

/**
 * Answers after which physical therapy is the start whatever else points to acupuncture: a
 * person who would rather avoid needles is never started on them, and healing from surgery
 * is physical therapy's work (brief §4).
 */
export const DECIDES_PT = ['avoidNeedles', 'surgery'] as const satisfies readonly ReasonKey[];

/** Answers to raise before treatment (brief §3, §4); pregnancy with either practitioner, the rest before acupuncture. */
export const CAUTIONS = ['pregnant', 'bleeding', 'pacemaker', 'skin', 'needleFear'] as const satisfies readonly Option[];
export type CautionKey = (typeof CAUTIONS)[number];

/**
 * What the result says first, under its heading, in this order:
 * - `surgeon`: after surgery, pain that is new, sharp or runs down a leg — check with the surgeon first;
 * - `newPain`: pain under 6 weeks — most gets much better within weeks, staying active helps;
 * - `needlesLater`: the visitor would rather avoid needles — acupuncture stays an option later;
 * - `reassure`: under "see your doctor" advice — a precaution, most back pain is not serious.
 */
export type NoteKey = 'surgeon' | 'newPain' | 'needlesLater' | 'reassure';

/** How the care usually goes: a short course for new pain; the week-by-week plan for both at 6 weeks or more. */
export type Course = 'short' | 'weeks';

export interface Decision {
  recommendation: Recommendation;
  /** The most urgent advice that applies; only with `urgent-care`. */
  urgency?: Urgency;
  /** The answers that support the heading, in question order; empty for `urgent-care` and `either`. */
  reasons: ReasonKey[];
  /** Cautions to raise before treatment; only those that apply to the care suggested. */
  cautions: CautionKey[];
  notes: NoteKey[];
  /** Absent for `urgent-care` and `either`, and for one kind of care at 6 weeks or more. */
  course?: Course;
}

/**
 * Where to start, from the answers given so far. Deterministic and DOM-free.
 *
 * 1. Any warning sign → `urgent-care`, with the most urgent level among the signs ticked
 *    (brief §1). Nothing else is said, no reasons, no booking; "see your doctor" levels
 *    add that it is a precaution.
 * 2. Would rather avoid needles, or healing from surgery → `pt`.
 * 3. Otherwise the answers that point to acupuncture and those that point to PT decide:
 *    `both` only when at least one points each way (the person is open to needles, or
 *    step 2 would have applied), else the side they point to, else `either`: both are
 *    first-line care and the visitor chooses.
 *
 * Reasons are the answers that support the result: for `pt`, the PT answers; for
 * `acupuncture`, the acupuncture ones; for `both`, all of them.
 */
export function decide(answers: Answers): Decision {
  const flags = [...(answers.signs ?? []), ...(answers.checks ?? [])];
  if (flags.length) {
    const urgency = LEVELS.find((level) => flags.some((flag) => FLAGS[flag] === level))!;
    return { recommendation: 'urgent-care', urgency, reasons: [], cautions: [], notes: urgency.startsWith('doctor') ? ['reassure'] : [] };
  }
  const given = answers as LooseAnswers;
  const chosen = STEPS.flatMap(({ id, options }) => options.filter((key) => [given[id]].flat().includes(key)));
  const toward = (side: 'acupuncture' | 'pt') =>
    chosen.filter((key): key is ReasonKey => (POINTS as Partial<Record<Option, string>>)[key] === side);
  const acupuncture = toward('acupuncture');
  const pt = toward('pt');
  const decided = DECIDES_PT.some((key) => chosen.includes(key));
  const recommendation: Suggestion =
    decided || (pt.length && !acupuncture.length) ? 'pt' : acupuncture.length ? (pt.length ? 'both' : 'acupuncture') : 'either';
  const reasons = { acupuncture, pt, both: chosen.filter((key): key is ReasonKey => Object.hasOwn(POINTS, key)), either: [] }[recommendation];

  const acute = answers.duration === 'acute';
  const notes: NoteKey[] = [];
  if (answers.cause === 'surgery' && (acute || answers.kind === 'sharpPain')) notes.push('surgeon');
  if (acute) notes.push('newPain');
  if (chosen.includes('avoidNeedles')) notes.push('needlesLater');
  const cautions = CAUTIONS.filter((key) => chosen.includes(key) && (recommendation !== 'pt' || key === 'pregnant'));
  return {
    recommendation,
    reasons,
    cautions,
    notes,
    ...(recommendation === 'either' ? {} : acute ? { course: 'short' } : recommendation === 'both' ? { course: 'weeks' } : {}),
  };
}
