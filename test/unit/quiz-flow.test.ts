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
  tried: 'ptNeither',
  prefer: 'noPreference',
  health: [],
};

describe('quiz flow', () => {
  it('numbers the intro 0, nine screens, then the result', () => {
    expect([COUNT, RESULT]).toEqual([9, 10]);
  });

  it.each([
    [0, {}, 1],
    [1, clear, 2],
    [2, clear, 3],
    [5, all, 6],
    [9, all, RESULT],
    [1, { signs: ['fever'] }, RESULT],
    [2, { signs: [], checks: ['slow'] }, RESULT],
    [8, { ...all, prefer: 'avoidNeedles' }, 9],
    [9, { ...all, health: ['pregnant'] }, RESULT],
  ] as [number, Answers, number][])('next(%i, %j) → %i', (step, answers, expected) => {
    expect(next(step, answers)).toBe(expected);
  });

  it.each([
    [1, clear, 0],
    [4, all, 3],
    [RESULT, all, 9],
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
