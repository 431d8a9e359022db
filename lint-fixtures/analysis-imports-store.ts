// as: src/analysis/rules/broken.ts
import { useDocumentStore } from '../../store';
export const broken = useDocumentStore;
