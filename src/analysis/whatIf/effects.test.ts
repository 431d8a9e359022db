import { describe, expect, it } from 'vitest';
import { fanOut } from '../../templates';
import { EFFECT_SPEC, scenarioQuestion } from './effects';
import { EFFECTS } from './types';

describe('effects and scenario names', () => {
  it('gives every effect its own colour', () => {
    expect(new Set(EFFECTS.map((e) => EFFECT_SPEC[e].colour)).size).toBe(EFFECTS.length);
  });

  it('asks the scenario’s question with the element’s label or its arrow’s ends', () => {
    expect(scenarioQuestion(fanOut, { target: { type: 'node', id: 'consumerC' }, kind: 'down' })).toBe('What if Consumer C is down?');
    expect(scenarioQuestion(fanOut, { target: { type: 'edge', id: 'e2' }, kind: 'drop' })).toBe('What if the call from API Gateway to Validation drops data?');
  });
});
