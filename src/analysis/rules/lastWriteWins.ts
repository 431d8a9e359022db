import type { NodeOfKind } from '../../model';
import { askConflictResolution } from '../ask';
import type { Graph } from '../graph';
import { names } from '../text';
import type { Finding } from '../types';
import { finding, type Rule, type RuleInfo } from './rule';

const info: RuleInfo = { id: 'last-write-wins', question: 'ownership', title: 'Settle concurrent writes to copies that replicate both ways', severity: 'warning', facts: ['conflictResolution'] };

/** Stores replicating into each other (active-active): the replicate arrows of each such ring, and its members. */
function rings(graph: Graph): { members: number[]; edges: number[] }[] {
  const found: { members: number[]; edges: number[] }[] = [];
  const placed = new Set<number>();
  const replicas = (v: number) => graph.dataOut[v]!.filter((e) => graph.edgeKind[e] === 'replicate' && graph.nodeKind[graph.target[e]!] === 'store');
  for (const start of graph.nodesOfKind.store) {
    if (placed.has(start) || replicas(start).length === 0) continue;
    // Only stores on one replication component are visited: a ring is the replicate arrows' own cycle.
    const component = graph.component[start];
    const members = new Set([start]);
    const queue = [start];
    for (let head = 0; head < queue.length; head++) {
      for (const e of replicas(queue[head]!)) {
        const t = graph.target[e]!;
        if (graph.component[t] === component && !members.has(t)) {
          members.add(t);
          queue.push(t);
        }
      }
    }
    if (members.size < 2) continue;
    const list = [...members].sort((a, b) => a - b);
    list.forEach((m) => placed.add(m));
    found.push({ members: list, edges: list.flatMap((m) => replicas(m).filter((e) => members.has(graph.target[e]!))) });
  }
  return found;
}

/** The members some arrow writes into. */
function writtenOf(graph: Graph, members: readonly number[]): number[] {
  return members.filter((m) => graph.dataIn[m]!.some((e) => graph.edgeKind[e] === 'write'));
}

/** Two copies written in both places (two regions) that replicate into each other: one of two concurrent updates is silently lost. */
export const lastWriteWins: Rule = {
  ...info,
  check(ctx) {
    const { graph } = ctx;
    const findings: Finding[] = [];
    for (const { members, edges } of rings(graph)) {
      const stores = members.map((m) => graph.nodes[m] as NodeOfKind<'store'>);
      if (writtenOf(graph, members).length < 2 || stores.every((s) => s.conflictResolution === 'version-check' || s.conflictResolution === 'merge')) continue;
      findings.push(finding(ctx, lastWriteWins, { severity: 'warning', nodes: members, edges }));
    }
    return findings;
  },
  /** Its nodes are the ring's members. */
  words({ graph }, { nodes: members }) {
    const written = writtenOf(graph, members);
    const chosen = members.some((m) => (graph.nodes[m] as NodeOfKind<'store'>).conflictResolution === 'last-write-wins');
    return {
      message: `${names(graph, members)} are written in ${written.length === members.length ? 'each place' : 'several places'} and replicate into each other: when one record is changed in two of them at once, ${chosen ? 'last-write-wins keeps one change and silently drops the other' : 'nothing on the map says which change survives — by default the last write wins and the other is silently lost'}.`,
      fix: 'Give each record a home copy that alone takes its writes, or settle conflicts explicitly: a version check that rejects a stale write, or a merge (conflictResolution).',
      unknowns: members.flatMap((m) => askConflictResolution(graph.nodes[m] as NodeOfKind<'store'>)),
    };
  },
};
