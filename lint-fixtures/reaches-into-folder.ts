// as: src/app/broken.ts
import { addNode } from '../store/edits';
export const broken = addNode;
