import { describe, expect, it } from 'vitest';
import { CAUTIONS, POINTS, decide, type Care } from '../../src/quiz/decide.js';
import { FLAGS, STEPS, type Answers } from '../../src/quiz/questions.js';

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

describe('decide: warning signs', () => {
  it.each(brief)('%s (on %s) alone → urgent care, %s', (flag, screen, urgency) => {
    expect(decide({ [screen]: [flag] })).toEqual({ recommendation: 'urgent-care', urgency, reasons: [], cautions: [] });
  });

  it('knows exactly the signs of the brief, each on its checklist', () => {
    expect(Object.entries(FLAGS)).toEqual(brief.map(([flag, , urgency]) => [flag, urgency]));
    for (const [flag, screen] of brief) expect(STEPS.find((s) => s.id === screen)!.options).toContain(flag);
  });

  it.each([
    [{ signs: ['fever', 'weakness'] }, 'emergency-or-urgent'],
    [{ signs: ['fever'], checks: ['cancer', 'slow'] }, 'urgent'],
    [{ checks: ['weight', 'cancer'] }, 'doctor-today'],
    [{ signs: ['crash', 'numb'], checks: ['age'] }, 'emergency'],
  ] as [Answers, string][])('%j → the most urgent advice, %s', (answers, urgency) => {
    expect(decide(answers).urgency).toBe(urgency);
  });

  it('says nothing else, whatever the other answers', () => {
    const answers: Answers = { checks: ['bones'], kind: 'sharpPain', about: ['pacemaker', 'avoidNeedles'], goal: 'goalBoth' };
    expect(decide(answers)).toEqual({ recommendation: 'urgent-care', urgency: 'doctor-first', reasons: [], cautions: [] });
  });

  it('goes on when both checklists say "none of these"', () => {
    expect(decide({ signs: [], checks: [], kind: 'sharpPain' }).recommendation).toBe('acupuncture');
  });
});

const seeds = [
  [{ kind: 'sharpPain' }, 'acupuncture'],
  [{ moving: 'hardToMove' }, 'acupuncture'],
  [{ about: ['ptNotEnough'] }, 'acupuncture'],
  [{ about: ['drugFree'] }, 'acupuncture'],
  [{ goal: 'quickRelief' }, 'acupuncture'],
  [{ cause: 'recentInjury' }, 'pt'],
  [{ cause: 'surgery' }, 'pt'],
  [{ moving: 'posture' }, 'pt'],
  [{ goal: 'strength' }, 'pt'],
  [{ about: ['ptPrescribed'] }, 'pt'],
  [{ about: ['avoidNeedles'] }, 'pt'],
  [{ goal: 'goalBoth' }, 'both'],
  [{ duration: 'chronic' }, 'both'],
] as [Answers, Care][];
const reasonOf = (answers: Answers) => Object.values(answers).flat()[0];

describe('decide: seed rules, one answer at a time', () => {
  it.each(seeds)('%j → %s, with that answer as the reason', (answers, recommendation) => {
    expect(decide(answers)).toEqual({ recommendation, reasons: [reasonOf(answers)], cautions: [] });
  });

  it('has a case for every rule', () => {
    expect(seeds.map(([answers]) => reasonOf(answers)).sort()).toEqual(Object.keys(POINTS).sort());
  });

  it.each([
    [{ kind: 'dullPain' }],
    [{ duration: 'subacute' }],
    [{ cause: 'noCause' }],
    [{ moving: 'movingOk' }],
    [{ duration: 'acute' }],
    [{ about: [] }],
    [{ about: ['pregnant', 'bleeding', 'pacemaker'] }],
  ] as [Answers][])('%j points nowhere → both, with no reason', (answers) => {
    expect(decide(answers)).toEqual({ recommendation: 'both', reasons: [], cautions: [...(answers.about ?? [])] });
  });
});

describe('decide: combinations', () => {
  it.each([
    ['empty answers', {}, 'both', []],
    ['mixed signals', { kind: 'sharpPain', moving: 'posture' }, 'both', ['sharpPain', 'posture']],
    ['chronic sciatica', { kind: 'sharpPain', duration: 'chronic' }, 'both', ['sharpPain', 'chronic']],
    ['acute, after a minor injury', { duration: 'acute', cause: 'recentInjury' }, 'pt', ['recentInjury']],
    [
      'acupuncture signs, goal both',
      { kind: 'sharpPain', moving: 'hardToMove', goal: 'goalBoth' },
      'both',
      ['sharpPain', 'hardToMove', 'goalBoth'],
    ],
    ['PT signs, goal both', { cause: 'surgery', goal: 'goalBoth' }, 'both', ['surgery', 'goalBoth']],
    [
      'a full PT walk',
      {
        signs: [],
        checks: [],
        kind: 'dullPain',
        duration: 'subacute',
        cause: 'recentInjury',
        moving: 'posture',
        about: ['ptPrescribed'],
        goal: 'strength',
      },
      'pt',
      ['recentInjury', 'posture', 'ptPrescribed', 'strength'],
    ],
    [
      'a full acupuncture walk',
      {
        signs: [],
        checks: [],
        kind: 'sharpPain',
        duration: 'subacute',
        cause: 'noCause',
        moving: 'hardToMove',
        about: ['ptNotEnough', 'drugFree'],
        goal: 'quickRelief',
      },
      'acupuncture',
      ['sharpPain', 'hardToMove', 'ptNotEnough', 'drugFree', 'quickRelief'],
    ],
  ] as [string, Answers, Care, string[]][])('%s → %s', (_, answers, recommendation, reasons) => {
    const decision = decide(answers);
    expect(decision.recommendation).toBe(recommendation);
    expect(decision.reasons).toEqual(reasons);
  });

  it('lists reasons in question order however the checklist was ticked', () => {
    const a = decide({ about: ['drugFree', 'avoidNeedles', 'ptPrescribed'], kind: 'sharpPain' });
    const b = decide({ kind: 'sharpPain', about: ['ptPrescribed', 'avoidNeedles', 'drugFree'] });
    expect(a).toEqual(b);
    expect(a.reasons).toEqual(['sharpPain', 'ptPrescribed', 'avoidNeedles', 'drugFree']);
  });

  it('is deterministic and does not touch the answers', () => {
    const answers = Object.freeze({ kind: 'sharpPain', about: Object.freeze(['bleeding']) }) as Answers;
    expect(decide(answers)).toEqual(decide(answers));
  });
});

describe('decide: needles and cautions', () => {
  const acupunctureLeaning: Answers[] = [
    { kind: 'sharpPain' },
    { moving: 'hardToMove', goal: 'quickRelief' },
    { about: ['ptNotEnough', 'drugFree'] },
    { kind: 'sharpPain', duration: 'chronic', goal: 'quickRelief' },
    {},
  ];

  it('never suggests acupuncture alone to someone who would rather avoid needles', () => {
    for (const answers of acupunctureLeaning) {
      const decision = decide({ ...answers, about: [...(answers.about ?? []), 'avoidNeedles'] });
      expect(decision.recommendation).not.toBe('acupuncture');
      expect(decision.reasons).toContain('avoidNeedles');
      if (decision.recommendation === 'both') expect(decision.cautions).toContain('avoidNeedles');
    }
  });

  it('never suggests acupuncture without the caution that applies', () => {
    for (const caution of CAUTIONS) {
      for (const answers of acupunctureLeaning) {
        const decision = decide({ ...answers, about: [...(answers.about ?? []), caution] });
        if (decision.recommendation !== 'pt') expect(decision.cautions, caution).toContain(caution);
      }
    }
  });

  it.each([
    [{ kind: 'sharpPain', about: ['pacemaker'] }, 'acupuncture', ['pacemaker']],
    [{ kind: 'sharpPain', about: ['bleeding', 'pregnant'] }, 'acupuncture', ['pregnant', 'bleeding']],
    [{ kind: 'sharpPain', about: ['avoidNeedles', 'bleeding'] }, 'both', ['avoidNeedles', 'bleeding']],
    [{ goal: 'strength', about: ['pregnant'] }, 'pt', []],
    [{ about: ['avoidNeedles', 'pacemaker'] }, 'pt', []],
  ] as [Answers, Care, string[]][])('%j → %s with cautions %j', (answers, recommendation, cautions) => {
    const decision = decide(answers);
    expect(decision.recommendation).toBe(recommendation);
    expect(decision.cautions).toEqual(cautions);
  });
});
