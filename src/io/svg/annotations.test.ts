import { describe, expect, it } from 'vitest';
import type { Finding } from '../../analysis';
import { badgeLabel, markFindings, marksTitle } from './annotations';

const finding = (severity: Finding['severity'], nodes: string[], edges: string[] = []): Finding => ({
  rule: 'r',
  fingerprint: `r|${nodes.join(',')}|${edges.join(',')}`,
  question: 'failure',
  severity,
  nodes,
  edges,
  message: 'm',
  fix: 'f',
  unknowns: [],
});

describe('markFindings', () => {
  it('numbers findings from 1 in order and gives each node and edge its numbers and worst severity', () => {
    const { nodes, edges } = markFindings([finding('info', ['a']), finding('error', ['a', 'b'], ['e']), finding('warning', ['a', 'a'], ['e'])]);
    expect(nodes.get('a')).toEqual({ numbers: [1, 2, 3], severity: 'error' });
    expect(nodes.get('b')).toEqual({ numbers: [2], severity: 'error' });
    expect(edges.get('e')).toEqual({ numbers: [2, 3], severity: 'error' });
    expect(nodes.has('e')).toBe(false);
  });
});

describe('badgeLabel', () => {
  it('lists a few numbers and marks more with a plus', () => {
    expect(badgeLabel([3])).toBe('3');
    expect(badgeLabel([1, 4])).toBe('1,4');
    expect(badgeLabel([1, 4, 7])).toBe('1,4,7');
    expect(badgeLabel([1, 4, 7, 9])).toBe('1,4,7+');
  });
});

describe('marksTitle', () => {
  it('names every finding, listed or not', () => {
    expect(marksTitle({ numbers: [1, 4, 7, 9], severity: 'warning' })).toBe('Findings 1, 4, 7, 9 (worst: warning)');
    expect(marksTitle({ numbers: [2], severity: 'info' })).toBe('Finding 2 (worst: info)');
  });
});
