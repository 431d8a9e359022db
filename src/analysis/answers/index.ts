import type { Context } from '../derived';
import type { NodeAnswers } from '../types';
import { failureAnswer } from './failure';
import { originAnswer } from './origin';
import { ownershipAnswer } from './ownership';
import { transformAnswer } from './transform';

/** The four answers for node i. */
export const nodeAnswers = (ctx: Context, i: number): NodeAnswers => ({
  origin: originAnswer(ctx, i),
  transform: transformAnswer(ctx, i),
  ownership: ownershipAnswer(ctx, i),
  failure: failureAnswer(ctx, i),
});
