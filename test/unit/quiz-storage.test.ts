import { describe, expect, it } from 'vitest';
import { RESULT } from '../../src/quiz/flow.js';
import { parse } from '../../src/quiz/storage.js';

const answers = { signs: [], checks: [], kind: 'sharpPain' };
const json = (value: unknown) => JSON.stringify(value);

describe('stored quiz progress', () => {
  it('restores a valid record', () => {
    expect(parse(json({ v: 1, step: 4, answers }))).toEqual({ step: 4, answers });
    expect(parse(json({ v: 1, step: RESULT, answers: { signs: ['fever'] } }))).toEqual({
      step: RESULT,
      answers: { signs: ['fever'] },
    });
  });

  it('never resumes past the first unanswered screen', () => {
    expect(parse(json({ v: 1, step: RESULT, answers }))).toEqual({ step: 4, answers });
    expect(parse(json({ v: 1, step: 7, answers: {} }))?.step).toBe(1);
    expect(parse(json({ v: 1, step: -3, answers: {} }))?.step).toBe(0);
  });

  it.each([
    null,
    '',
    '{bad json',
    'null',
    '[]',
    json({ step: 2, answers }),
    json({ v: 2, step: 2, answers }),
    json({ v: '1', step: 2, answers }),
    json({ v: 1, step: 2.5, answers }),
    json({ v: 1, step: '2', answers }),
    json({ v: 1, step: 2 }),
    json({ v: 1, step: 2, answers: null }),
    json({ v: 1, step: 2, answers: [] }),
    json({ v: 1, step: 2, answers: 'x' }),
    json({ v: 1, step: 2, answers: { kind: 'stabbing' } }),
    json({ v: 1, step: 2, answers: { kind: ['sharpPain'] } }),
    json({ v: 1, step: 2, answers: { signs: 'fever' } }),
    json({ v: 1, step: 2, answers: { signs: ['fever', 'hiccups'] } }),
    json({ v: 1, step: 2, answers: { favourite: 'blue' } }),
    json({ v: 1, step: 2, answers: { constructor: 'x' } }),
  ])('ignores %j', (text) => {
    expect(parse(text)).toBeNull();
  });
});
