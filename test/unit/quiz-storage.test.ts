import { describe, expect, it } from 'vitest';
import { RESULT } from '../../src/quiz/flow.js';
import { parse } from '../../src/quiz/storage.js';

const answers = { signs: [], checks: [], kind: 'sharpPain' };
const json = (value: unknown) => JSON.stringify(value);

describe('stored quiz progress', () => {
  it('restores a valid record', () => {
    expect(parse(json({ step: 4, answers }))).toEqual({ step: 4, answers });
    expect(parse(json({ step: RESULT, answers: { signs: ['fever'] } }))).toEqual({
      step: RESULT,
      answers: { signs: ['fever'] },
    });
    expect(parse(json({ step: 0, answers: {} }))).toEqual({ step: 0, answers: {} });
  });

  it('never resumes past the first unanswered screen', () => {
    expect(parse(json({ step: RESULT, answers }))).toEqual({ step: 4, answers });
    expect(parse(json({ step: 7, answers: {} }))?.step).toBe(1);
    expect(parse(json({ step: RESULT, answers: { checks: ['age'] } }))?.step).toBe(1);
    expect(parse(json({ step: -3, answers: {} }))?.step).toBe(0);
  });

  it.each([
    null,
    '',
    '{bad json',
    'null',
    '[]',
    '"hello"',
    json({ step: 2.5, answers }),
    json({ step: '2', answers }),
    json({ step: 2 }),
    json({ step: 2, answers: null }),
    json({ step: 2, answers: [] }),
    json({ step: 2, answers: 'x' }),
    json({ step: 2, answers: 5 }),
    json({ step: 2, answers: true }),
    json({ step: 2, answers: { kind: 'stabbing' } }),
    json({ step: 2, answers: { kind: ['sharpPain'] } }),
    json({ step: 2, answers: { kind: null } }),
    json({ step: 2, answers: { signs: 'fever' } }),
    json({ step: 2, answers: { signs: ['fever', 'hiccups'] } }),
    json({ step: 2, answers: { signs: [['fever']] } }),
    json({ step: 2, answers: { favourite: 'blue' } }),
    json({ step: 2, answers: { constructor: 'x' } }),
    '{"step":2,"answers":{"__proto__":"x"}}',
  ])('ignores %j', (text) => {
    expect(parse(text)).toBeNull();
  });
});
