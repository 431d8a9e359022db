export { useDocumentStore, AUTOSAVE_KEY } from './documentStore';
export { useAnalysis, analysisOf } from './useAnalysis';
