import { describe, expect, it } from 'vitest';
import { fileNameFor } from './fileName';

describe('fileNameFor', () => {
  it('slugs the title', () => {
    expect(fileNameFor('Order events fan-out', 'png')).toBe('order-events-fan-out.png');
    expect(fileNameFor('Café / “Ünïcode” ✨', 'json')).toBe('cafe-unicode.json');
  });

  it('never produces an empty or path-like name', () => {
    expect(fileNameFor('', 'svg')).toBe('flowmap-diagram.svg');
    expect(fileNameFor('../../etc/passwd', 'json')).toBe('etc-passwd.json');
    expect(fileNameFor('שלום 🎉', 'png')).toBe('flowmap-diagram.png');
  });
});
