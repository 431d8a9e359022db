import type { RuleInfo } from './rule';

/** Reported by analyze itself, not by a check: a waiver whose finding no longer appears. */
export const STALE_WAIVER: RuleInfo = { id: 'stale-waiver', question: 'ownership', title: 'Waivers name findings that still appear', severity: 'info', facts: [] };
