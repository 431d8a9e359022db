export { FlowCanvas } from './FlowCanvas';
export { LENSES } from './lenses';
