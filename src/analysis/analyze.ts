import type { FlowDocument } from '../model';
import { nodeAnswers } from './answers';
import { deriveContext, type Context } from './derived';
import { buildGraph, type Graph } from './graph';
import { RULE_CHECKS } from './rules';
import type { Analysis, Finding, NodeAnswers } from './types';

const SEVERITY_ORDER = { error: 0, warning: 1, info: 2 } as const;
const RULE_ORDER = new Map(RULE_CHECKS.map((rule, i) => [rule.id, i]));

/** Findings by severity, then rule (in documented order), then the document position of their first node and edge. */
function sortFindings(graph: Graph, findings: Finding[]): Finding[] {
  const edgeIndex = new Map(graph.edges.map((edge, e) => [edge.id, e]));
  const position = (id: string | undefined, index: ReadonlyMap<string, number>) => (id === undefined ? Infinity : index.get(id) ?? Infinity);
  const keyed = findings.map((finding) => ({
    finding,
    rank: SEVERITY_ORDER[finding.severity] * RULE_CHECKS.length + RULE_ORDER.get(finding.rule)!,
    node: position(finding.nodes[0], graph.indexOf),
    edge: position(finding.edges[0], edgeIndex),
  }));
  keyed.sort((a, b) => a.rank - b.rank || a.node - b.node || a.edge - b.edge || (a.finding.message < b.finding.message ? -1 : a.finding.message > b.finding.message ? 1 : 0));
  return keyed.map((k) => k.finding);
}

/**
 * Every node's answers, each computed the first time it is read: the panel reads one node at a
 * time, and a large map should not pay for strings nobody looks at. The properties are ordinary
 * enumerable ones, so JSON.stringify, spreading and structuredClone see plain data.
 */
function answersByNode(ctx: Context): Record<string, NodeAnswers> {
  const answers: Record<string, NodeAnswers> = {};
  ctx.graph.nodes.forEach((node, i) => {
    let computed: NodeAnswers | undefined;
    Object.defineProperty(answers, node.id, { enumerable: true, get: () => (computed ??= nodeAnswers(ctx, i)) });
  });
  return answers;
}

/** The design review of one document: the findings, and the four answers for every node. Pure and deterministic. */
export function analyze(doc: FlowDocument): Analysis {
  const ctx = deriveContext(buildGraph(doc));
  return { answers: answersByNode(ctx), findings: sortFindings(ctx.graph, RULE_CHECKS.flatMap((rule) => rule.check(ctx))) };
}
