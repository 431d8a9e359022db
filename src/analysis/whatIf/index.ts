export { simulate, faultProblem, pathOf } from './simulate';
export { rankSinglePointsOfFailure, type PointOfFailure } from './rank';
export * from './types';
export { EFFECT_SPEC, effectsIn, scenarioQuestion, scenarioSummary } from './effects';
export { mitigationPatch } from './mitigate';
