import { describe, expect, it } from 'vitest';
import { COUNT, RESULT, back, furthest, next } from '../../src/quiz/flow.js';
import type { Answers } from '../../src/quiz/questions.js';

const clear: Answers = { signs: [], checks: [] };
const all: Answers = {
  ...clear,
  kind: 'dullPain',
  duration: 'acute',
  cause: 'noCause',
  moving: 'movingOk',
  about: [],
  goal: 'goalBoth',
};

describe('quiz flow', () => {
  it('numbers the intro 0, eight screens, then the result', () => {
    expect([COUNT, RESULT]).toEqual([8, 9]);
  });

  it.each([
    [0, {}, 1],
    [1, clear, 2],
    [2, clear, 3],
    [5, all, 6],
    [8, all, RESULT],
    [1, { signs: ['fever'] }, RESULT],
    [2, { signs: [], checks: ['slow'] }, RESULT],
    [7, { ...all, about: ['avoidNeedles'] }, 8],
  ] as [number, Answers, number][])('next(%i, %j) → %i', (step, answers, expected) => {
    expect(next(step, answers)).toBe(expected);
  });

  it.each([
    [1, clear, 0],
    [4, all, 3],
    [RESULT, all, 8],
    [RESULT, { signs: ['numb'] }, 1],
    [RESULT, { signs: [], checks: ['cancer'] }, 2],
    [RESULT, { signs: ['crash'], checks: ['cancer'] }, 1],
  ] as [number, Answers, number][])('back(%i, %j) → %i', (step, answers, expected) => {
    expect(back(step, answers)).toBe(expected);
  });

  it.each([
    [{}, 1],
    [{ signs: [] }, 2],
    [clear, 3],
    [{ ...clear, kind: 'sharpPain', cause: 'noCause' }, 4],
    [all, RESULT],
    [{ signs: ['bladder'] }, RESULT],
    [{ checks: ['age'] }, 1],
  ] as [Answers, number][])('furthest(%j) → %i', (answers, expected) => {
    expect(furthest(answers)).toBe(expected);
  });
});
