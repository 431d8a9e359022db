import { describe, expect, it } from 'vitest';
import { compareSeverity, isAtLeast, worstSeverity } from './severity';

describe('severity order', () => {
  it('puts errors first, then warnings, then info', () => {
    expect((['info', 'error', 'warning'] as const).slice().sort(compareSeverity)).toEqual(['error', 'warning', 'info']);
    expect(worstSeverity('info', 'warning')).toBe('warning');
    expect(worstSeverity('error', 'warning')).toBe('error');
    expect(isAtLeast('error', 'warning')).toBe(true);
    expect(isAtLeast('info', 'warning')).toBe(false);
    expect(isAtLeast('warning', 'warning')).toBe(true);
  });
});
