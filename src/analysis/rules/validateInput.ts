import { trace } from '../derived';
import { copyNodes } from '../graph';
import { label } from '../text';
import type { Finding } from '../types';
import { finding, type Rule, type RuleInfo } from './rule';

const info: RuleInfo = { id: 'validate-input', question: 'origin', title: 'Validate user input before storing it', severity: 'error', facts: ['transforms', 'keyOnly', 'entities'] };

/** How many hops of the unvalidated path a finding shows, nearest the store. */
const SHOWN_HOPS = 6;

/** User input is messy: it must pass a validating step before any store or cache keeps it. */
export const validateInput: Rule = {
  ...info,
  check(ctx) {
    const { graph, rawInput } = ctx;
    const findings: Finding[] = [];
    for (const store of copyNodes(graph)) {
      const actor = rawInput.cause[store]!;
      if (actor === -1) continue;
      const edges = trace(graph, rawInput, store, undefined, SHOWN_HOPS);
      const path = edges.map((e) => graph.source[e]!);
      findings.push(finding(ctx, validateInput, { severity: 'error', nodes: [store, actor, ...path], edges }));
    }
    return findings;
  },
  /** Its nodes: the store, the actor, then the path's last hops. */
  words({ graph }, { nodes: [store, actor, ...path] }) {
    const shown = [...path, store!].map((i) => label(graph, i));
    if (path[0] !== actor) shown.unshift(label(graph, actor!), '…');
    return {
      message: `User input from ${label(graph, actor!)} reaches ${label(graph, store!)} without passing a validating step (${shown.join(' → ')}).`,
      fix: `Validate it on the way in: give a gateway or service before ${label(graph, store!)} the "validate" transform.`,
    };
  },
};
