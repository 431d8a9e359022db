import { danglingEdge } from './danglingEdge';
import { deadLetter } from './deadLetter';
import { dualWrite } from './dualWrite';
import { edgeKind } from './edgeKind';
import { enrichProvenance } from './enrichProvenance';
import { externalTimeout } from './externalTimeout';
import { fanOut } from './fanOut';
import { lagAlert } from './lagAlert';
import type { Rule, RuleInfo } from './rule';
import { retryDuplicates } from './retryDuplicates';
import { schedulerOverlap } from './schedulerOverlap';
import { schemaContract } from './schemaContract';
import { singleWriter } from './singleWriter';
import { sourceOfTruth } from './sourceOfTruth';
import { staleCache } from './staleCache';
import { transformDepth } from './transformDepth';
import { unreachedNode } from './unreachedNode';
import { validateInput } from './validateInput';

/** Every rule, in the order docs/rules.md documents them and findings of one severity are sorted. */
export const RULE_CHECKS: readonly Rule[] = [
  singleWriter,
  sourceOfTruth,
  retryDuplicates,
  fanOut,
  dualWrite,
  lagAlert,
  deadLetter,
  schemaContract,
  validateInput,
  externalTimeout,
  enrichProvenance,
  schedulerOverlap,
  transformDepth,
  staleCache,
  unreachedNode,
  edgeKind,
  danglingEdge,
];

export const RULES: readonly RuleInfo[] = RULE_CHECKS.map(({ id, question, title }) => ({ id, question, title }));

export type { Rule, RuleInfo } from './rule';
