import { describe, expect, it } from 'vitest';
import { contextOf, diagram } from '../testing';
import { failureAnswer } from './failure';
import { nodeAnswers } from './index';
import { originAnswer } from './origin';
import { ownershipAnswer } from './ownership';
import { transformAnswer } from './transform';

describe('nodeAnswers', () => {
  const ctx = contextOf(diagram({ u: 'actor', q: 'queue', b: 'service' }, ['u publish q', 'q consume b']));

  it('gives the four answers as plain, serialisable data', () => {
    const answers = nodeAnswers(ctx, 2);
    const expected = { origin: originAnswer(ctx, 2), transform: transformAnswer(ctx, 2), ownership: ownershipAnswer(ctx, 2), failure: failureAnswer(ctx, 2) };
    expect(JSON.parse(JSON.stringify(answers))).toEqual(expected);
    expect(structuredClone(answers)).toEqual(expected);
    expect({ ...answers }).toEqual(expected);
  });

  it('computes each answer once', () => {
    const answers = nodeAnswers(ctx, 2);
    expect(answers.failure).toBe(answers.failure);
    expect(answers.origin).toBe(answers.origin);
  });
});
