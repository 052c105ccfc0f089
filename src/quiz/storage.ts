import { furthest } from './flow.js';
import { STEPS, type Answers } from './questions.js';

/** Progress kept per quiz for the browser tab, so a reload or a back-navigation resumes it. */
export interface Saved {
  step: number;
  answers: Answers;
}

/**
 * Reads a stored record: anything but a whole-number step and a plain object of answers, each
 * naming a screen and that screen's choices (a list on a checklist), is ignored. The step is
 * capped at the first unanswered screen, so no question, and no warning sign, is ever skipped.
 */
export function parse(text: string | null): Saved | null {
  // Nothing stored, as on every first visit: no exception to make and catch.
  if (!text) return null;
  try {
    const { step, answers } = JSON.parse(text);
    for (const [id, value] of Object.entries(answers)) {
      // An unknown screen has no definition: reading its options throws, and the record is ignored.
      const { multi, options } = STEPS.find((s) => s.id === id)! as { multi?: true; options: readonly unknown[] };
      if (Array.isArray(value) !== !!multi || ![value].flat().every((key) => options.includes(key))) return null;
    }
    return Number.isInteger(step) && answers.constructor === Object ? { step: Math.max(0, Math.min(step, furthest(answers))), answers } : null;
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
    if (saved) sessionStorage.setItem(key, JSON.stringify(saved));
    else sessionStorage.removeItem(key);
  } catch {
    // see load()
  }
}
