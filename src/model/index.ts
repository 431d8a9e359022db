export * from './schema';
export * from './spec';
export { loadDocument, isValidated, migrate, describeIssues, formatPath, type LoadResult } from './load';
export { MIGRATIONS, type Migration } from './migrations';
export * from './geometry';
export { textWidth, wrapText, ellipsize, oneLine, type Font } from './textMetrics';
export * from './edgeRoute';
export * from './annotationLayout';
export { lineUp, fewestToLineUp, type LineUp } from './lineUp';
