import { askTimeout } from '../ask';
import type { Graph } from '../graph';
import { capitalize, describeEdge, label } from '../text';
import type { Finding } from '../types';
import { finding, type Rule, type RuleInfo } from './rule';

const info: RuleInfo = { id: 'external-timeout', question: 'origin', title: 'Time out calls to external APIs', severity: 'warning', facts: ['timeoutMs'] };

/** Our synchronous calls to an external: a request into it, or a read from it. Returns [caller, external]. */
function externalCall(graph: Graph, e: number): [number, number] | undefined {
  const kind = graph.edgeKind[e];
  const s = graph.source[e]!;
  const t = graph.target[e]!;
  if (s < 0 || t < 0) return undefined;
  if (kind === 'request' && graph.nodeKind[t] === 'external') return [s, t];
  if (kind === 'read' && graph.nodeKind[s] === 'external') return [t, s];
  return undefined;
}

/** External APIs are flaky: a call with no timeout hangs its caller when the API is slow. */
export const externalTimeout: Rule = {
  ...info,
  check(ctx) {
    const { graph } = ctx;
    const findings: Finding[] = [];
    for (const e of [...graph.edgesOfKind.request, ...graph.edgesOfKind.read].sort((a, b) => a - b)) {
      // The kinds first: they are read off arrays, the timeout off the arrow's object.
      const call = externalCall(graph, e);
      if (!call || graph.edges[e]!.timeoutMs !== undefined) continue;
      findings.push(finding(ctx, externalTimeout, { severity: 'warning', nodes: call, edges: [e] }));
    }
    return findings;
  },
  /** Its nodes: the caller, then the external API; its edge, the call. */
  words({ graph }, { nodes: [caller, external], edges: [e] }) {
    return {
      message: `${capitalize(describeEdge(graph, e!))} has no timeout: when ${label(graph, external!)} is slow, ${label(graph, caller!)} hangs with it, and so does everything waiting on ${label(graph, caller!)}.`,
      fix: 'Set a timeout on the call (timeoutMs), with bounded retries and a fallback for when it fails.',
      unknowns: askTimeout(graph, e!),
    };
  },
};
