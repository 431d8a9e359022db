export { simulate, faultProblem, pathOf } from './simulate';
export { rankSinglePointsOfFailure, type PointOfFailure } from './rank';
export * from './types';
