/**
 * Text from a diagram made safe to print on a terminal: control characters (escape sequences that retitle the window
 * or clear the screen, line breaks that fake a line of output) and bidirectional overrides become visible marks.
 */
export function terminalText(text: string): string {
  return text.replace(/[\p{Cc}\u2028\u2029\u202A-\u202E\u2066-\u2069]/gu, (c) => (c === '\n' || c === '\r' || c === '\t' ? ' ' : '\uFFFD'));
}
