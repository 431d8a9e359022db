// as: src/analysis/answers/deep/broken.ts
import { FlowCanvas } from '../../../canvas';
export const broken = FlowCanvas;
