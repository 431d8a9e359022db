/** "order, user ,, order" → ["order", "user"]; empty text means unknown. */
export function parseList(text: string): string[] | undefined {
  const items = [...new Set(text.split(',').map((item) => item.trim()).filter(Boolean))];
  return items.length ? items : undefined;
}

export const formatList = (items: readonly string[] | undefined): string => items?.join(', ') ?? '';

/** Empty text means unknown; anything else must be a number (the format decides the range). */
export function parseNumber(text: string): number | undefined | 'invalid' {
  if (text.trim() === '') return undefined;
  const value = Number(text);
  return Number.isFinite(value) ? value : 'invalid';
}

export type TriState = 'unknown' | 'yes' | 'no';
export const toTriState = (value: boolean | undefined): TriState => (value === undefined ? 'unknown' : value ? 'yes' : 'no');
export const fromTriState = (value: TriState): boolean | undefined => (value === 'unknown' ? undefined : value === 'yes');
