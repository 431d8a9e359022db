import { CURRENT_VERSION, FORMAT, type FlowDocument } from '../model';
import { createDocumentStore } from './documentStore';
import { createSessionStore } from './sessionStore';
import { createReviewStore } from './review/reviewStore';

const blank: FlowDocument = { format: FORMAT, version: CURRENT_VERSION, title: '', nodes: [], edges: [] };

/** The app's two stores, and the latest review of the document. Creating them touches nothing outside memory: the app's start-up loads the saved diagram into them. */
export const useDocumentStore = createDocumentStore(blank);
export const useSessionStore = createSessionStore();
export const useReviewStore = createReviewStore();
