import { furthest } from './flow.js';
import { STEPS, type Answers, type StepDef } from './questions.js';

/** Progress kept per quiz for the browser tab, so a reload or a back-navigation resumes it. */
export interface Saved {
  step: number;
  answers: Answers;
}

/** Reads a stored record; anything but a well-formed version 1 is ignored. */
export function parse(text: string | null): Saved | null {
  try {
    const { v, step, answers } = JSON.parse(text ?? 'null') ?? {};
    if (v !== 1 || !Number.isInteger(step) || typeof answers !== 'object' || !answers || Array.isArray(answers)) return null;
    for (const [id, value] of Object.entries(answers)) {
      const def: StepDef | undefined = STEPS.find((s) => s.id === id);
      const known = (option: unknown) => !!def?.options.includes(option as string);
      if (!def || !(def.multi ? Array.isArray(value) && value.every(known) : known(value))) return null;
    }
    return { step: Math.max(0, Math.min(step, furthest(answers))), answers };
  } catch {
    return null;
  }
}

// Storage may be disabled, full or blocked in a sandboxed frame: the quiz then simply forgets.
export function load(key: string): Saved | null {
  try {
    return parse(sessionStorage.getItem(key));
  } catch {
    return null;
  }
}

/** Saves progress, or forgets it when given null. */
export function save(key: string, saved: Saved | null): void {
  try {
    if (saved) sessionStorage.setItem(key, JSON.stringify({ v: 1, ...saved }));
    else sessionStorage.removeItem(key);
  } catch {
    // see load()
  }
}
