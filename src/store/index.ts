export { createDocumentStore, OTHER_TAB_REFUSAL, READ_ONLY_REFUSAL, type DocumentState, type DocumentStore, type EditResult, type ElementRef } from './documentStore';
export { createSessionStore, type LensId, type Notice, type PanelTab, type ThemeChoice, type SessionState, type SessionStore } from './sessionStore';
export { connectStores } from './connectStores';
export { commit, startHistory, type History } from './history';
export { analysisOf, useAnalysis, useReviewed } from './useAnalysis';
export { today } from './today';
export { rankingOf, useWhatIf, whatIfOf } from './useWhatIf';
export { comparisonOf, useComparison } from './useComparison';
export { connectReview } from './review/connectReview';
export { createReviewStore, type ReviewStore } from './review/reviewStore';
export { workerTransport } from './review/transports';
export { defaultEdgeKind, extractFragment, fragmentOrigin, topLeft, type Patch, type Point } from './edits';
export { restoreHistory, serializeHistory } from './historySnapshot';
export { connectBrowserStorage, startingNotice } from './browserStorage';

export { useDocumentStore, useReviewStore, useSessionStore } from './instances';
