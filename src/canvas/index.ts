export { FlowCanvas } from './FlowCanvas';
