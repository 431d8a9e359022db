export * from './edit';
export * from './file';
export * from './view';
export * from './review';
export * from './whatIf';
export * from './waivers';
export * from './comments';
export * from './compare';
