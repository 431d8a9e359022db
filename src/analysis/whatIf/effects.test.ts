import { describe, expect, it } from 'vitest';
import { fanOut } from '../../templates';
import { EFFECT_SPEC, effectsIn, scenarioQuestion, scenarioSummary } from './effects';
import { onNode } from './testing';
import { EFFECTS } from './types';

describe('effects and scenario names', () => {
  it('gives every effect its own colour', () => {
    expect(new Set(EFFECTS.map((e) => EFFECT_SPEC[e].colour)).size).toBe(EFFECTS.length);
  });

  it('asks the scenario’s question with the element’s label or its arrow’s ends', () => {
    expect(scenarioQuestion(fanOut, { target: { type: 'node', id: 'consumerC' }, kind: 'down' })).toBe('What if Consumer C is down?');
    expect(scenarioQuestion(fanOut, { target: { type: 'edge', id: 'e2' }, kind: 'drop' })).toBe('What if the call from API Gateway to Validation drops data?');
  });

  it('sums a scenario up: its effects worst first, what it breaks silently, how often it was stopped', () => {
    const dropped = onNode(fanOut, 'consumerC', 'drop');
    expect(effectsIn(dropped)).toEqual(['lost', 'half-done']);
    expect(scenarioSummary(fanOut, dropped)).toBe('3 nodes affected; broken silently: Elasticsearch.');
    const caught = onNode({ ...fanOut, nodes: fanOut.nodes.map((n) => (n.id === 'consumerC' ? { ...n, deadLetter: true } : n)) }, 'consumerC', 'drop');
    expect(scenarioSummary(fanOut, caught)).toBe('1 node affected; nothing broken silently; stopped 1 time.');
  });
});
