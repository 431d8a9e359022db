export { addNode, roundPoint, type Point } from './addNode';
export { connect, defaultEdgeKind } from './connect';
export { updateNode, updateEdge, updateAnnotation, type Patch, type UpdateResult } from './updateElement';
export { deleteElements } from './deleteElements';
export { moveNodes } from './moveNodes';
export { extractFragment, fragmentOrigin, insertFragment, topLeft } from './fragment';
export { reconnect } from './reconnect';
export { addGroup, addNote, resizeElement } from './annotations';
export { boundaryAt, regroup } from './membership';
