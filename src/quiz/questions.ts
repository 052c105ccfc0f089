/**
 * The quiz as data: warning signs with the advice they lead to, then the questions.
 * Copy lives in quiz.strings.ts under the same keys; the rules in decide.ts.
 */

/** Advice for warning signs, most urgent first (content brief §1). */
export const LEVELS = ['emergency', 'emergency-or-urgent', 'urgent', 'doctor-today', 'doctor-first'] as const;
export type Urgency = (typeof LEVELS)[number];

/** Each warning sign and the advice it calls for, in the brief's table order. */
export const FLAGS = {
  bladder: 'emergency',
  numb: 'emergency',
  weakness: 'emergency-or-urgent',
  crash: 'emergency-or-urgent',
  fever: 'urgent',
  cancer: 'doctor-today',
  weight: 'doctor-first',
  night: 'doctor-first',
  age: 'doctor-first',
  bones: 'doctor-first',
  slow: 'doctor-first',
} as const satisfies Record<string, Urgency>;

export interface StepDef {
  readonly id: string;
  readonly options: readonly string[];
  /** A checklist with a "None of these" choice, answered with a list (empty = none). */
  readonly multi?: true;
  /** Warning signs: any tick ends the quiz. */
  readonly safety?: true;
}

/**
 * One screen each. Option keys are unique across screens, so an answer names itself and
 * doubles as its reason key in decide.ts. The warning signs come first, in two short
 * checklists so the emergencies are read before anything else; any tick ends the quiz.
 * No question asks which care works faster (content brief §5): `prefer` asks what kind of
 * care the person would rather have, which is theirs to say.
 */
export const STEPS = [
  { id: 'signs', multi: true, safety: true, options: ['bladder', 'numb', 'weakness', 'crash', 'fever'] },
  { id: 'checks', multi: true, safety: true, options: ['cancer', 'weight', 'night', 'age', 'bones', 'slow'] },
  { id: 'kind', options: ['sharpPain', 'dullPain'] },
  { id: 'duration', options: ['acute', 'subacute', 'chronic'] },
  { id: 'cause', options: ['recentInjury', 'surgery', 'noCause'] },
  { id: 'moving', options: ['posture', 'hardToMove', 'movingOk'] },
  { id: 'tried', options: ['ptPrescribed', 'ptNotEnough', 'ptNeither'] },
  { id: 'prefer', options: ['preferCalm', 'preferActive', 'avoidNeedles', 'noPreference'] },
  { id: 'health', multi: true, options: ['pregnant', 'bleeding', 'pacemaker', 'skin', 'needleFear'] },
] as const satisfies readonly StepDef[];

export type Step = (typeof STEPS)[number];
export type StepId = Step['id'];
export type Option = Step['options'][number];

/** What the visitor chose, by step; a missing key is a step not answered yet. */
export type Answers = {
  [S in Step as S['id']]?: S extends { multi: true } ? S['options'][number][] : S['options'][number];
};

/** Answers seen without their per-step types, for code that walks every step alike. */
export type LooseAnswers = Partial<Record<StepId, string | string[]>>;

/** A screen seen without its own literal types, keys still typed. */
export type AnyStep = Omit<StepDef, 'id' | 'options'> & { readonly id: StepId; readonly options: readonly Option[] };
