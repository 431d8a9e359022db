export { autoLayout, layoutDiagram, needsLayout, type Layout } from './autoLayout';
