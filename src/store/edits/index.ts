export { addNode, roundPoint, type Point } from './addNode';
export { connect, defaultEdgeKind } from './connect';
export { updateNode, updateEdge, type Patch, type UpdateResult } from './updateElement';
export { deleteElements } from './deleteElements';
export { moveNodes } from './moveNodes';
export { extractFragment, insertFragment, topLeft } from './fragment';
export { reconnect } from './reconnect';
