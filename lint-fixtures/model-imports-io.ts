// as: src/model/broken.ts
import { parseDocumentText } from '../io';
export const broken = parseDocumentText;
