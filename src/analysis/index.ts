export { analyze } from './analyze';
export { RULES, type RuleInfo } from './rules';
export type * from './types';
export { SEVERITIES, compareSeverity, isAtLeast, worstSeverity } from './severity';
export * from './whatIf';
