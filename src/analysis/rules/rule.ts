import type { Context } from '../derived';
import type { Finding, Question, Severity } from '../types';
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

export const finding = ({ graph }: Context, rule: RuleInfo, draft: Draft): RuleFinding => new RuleFinding(graph, rule, draft);
