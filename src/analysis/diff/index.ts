export { diffDocuments, hasChanges, type DocumentDiff, type ItemsDiff, type ChangedItem, type Item } from './diffDocuments';
