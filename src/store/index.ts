export { useDocumentStore } from './appStore';
export { createDocumentStore, type DocumentState, type DocumentStore, type ElementRef, type Notice } from './documentStore';
export { useAnalysis, analysisOf } from './useAnalysis';
export { connect as planArrow, defaultEdgeKind, extractFragment, topLeft, type Point } from './edits';
