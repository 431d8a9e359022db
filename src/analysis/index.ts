export { analyze } from './analyze';
export { RULES, type RuleInfo } from './rules';
export type * from './types';
export * from './whatIf';
