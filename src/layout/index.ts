export { autoLayout, layoutPositions, needsLayout } from './autoLayout';
