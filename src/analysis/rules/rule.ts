import type { Context } from '../derived';
import type { Finding, Question, Severity } from '../types';
import type { Graph } from '../graph';
import { IndexLists } from './indexLists';
import { RuleFinding, type Draft, type FindingRule, type Wording } from './ruleFinding';

export interface RuleInfo {
  /** Short kebab-case id, documented in docs/rules.md under the same heading (docs/rules.md#id). */
  id: string;
  question: Question;
  title: string;
  /** The most severe finding the rule reports; a project can set another (or off) per rule. */
  severity: Severity;
  /** The facts of the format the rule reads (node and arrow fields); answering them can clear its findings. */
  facts: readonly string[];
}

export interface Rule extends RuleInfo {
  check(ctx: Context): Finding[];
  /**
   * Words one of its findings when first read, from the context it was found in and its lists: a
   * big map has thousands of findings, kept for a whole review, and most are never read.
   */
  words: Wording;
}

export type { Draft, Listed, Words } from './ruleFinding';

/** Per graph (one analysis): its findings' index lists, in one buffer. */
const listsOf = new WeakMap<Graph, IndexLists>();

export function finding(ctx: Context, rule: FindingRule, draft: Draft): RuleFinding {
  let lists = listsOf.get(ctx.graph);
  if (!lists) listsOf.set(ctx.graph, (lists = new IndexLists()));
  return RuleFinding.of(ctx, rule, draft, lists);
}
