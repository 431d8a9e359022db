import type { FlowDocument } from '../model';
import { nodeAnswers } from './answers';
import { deriveContext, type Context } from './derived';
import { buildGraph, type Graph } from './graph';
import { RULE_CHECKS } from './rules';
import type { Analysis, Finding, NodeAnswers } from './types';

const SEVERITY_ORDER = { error: 0, warning: 1, info: 2 } as const;
const RULE_ORDER = new Map(RULE_CHECKS.map((rule, i) => [rule.id, i]));

/**
 * Findings by severity, then rule (in documented order), then the document position of their
 * first node, then of their first edge; the rules' own order breaks the remaining ties.
 */
function sortFindings(graph: Graph, findings: Finding[]): Finding[] {
  const edgeIndex = new Map(graph.edges.map((edge, e) => [edge.id, e]));
  const keyed = findings.map((finding, emitted) => ({
    finding,
    emitted,
    rank: SEVERITY_ORDER[finding.severity] * RULE_CHECKS.length + RULE_ORDER.get(finding.rule)!,
    node: finding.nodes.length > 0 ? graph.indexOf.get(finding.nodes[0]!)! : Infinity,
    edge: finding.edges.length > 0 ? edgeIndex.get(finding.edges[0]!)! : Infinity,
  }));
  keyed.sort((a, b) => a.rank - b.rank || a.node - b.node || a.edge - b.edge || a.emitted - b.emitted);
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
