import type { Context } from '../derived';
import type { Finding, Question, Severity } from '../types';
import type { Graph } from '../graph';
import { IndexLists } from './indexLists';
import { RuleFinding, type Draft, type Wording } from './ruleFinding';

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
  /** Words each of its findings whose draft has no words of its own, from its lists: no closure is kept per finding. */
  words?: Wording;
}

export type { Draft, Listed, Words } from './ruleFinding';

/** Per graph (one analysis): its findings' index lists, in one buffer. */
const listsOf = new WeakMap<Graph, IndexLists>();

export function finding(ctx: Context, rule: RuleInfo & Pick<Rule, 'words'>, draft: Draft): RuleFinding {
  let lists = listsOf.get(ctx.graph);
  if (!lists) listsOf.set(ctx.graph, (lists = new IndexLists()));
  return RuleFinding.of(ctx, rule, draft, lists);
}
