// as: src/app/fine.ts
import { useDocumentStore } from '../store';
import { download } from '../io/browser';
export const fine = [useDocumentStore, download];
