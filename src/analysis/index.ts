export { analyze } from './analyze';
export { RULES, type RuleInfo, type RuleMetadata } from './rules';
export type * from './types';
export { SEVERITIES, compareSeverity, isAtLeast, worstSeverity } from './severity';
