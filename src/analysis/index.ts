export { analyze } from './analyze';
export { RULES, type RuleInfo } from './rules';
export type * from './types';
export { diffDocuments, hasChanges, type DocumentDiff, type ItemsDiff, type ChangedItem, type Item as DiffItem } from './diff';
