export { simulate, faultProblem, pathOf } from './simulate';
export { rankSinglePointsOfFailure, type PointOfFailure } from './rank';
export * from './types';
export { EFFECT_SPEC, scenarioQuestion } from './effects';
export { mitigationPatch } from './mitigate';
