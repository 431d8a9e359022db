/*
 * Shortcuts are written once, as `Mod+Shift+Z` (Mod = Ctrl, or ⌘ on a Mac), and read three ways:
 * to match a key press, for `aria-keyshortcuts`, and for the help overlay.
 */

export interface KeyPress {
  key: string;
  code?: string;
  ctrlKey: boolean;
  metaKey: boolean;
  shiftKey: boolean;
  altKey: boolean;
}

interface Chord {
  mod: boolean;
  shift: boolean;
  alt: boolean;
  key: string;
}

function parse(shortcut: string): Chord {
  const parts = shortcut.split('+');
  // "Mod++" ends in an empty part: the key is "+".
  const key = parts.at(-1) === '' ? '+' : parts.at(-1)!;
  const mods = new Set(parts.slice(0, parts.at(-1) === '' ? -2 : -1));
  return { mod: mods.has('Mod'), shift: mods.has('Shift'), alt: mods.has('Alt'), key };
}

/** A printable symbol such as `?` or `+` is typed with Shift on many layouts: Shift is not part of it. */
const isSymbol = (key: string) => key.length === 1 && !/[a-z0-9]/i.test(key);

export function matches(shortcut: string, event: KeyPress): boolean {
  const chord = parse(shortcut);
  if (chord.mod !== (event.ctrlKey || event.metaKey) || chord.alt !== event.altKey) return false;
  if (!isSymbol(chord.key) && chord.shift !== event.shiftKey) return false;
  if (/^[0-9]$/.test(chord.key) && event.code) return event.code === `Digit${chord.key}`;
  // Alt turns a letter into another character on a Mac (Alt+A types å): the key's position says which it is.
  if (chord.alt && /^[a-z]$/i.test(chord.key) && event.code) return event.code === `Key${chord.key.toUpperCase()}`;
  return event.key.toLowerCase() === chord.key.toLowerCase();
}

/** `Mod+Shift+Z` → `Control+Shift+Z Meta+Shift+Z` (the attribute lists alternatives separated by spaces). */
export function ariaShortcut(shortcuts: readonly string[]): string {
  return shortcuts
    .flatMap((shortcut) => {
      const chord = parse(shortcut);
      const rest = [chord.alt ? 'Alt' : '', chord.shift ? 'Shift' : '', chord.key.length === 1 ? chord.key.toUpperCase() : chord.key].filter(Boolean).join('+');
      return chord.mod ? [`Control+${rest}`, `Meta+${rest}`] : [rest];
    })
    .join(' ');
}

/** `Mod+Shift+Z` → `Ctrl+Shift+Z`, as the help overlay and tooltips print it. */
export function displayShortcut(shortcut: string): string {
  const chord = parse(shortcut);
  return [chord.mod ? 'Ctrl' : '', chord.alt ? 'Alt' : '', chord.shift ? 'Shift' : '', chord.key.length === 1 ? chord.key.toUpperCase() : chord.key].filter(Boolean).join('+');
}
