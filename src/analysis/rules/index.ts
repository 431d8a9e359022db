import { crossBoundaryWrite } from './crossBoundaryWrite';
import { danglingEdge } from './danglingEdge';
import { deadLetter } from './deadLetter';
import { dualWrite } from './dualWrite';
import { edgeKind } from './edgeKind';
import { enrichProvenance } from './enrichProvenance';
import { externalTimeout } from './externalTimeout';
import { fanOut } from './fanOut';
import { lagAlert } from './lagAlert';
import { lastWriteWins } from './lastWriteWins';
import { ordering } from './ordering';
import { poisonMessage } from './poisonMessage';
import { readYourWrites } from './readYourWrites';
import type { Rule, RuleInfo } from './rule';
import { retryDuplicates } from './retryDuplicates';
import { schedulerOverlap } from './schedulerOverlap';
import { schemaContract } from './schemaContract';
import { singleWriter } from './singleWriter';
import { sourceOfTruth } from './sourceOfTruth';
import { staleCache } from './staleCache';
import { STALE_WAIVER } from './staleWaiver';
import { transformDepth } from './transformDepth';
import { unreachedNode } from './unreachedNode';
import { validateInput } from './validateInput';

/** Every rule, in the order docs/rules.md documents them and findings of one severity are sorted. */
export const RULE_CHECKS: readonly Rule[] = [
  singleWriter,
  sourceOfTruth,
  lastWriteWins,
  crossBoundaryWrite,
  retryDuplicates,
  fanOut,
  dualWrite,
  lagAlert,
  deadLetter,
  poisonMessage,
  ordering,
  readYourWrites,
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

export interface RuleMetadata extends RuleInfo {
  /** Where the rule is documented: docs/rules.md#<id>. */
  docs: string;
}

/** What every rule declares, the engine's own stale-waiver last: for `flowmap rules`, SARIF and severity settings. */
export const RULES: readonly RuleMetadata[] = [...RULE_CHECKS, STALE_WAIVER].map(({ id, question, title, severity, facts }) => ({
  id, question, title, severity, facts, docs: `docs/rules.md#${id}`,
}));

export type { Rule, RuleInfo } from './rule';
export { plainFinding } from './ruleFinding';
