import type { Severity } from '../analysis';

/** "1 note", "2 findings": info findings are notes, the rest findings. */
export function countNoun(count: number, worst: Severity): string {
  const noun = worst === 'info' ? 'note' : 'finding';
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}

/** A badge's tooltip: how many, and what the worst of them says. */
export const badgeTitle = (count: number, worst: Severity, message: string): string => `${countNoun(count, worst)} — worst (${worst}): ${message}`;
