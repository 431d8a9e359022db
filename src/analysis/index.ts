export { analyze, analyzeEdit, answersOf } from './analyze';
export { renamedNodes, sameToTheAnalysis } from './sameInput';
export { RULES, plainFinding, type RuleInfo, type RuleMetadata } from './rules';
export type * from './types';
export { SEVERITIES, compareSeverity, isAtLeast, worstSeverity } from './severity';
export * from './whatIf';
export { diffDocuments, hasChanges, type DocumentDiff, type ItemsDiff, type ChangedItem, type Item as DiffItem } from './diff';
export { commentSubject, type CommentSubject } from './commentSubject';
