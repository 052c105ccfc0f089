import { STEPS, type AnyStep, type Answers, type LooseAnswers } from './questions.js';

/** Steps are numbered 0 (intro), 1…COUNT (one screen each), then RESULT. */
export const COUNT = STEPS.length;
export const RESULT = COUNT + 1;

/** The screen definition of a step number, 1-based. */
export const stepAt = (step: number): AnyStep | undefined => STEPS[step - 1];

const answerAt = (answers: Answers, step: number) => (answers as LooseAnswers)[STEPS[step - 1]!.id];
const flagged = (answers: Answers, step: number) => !!stepAt(step)?.safety && !!answerAt(answers, step)?.length;

/** The screen after `step`: a ticked warning sign goes straight to the result. */
export function next(step: number, answers: Answers): number {
  return step && flagged(answers, step) ? RESULT : step + 1;
}

/** The screen before `step`; from the result, the checklist that ended the quiz early, if one did. */
export function back(step: number, answers: Answers): number {
  if (step !== RESULT) return step - 1;
  return STEPS.findIndex((_, i) => flagged(answers, i + 1)) + 1 || COUNT;
}

/** The furthest screen the answers reach, so saved progress can never skip a question. */
export function furthest(answers: Answers): number {
  let step = 1;
  while (step < RESULT && answerAt(answers, step) !== undefined) step = next(step, answers);
  return step;
}
