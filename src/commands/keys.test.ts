import { describe, expect, it } from 'vitest';
import { ariaShortcut, displayShortcut, matches, type KeyPress } from './keys';

const press = (key: string, mods: Partial<KeyPress> = {}): KeyPress => ({ key, ctrlKey: false, metaKey: false, shiftKey: false, altKey: false, ...mods });

describe('shortcuts', () => {
  it('match Ctrl or ⌘ for Mod, and Shift exactly for letters', () => {
    expect(matches('Mod+Z', press('z', { ctrlKey: true }))).toBe(true);
    expect(matches('Mod+Z', press('z', { metaKey: true }))).toBe(true);
    expect(matches('Mod+Z', press('Z', { ctrlKey: true, shiftKey: true }))).toBe(false);
    expect(matches('Mod+Shift+Z', press('Z', { ctrlKey: true, shiftKey: true }))).toBe(true);
    expect(matches('Mod+Z', press('z'))).toBe(false);
  });

  it('ignore Shift for symbols, and match digits by their key position', () => {
    expect(matches('?', press('?', { shiftKey: true }))).toBe(true);
    expect(matches('+', press('+', { shiftKey: true }))).toBe(true);
    expect(matches('Shift+1', press('!', { shiftKey: true, code: 'Digit1' }))).toBe(true);
    expect(matches('0', press('0', { code: 'Digit0' }))).toBe(true);
    expect(matches('0', press('0', { ctrlKey: true, code: 'Digit0' }))).toBe(false);
    expect(matches('Delete', press('Delete'))).toBe(true);
  });

  it('match Alt+letter by the key’s position, which a Mac types as another character', () => {
    expect(matches('Alt+A', press('å', { altKey: true, code: 'KeyA' }))).toBe(true);
    expect(matches('Alt+A', press('a', { code: 'KeyA' }))).toBe(false);
    expect(matches('Alt+Shift+H', press('Ó', { altKey: true, shiftKey: true, code: 'KeyH' }))).toBe(true);
  });

  it('write aria-keyshortcuts and the help text', () => {
    expect(ariaShortcut(['Mod+Shift+Z', 'Mod+Y'])).toBe('Control+Shift+Z Meta+Shift+Z Control+Y Meta+Y');
    expect(ariaShortcut(['Delete', 'Backspace'])).toBe('Delete Backspace');
    expect(displayShortcut('Mod+Shift+L')).toBe('Ctrl+Shift+L');
    expect(displayShortcut('?')).toBe('?');
  });
});
