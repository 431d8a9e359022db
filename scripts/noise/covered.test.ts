import { describe, expect, it } from 'vitest';
import type { Finding } from '../../src/analysis';
import { coveredFindings } from './covered';

const f = (rule: string, question: Finding['question'], nodes: string[]): Finding =>
  ({ rule, question, nodes, fingerprint: rule, severity: 'warning', edges: [], message: '', fix: '', unknowns: [] });

describe('coveredFindings', () => {
  it('counts a finding whose nodes another finding of its question already names', () => {
    const root = f('root', 'failure', ['a', 'b', 'q']);
    const derived = f('derived', 'failure', ['a', 'q']);
    expect(coveredFindings([root, derived])).toEqual([derived]);
  });

  it('leaves findings of another question, or about other nodes, alone', () => {
    expect(coveredFindings([f('x', 'failure', ['a', 'b']), f('y', 'ownership', ['a']), f('z', 'failure', ['a', 'c'])])).toEqual([]);
  });

  it('counts one of two findings about the same nodes, the later', () => {
    const [first, second] = [f('x', 'failure', ['a', 'b']), f('y', 'failure', ['b', 'a'])];
    expect(coveredFindings([first, second])).toEqual([second]);
  });
});
