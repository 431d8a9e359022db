import type { Context } from '../derived';
import type { Finding, Question, Severity } from '../types';
import type { Graph } from '../graph';
import { IndexLists } from './indexLists';
import { RuleFinding, type Draft } from './ruleFinding';

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
}

export type { Draft } from './ruleFinding';

/** Per graph (one analysis): its findings' index lists, in one buffer. */
const listsOf = new WeakMap<Graph, IndexLists>();

export function finding({ graph }: Context, rule: RuleInfo, draft: Draft): RuleFinding {
  let lists = listsOf.get(graph);
  if (!lists) listsOf.set(graph, (lists = new IndexLists()));
  return RuleFinding.of(graph, rule, draft, lists);
}
