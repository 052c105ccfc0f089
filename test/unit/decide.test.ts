import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CAUTIONS, DECIDES_PT, POINTS, decide, type Decision, type Recommendation } from '../../src/quiz/decide.js';
import { RESULT, next, stepAt } from '../../src/quiz/flow.js';
import { FLAGS, LEVELS, STEPS, type Answers, type LooseAnswers } from '../../src/quiz/questions.js';
import { quizStrings } from '../../src/quiz/quiz.strings.js';

/** Content brief §1: each sign, the checklist it is on, and the advice it calls for. */
const brief = [
  ['bladder', 'signs', 'emergency'],
  ['numb', 'signs', 'emergency'],
  ['weakness', 'signs', 'emergency-or-urgent'],
  ['crash', 'signs', 'emergency-or-urgent'],
  ['fever', 'signs', 'urgent'],
  ['cancer', 'checks', 'doctor-today'],
  ['weight', 'checks', 'doctor-first'],
  ['night', 'checks', 'doctor-first'],
  ['age', 'checks', 'doctor-first'],
  ['bones', 'checks', 'doctor-first'],
  ['slow', 'checks', 'doctor-first'],
] as const;

const ACUPUNCTURE = Object.keys(POINTS).filter((key) => POINTS[key as keyof typeof POINTS] === 'acupuncture');
const PT = Object.keys(POINTS).filter((key) => POINTS[key as keyof typeof POINTS] === 'pt');

/**
 * Every complete path through the quiz the flow allows: each screen answered with each of its
 * choices (every subset on a checklist, "None of these" being the empty one), following next()
 * from the first screen, so a ticked warning sign ends the path where the quiz ends.
 */
function paths(): Answers[] {
  const out: Answers[] = [];
  const walk = (step: number, answers: LooseAnswers) => {
    if (step === RESULT) return void out.push(answers as Answers);
    const { id, multi, options } = stepAt(step)!;
    const choices: (string | string[])[] = multi
      ? Array.from({ length: 2 ** options.length }, (_, bits) => options.filter((_, i) => bits & (1 << i)))
      : [...options];
    for (const choice of choices) {
      const given = { ...answers, [id]: choice };
      walk(next(step, given as Answers), given);
    }
  };
  walk(1, {});
  return out;
}

const chosen = (answers: Answers) => Object.values(answers).flat() as string[];

/** The rules of the brief's §4 that every single path must keep; each returns what it found wrong. */
const RULES: Record<string, (a: Answers, d: Decision) => boolean> = {
  'would rather avoid needles → physical therapy, never acupuncture, both or either': (a, d) =>
    !chosen(a).includes('avoidNeedles') || d.recommendation === 'pt',
  'healing from surgery → physical therapy, never acupuncture alone': (a, d) => a.cause !== 'surgery' || d.recommendation === 'pt',
  '"both" only with a reason each way and no needle aversion': (a, d) =>
    d.recommendation !== 'both' ||
    (d.reasons.some((r) => ACUPUNCTURE.includes(r)) && d.reasons.some((r) => PT.includes(r)) && !chosen(a).includes('avoidNeedles')),
  'every reason supports its heading': (_, d) =>
    d.reasons.every((r) =>
      d.recommendation === 'acupuncture' ? ACUPUNCTURE.includes(r) : d.recommendation === 'pt' ? PT.includes(r) : d.recommendation === 'both',
    ),
  'every reason is an answer given, and none is how long it has lasted': (a, d) =>
    d.reasons.every((r) => chosen(a).includes(r)) && !d.reasons.some((r) => ['acute', 'subacute', 'chronic'].includes(r)),
  '"either" only when nothing points one way': (a, d) =>
    (d.recommendation === 'either') === (d.recommendation !== 'urgent-care' && !chosen(a).some((k) => k in POINTS)),
  'the week-by-week plan only for both at 6 weeks or more; a short course for new pain': (a, d) =>
    d.recommendation === 'urgent-care' || d.recommendation === 'either'
      ? d.course === undefined
      : d.course === (a.duration === 'acute' ? 'short' : d.recommendation === 'both' ? 'weeks' : undefined),
  'new pain says most gets better and staying active helps': (a, d) =>
    d.recommendation === 'urgent-care' || d.notes.includes('newPain') === (a.duration === 'acute'),
  'after surgery, new or sharp pain: check with the surgeon first': (a, d) =>
    d.recommendation === 'urgent-care' ||
    d.notes.includes('surgeon') === (a.cause === 'surgery' && (a.duration === 'acute' || a.kind === 'sharpPain')),
  'cautions are those given, and before PT alone only pregnancy': (a, d) =>
    d.cautions.every((c) => chosen(a).includes(c) && (d.recommendation !== 'pt' || c === 'pregnant')) &&
    (d.recommendation === 'urgent-care' || CAUTIONS.filter((c) => chosen(a).includes(c)).every((c) => d.cautions.includes(c) || d.recommendation === 'pt')),
  'a warning sign ends on the most urgent advice, with nothing else': (a, d) => {
    const flags = [...(a.signs ?? []), ...(a.checks ?? [])];
    if (!flags.length) return d.recommendation !== 'urgent-care';
    const level = LEVELS.find((l) => flags.some((f) => FLAGS[f] === l));
    return d.recommendation === 'urgent-care' && d.urgency === level && !d.reasons.length && !d.cautions.length;
  },
};

describe('decide over every answer path the quiz allows', () => {
  const all = paths().map((answers) => ({ answers, decision: decide(answers) }));

  it('walks all 20,830 of them', () => {
    // 31 + 63 endings on a warning sign; 2 × 3 × 3 × 3 × 3 × 4 answers × 32 cautions ticked or not.
    expect(all.length).toBe(31 + 63 + 2 * 3 * 3 * 3 * 3 * 4 * 2 ** 5);
  });

  it('gives no single result to more than 60% of them (distribution printed)', () => {
    const counts: Partial<Record<Recommendation, number>> = {};
    for (const { decision } of all) counts[decision.recommendation] = (counts[decision.recommendation] ?? 0) + 1;
    const share = Object.fromEntries(Object.entries(counts).map(([r, n]) => [r, `${((100 * n) / all.length).toFixed(1)}%`]));
    console.log('results over every answer path:', counts, share);
    // README's decision table states this distribution.
    const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
    const stated = `physical therapy ${share.pt}, both ${share.both}, acupuncture ${share.acupuncture}, either ${share.either}, urgent care ${share['urgent-care']}`;
    expect(readme.replace(/\s+/g, ' ')).toContain(stated);
    expect(Object.keys(counts).sort()).toEqual(['acupuncture', 'both', 'either', 'pt', 'urgent-care']);
    for (const [result, n] of Object.entries(counts)) expect(n / all.length, result).toBeLessThanOrEqual(0.6);
  });

  for (const [rule, keeps] of Object.entries(RULES)) {
    it(`keeps the rule on every path: ${rule}`, () => {
      const broken = all.filter(({ answers, decision }) => !keeps(answers, decision));
      expect(broken.slice(0, 3), `${broken.length} paths break it`).toEqual([]);
    });
  }

  it('has a case in the flow for every answer that points somewhere, and decides PT only on those that must', () => {
    for (const key of Object.keys(POINTS)) expect(STEPS.some((s) => (s.options as readonly string[]).includes(key)), key).toBe(true);
    expect([...DECIDES_PT].sort()).toEqual(['avoidNeedles', 'surgery']);
  });
});

describe('decide: warning signs', () => {
  it.each(brief)('%s (on %s) alone → urgent care, %s', (flag, screen, urgency) => {
    const d = decide({ [screen]: [flag] });
    expect(d).toMatchObject({ recommendation: 'urgent-care', urgency, reasons: [], cautions: [] });
    // Under "see your doctor" advice: a precaution, most back pain is not serious.
    expect(d.notes).toEqual(urgency.startsWith('doctor') ? ['reassure'] : []);
  });

  it('knows exactly the signs of the brief, each on its checklist', () => {
    expect(Object.entries(FLAGS)).toEqual(brief.map(([flag, , urgency]) => [flag, urgency]));
    for (const [flag, screen] of brief) expect(STEPS.find((s) => s.id === screen)!.options).toContain(flag);
  });
});

/** Named people, as a clinician would describe them, and where the quiz should start them. */
const VIGNETTES: [name: string, answers: Answers, expected: Partial<Decision>][] = [
  [
    'office worker, dull ache for 4 months, worse when sitting, a doctor suggested PT, wants exercise',
    { kind: 'dullPain', duration: 'chronic', cause: 'noCause', moving: 'posture', tried: 'ptPrescribed', prefer: 'preferActive', health: [] },
    { recommendation: 'pt', reasons: ['posture', 'ptPrescribed', 'preferActive'], course: undefined },
  ],
  [
    'sciatica for 3 weeks, any movement hard to bear, fine with needles',
    { kind: 'sharpPain', duration: 'acute', cause: 'noCause', moving: 'hardToMove', tried: 'ptNeither', prefer: 'noPreference', health: [] },
    { recommendation: 'acupuncture', reasons: ['sharpPain', 'hardToMove'], course: 'short', notes: ['newPain'] },
  ],
  [
    'five weeks after back surgery, new sharp pain down the leg',
    { kind: 'sharpPain', duration: 'acute', cause: 'surgery', moving: 'hardToMove', tried: 'ptNeither', prefer: 'preferCalm', health: [] },
    { recommendation: 'pt', reasons: ['surgery'], notes: ['surgeon', 'newPain'] },
  ],
  [
    'sciatica, but would rather avoid needles',
    { kind: 'sharpPain', duration: 'subacute', cause: 'noCause', moving: 'movingOk', tried: 'ptNeither', prefer: 'avoidNeedles', health: [] },
    { recommendation: 'pt', reasons: ['avoidNeedles'], notes: ['needlesLater'] },
  ],
  [
    'strained lifting a box last week, sharp pain, happy to try needles',
    { kind: 'sharpPain', duration: 'acute', cause: 'recentInjury', moving: 'movingOk', tried: 'ptNeither', prefer: 'noPreference', health: [] },
    { recommendation: 'both', reasons: ['sharpPain', 'recentInjury'], course: 'short' },
  ],
  [
    'long-standing pain, PT did not fully help, prefers a calm session',
    { kind: 'dullPain', duration: 'chronic', cause: 'noCause', moving: 'movingOk', tried: 'ptNotEnough', prefer: 'preferCalm', health: [] },
    { recommendation: 'acupuncture', reasons: ['ptNotEnough', 'preferCalm'], course: undefined },
  ],
  [
    'months of sharp pain made worse by sitting, open to needles',
    { kind: 'sharpPain', duration: 'chronic', cause: 'noCause', moving: 'posture', tried: 'ptNeither', prefer: 'noPreference', health: [] },
    { recommendation: 'both', reasons: ['sharpPain', 'posture'], course: 'weeks' },
  ],
  [
    'nothing points one way: a dull ache, no cause, moving fine, no preference',
    { kind: 'dullPain', duration: 'subacute', cause: 'noCause', moving: 'movingOk', tried: 'ptNeither', prefer: 'noPreference', health: [] },
    { recommendation: 'either', reasons: [], course: undefined },
  ],
  [
    'chronic pain alone points nowhere',
    { kind: 'dullPain', duration: 'chronic', cause: 'noCause', moving: 'movingOk', tried: 'ptNeither', prefer: 'noPreference', health: [] },
    { recommendation: 'either' },
  ],
  [
    'pregnant, a doctor suggested PT',
    { kind: 'dullPain', duration: 'subacute', cause: 'noCause', moving: 'movingOk', tried: 'ptPrescribed', prefer: 'noPreference', health: ['pregnant', 'bleeding'] },
    { recommendation: 'pt', reasons: ['ptPrescribed'], cautions: ['pregnant'] },
  ],
  [
    'a pacemaker and anxious about needles, sharp pain, prefers a calm session',
    { kind: 'sharpPain', duration: 'chronic', cause: 'noCause', moving: 'movingOk', tried: 'ptNeither', prefer: 'preferCalm', health: ['pacemaker', 'needleFear'] },
    { recommendation: 'acupuncture', cautions: ['pacemaker', 'needleFear'] },
  ],
  [
    'new numbness around the back passage',
    { signs: ['numb'] },
    { recommendation: 'urgent-care', urgency: 'emergency', notes: [] },
  ],
  [
    'a history of cancer and weight loss',
    { signs: [], checks: ['weight', 'cancer'] },
    { recommendation: 'urgent-care', urgency: 'doctor-today', notes: ['reassure'] },
  ],
];

describe('decide: clinical vignettes', () => {
  it.each(VIGNETTES)('%s', (_, answers, expected) => {
    const d = decide({ signs: [], checks: [], ...answers });
    const { course, ...rest } = expected;
    expect(d).toMatchObject(rest);
    if ('course' in expected) expect(d.course).toBe(course);
  });
});

describe('the questions themselves', () => {
  it('never imply that acupuncture works faster (content brief §5)', () => {
    const asked = [...Object.values(quizStrings.questions), ...Object.values(quizStrings.answers)].join(' | ');
    expect(asked).not.toMatch(/\b(fast|faster|quick|quickly|soon|sooner|rapid)\b/i);
  });

  it('ask nothing that points nowhere but for a reason: each answer points, sets a note or caution, or is a way of saying no', () => {
    const none = ['dullPain', 'acute', 'subacute', 'chronic', 'noCause', 'movingOk', 'ptNeither', 'noPreference'];
    for (const step of STEPS) {
      if ('safety' in step) continue;
      for (const key of step.options) expect(key in POINTS || (CAUTIONS as readonly string[]).includes(key) || none.includes(key), key).toBe(true);
    }
  });
});
