import { describe, expect, it } from 'vitest';
import { NODE_SIZE, NODE_TEXT, nodeLayout } from './geometry';
import { textWidth } from './textMetrics';

const LONG = 'Customer notification preferences and consent history service';

describe('nodeLayout', () => {
  it('keeps a short label on one line in the kind’s own box', () => {
    expect(nodeLayout({ kind: 'service', label: 'Orders' })).toEqual({ ...NODE_SIZE.service, label: ['Orders'], owner: [] });
  });

  it('wraps a long label to at most three lines, every word kept, each line inside the box', () => {
    const layout = nodeLayout({ kind: 'service', label: LONG });
    expect(layout.label.length).toBeGreaterThan(1);
    expect(layout.label.length).toBeLessThanOrEqual(3);
    expect(layout.label.join(' ')).toBe(LONG);
    for (const line of layout.label) expect(textWidth(line, NODE_TEXT.label)).toBeLessThan(layout.width - 20);
    expect(layout.height).toBeGreaterThan(NODE_SIZE.service.height);
  });

  it('grows wider rather than past three lines, then takes more lines at its widest', () => {
    const wide = nodeLayout({ kind: 'actor', label: 'word '.repeat(14).trim() });
    expect(wide.width).toBeGreaterThan(NODE_SIZE.actor.width);
    expect(wide.label.length).toBe(3);
    const widest = nodeLayout({ kind: 'actor', label: 'x'.repeat(120) });
    expect(widest.label.length).toBeGreaterThan(3);
    expect(widest.label.join('')).toBe('x'.repeat(120));
  });

  it('makes room for the owner below the label', () => {
    const without = nodeLayout({ kind: 'store', label: 'Orders' });
    const withOwner = nodeLayout({ kind: 'store', label: 'Orders', owner: 'a team with a rather long name indeed' });
    expect(withOwner.owner.join(' ')).toBe('a team with a rather long name indeed');
    expect(withOwner.height).toBeGreaterThan(without.height);
  });
});
