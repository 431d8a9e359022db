import type { Severity } from './types';

/** Every severity, most severe first. */
export const SEVERITIES: readonly Severity[] = ['error', 'warning', 'info'];
const RANK = Object.fromEntries(SEVERITIES.map((severity, i) => [severity, i])) as Readonly<Record<Severity, number>>;

/** Most severe first: negative when `a` is worse than `b`. */
export const compareSeverity = (a: Severity, b: Severity): number => RANK[a] - RANK[b];

export const worstSeverity = (a: Severity, b: Severity): Severity => (compareSeverity(a, b) <= 0 ? a : b);

/** True when `severity` is `threshold` or worse. */
export const isAtLeast = (severity: Severity, threshold: Severity): boolean => compareSeverity(severity, threshold) <= 0;
