import type { Context } from '../derived';
import type { NodeAnswers } from '../types';
import { failureAnswer } from './failure';
import { originAnswer } from './origin';
import { ownershipAnswer } from './ownership';
import { transformAnswer } from './transform';

/**
 * The four answers for node i, each computed the first time it is read (a lens that colours every
 * node by owner should not pay for failure summaries). They are ordinary enumerable properties,
 * so JSON.stringify, spreading and structuredClone see plain data.
 */
export function nodeAnswers(ctx: Context, i: number): NodeAnswers {
  let origin: NodeAnswers['origin'] | undefined;
  let transform: NodeAnswers['transform'] | undefined;
  let ownership: NodeAnswers['ownership'] | undefined;
  let failure: NodeAnswers['failure'] | undefined;
  return {
    get origin() {
      return (origin ??= originAnswer(ctx, i));
    },
    get transform() {
      return (transform ??= transformAnswer(ctx, i));
    },
    get ownership() {
      return (ownership ??= ownershipAnswer(ctx, i));
    },
    get failure() {
      return (failure ??= failureAnswer(ctx, i));
    },
  };
}
export { nodeLookups, type NodeLookups } from './byNode';
