import type { CautionKey, Care, NoteKey } from './decide.js';
import type { Option, StepId, Urgency } from './questions.js';

// For someone in pain, on a phone: short, plain, kind; advice, never a diagnosis, and no
// claim beyond the evidence (content brief §1, §4, §5). Answers are quoted back as reasons,
// so each one must read well on its own. The warning signs follow the brief's table.
// English is the schema: every language has exactly these keys and placeholders.
export const quizStrings = {
  title: 'Acupuncture, physical therapy, or both?',
  intro: 'A few quick questions to see where to start.',
  meta: 'About 1 minute · Your answers stay in your browser',
  start: 'Start',
  back: 'Back',
  next: 'Next',
  restart: 'Start over',
  progress: 'Question {n} of {total}',
  pick: 'Please choose an answer.',
  none: 'None of these',
  /** Each screen's question, by step id. */
  questions: {
    signs: 'First, for your safety: do you have any of these now?',
    checks: 'And do any of these apply to you?',
    kind: 'What is your pain like?',
    duration: 'How long have you had it?',
    cause: 'How did it start?',
    moving: 'How does moving feel right now?',
    tried: 'Has a doctor suggested physical therapy, or have you tried it?',
    prefer: 'Which kind of care appeals to you more?',
    health: 'Is any of this true for you?',
  } satisfies Record<StepId, string>,
  /** Each choice, by answer key (also the reason key it is quoted for). */
  answers: {
    bladder: 'New trouble starting or controlling your pee or bowels, or not feeling when you go',
    numb: 'New numbness between your legs, or around your genitals, buttocks or back passage',
    weakness: 'Leg weakness that is getting worse or is in both legs, or tripping or dragging a foot',
    crash: 'Pain that began with a serious fall, car crash or other major injury',
    fever: 'Fever or chills with the back pain, especially if you have a weak immune system or inject drugs',
    cancer: 'Cancer, now or in the past',
    weight: 'Losing weight without trying',
    night: 'Constant pain at night that no position eases',
    age: 'This pain is new, and you are over 50 or under 20',
    bones: 'Osteoporosis, or taking steroid medicines for a long time',
    slow: 'Pain that has not improved after 4 to 6 weeks',
    sharpPain: 'Sharp, shooting, or runs down a leg',
    dullPain: 'Dull, achy, or stiff',
    acute: 'Less than 6 weeks',
    subacute: '6 to 12 weeks',
    chronic: 'More than 12 weeks',
    recentInjury: 'A recent minor strain or injury',
    surgery: 'Surgery I am still recovering from',
    noCause: 'No clear cause',
    posture: 'Some movements or positions make it worse',
    hardToMove: 'Any movement is hard to bear',
    movingOk: 'Mostly fine',
    ptPrescribed: 'A doctor suggested physical therapy',
    ptNotEnough: 'I tried physical therapy and it did not fully help',
    ptNeither: 'Neither',
    preferCalm: 'A calm session lying still, with fine needles',
    preferActive: 'Active exercise, with moves to practice at home',
    avoidNeedles: 'I would rather avoid needles',
    noPreference: 'No preference',
    pregnant: 'I am pregnant',
    bleeding: 'I take blood thinners or have a bleeding disorder',
    pacemaker: 'I have a pacemaker',
    skin: 'I have a skin infection on my back',
    needleFear: 'Needles make me very anxious or faint',
  } satisfies Record<Option, string>,
  /** The heading of each suggestion; the reasons below it explain it. */
  result: {
    acupuncture: 'Start with acupuncture',
    pt: 'Start with physical therapy',
    both: 'Start with both acupuncture and physical therapy',
    either: 'Either is a good place to start',
  } satisfies Record<Care | 'either', string>,
  because: 'Because you said:',
  /** Under every suggestion that acupuncture and PT are both reasonable for (not after surgery, not for the needle-averse). */
  reasonable: 'Both are reasonable first steps for back pain.',
  yours: 'This follows from your answers; the choice is yours.',
  talk: 'The team at {clinic} can talk it through with you.',
  /** `talk` when the page names no clinic. */
  talkAny: 'The clinic can talk it through with you.',
  /** The "either" result: why, then each kind of care (described by its `prefer` answer) with its own book button. */
  eitherWhy: 'Nothing you told us points one way, and both are first-line care. Choose the one that appeals to you; you can add the other later.',
  bookAcupuncture: 'Book acupuncture',
  bookPt: 'Book physical therapy',
  notes: {
    surgeon: 'After surgery, pain that is new, sharp or runs down a leg: check with your surgeon before any treatment.',
    newPain: 'Most new back pain gets much better within a few weeks, whatever you do. Staying active helps.',
    needlesLater: 'Acupuncture stays an option if you change your mind.',
    reassure: 'This is a precaution: most back pain is not serious.',
  } satisfies Record<NoteKey, string>,
  /** For pain under 6 weeks, instead of the six-week plan. */
  short: {
    acupuncture: 'For new pain, a short course: often 2 to 4 sessions.',
    pt: 'For new pain, a short course: a few visits to learn exercises for home.',
    both: 'For new pain, a short course of each: 2 to 4 acupuncture sessions, a few physical therapy visits.',
  } satisfies Record<Care, string>,
  plan: 'A typical plan',
  /** One row per phase, "when: what"; the part up to the first colon (":" or "：") is shown in bold. */
  weeks: [
    'Weeks 1–2: acupuncture twice a week, gentle physical therapy',
    'Weeks 3–5: acupuncture weekly, core and hip exercises',
    'Week 6 on: physical therapy to build strength, acupuncture as needed',
  ],
  /** Above the cautions that apply. */
  tell: 'Before you start:',
  cautions: {
    pregnant: 'Tell your acupuncturist and physical therapist that you are pregnant.',
    bleeding: 'Tell your acupuncturist about blood thinners or a bleeding disorder.',
    pacemaker: 'With a pacemaker, ask for acupuncture without electrical stimulation.',
    skin: 'No needles in infected skin: wait until it has healed.',
    needleFear: 'Tell your acupuncturist that needles make you anxious: you can go slowly and stop at any time.',
  } satisfies Record<CautionKey, string>,
  /** The heading of the result a warning sign leads to. */
  advice: {
    emergency: 'Go to an emergency department now',
    'emergency-or-urgent': 'Go to an emergency department or urgent care today',
    urgent: 'Go to urgent care today',
    'doctor-today': 'Call your doctor today',
    'doctor-first': 'See your doctor before you start treatment',
  } satisfies Record<Urgency, string>,
  /** Under the two most urgent advices, above the call button. */
  wait: 'Please do not wait to see if it passes.',
  /** `{number}` is the emergency number, a link. */
  call: 'Call {number}',
  worse: 'If it suddenly gets worse, call {number}.',
  /** Taking the result away: nothing is sent by the widget. */
  print: 'Print',
  copy: 'Copy',
  copied: 'Copied',
  email: 'Email it to me',
  subject: 'My back pain starting point',
};

export type QuizStrings = typeof quizStrings;
