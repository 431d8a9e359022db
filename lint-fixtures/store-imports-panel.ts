// as: src/store/broken.ts
import { ReviewPanel } from '../panel';
export const broken = ReviewPanel;
