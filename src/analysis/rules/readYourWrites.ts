import { askToleratesLag } from '../ask';
import { isChangeFeed } from '../derived';
import type { Graph } from '../graph';
import { label } from '../text';
import type { Finding } from '../types';
import { finding, type Rule, type RuleInfo } from './rule';

const info: RuleInfo = { id: 'read-your-writes', question: 'failure', title: 'Read your own writes where they landed', severity: 'error', facts: ['toleratesLag', 'entities', 'relay'] };

/** How many arrows a copy may lie from the store it is fed from: cdc → queue → consumer → write, or a relay and a publish more. */
const MAX_HOPS = 6;

/**
 * Whether `copy` is fed from `store` asynchronously: a path that leaves the store by a change feed
 * and does not pass `reader`. One function per check: its walks mark the nodes they have seen by
 * walk number in one array, and reuse their frontiers, instead of each allocating its own.
 */
function asyncFeeds(graph: Graph): (store: number, copy: number, reader: number) => boolean {
  const seenBy = new Int32Array(graph.nodes.length);
  let walk = 0;
  let frontier: number[] = [];
  let next: number[] = [];
  return (store, copy, reader) => {
    walk++;
    seenBy[store] = walk;
    seenBy[reader] = walk;
    frontier.length = 0;
    for (const e of graph.dataOut[store]!) if (isChangeFeed(graph, e)) frontier.push(graph.target[e]!);
    for (let hop = 1; hop <= MAX_HOPS && frontier.length > 0; hop++) {
      if (frontier.includes(copy)) return true;
      next.length = 0;
      for (const v of frontier) {
        if (seenBy[v] === walk) continue;
        seenBy[v] = walk;
        for (const e of graph.dataOut[v]!) next.push(graph.target[e]!);
      }
      [frontier, next] = [next, frontier];
    }
    return false;
  };
}

const shares = (a: readonly string[], b: readonly string[]) => a.length === 0 || b.length === 0 || a.some((x) => b.includes(x));

/** A service that writes a store and reads it back from a replica or cache fed asynchronously misses its own writes. */
export const readYourWrites: Rule = {
  ...info,
  check(ctx) {
    const { graph, entities } = ctx;
    const fedAsynchronously = asyncFeeds(graph);
    const findings: Finding[] = [];
    for (const reader of graph.nodesOfKind.service) {
      const writes = graph.dataOut[reader]!.filter((e) => graph.edgeKind[e] === 'write' && graph.nodeKind[graph.target[e]!] === 'store');
      if (writes.length === 0) continue;
      const written = new Set(writes.map((e) => graph.target[e]!));
      for (const read of graph.dataIn[reader]!) {
        const copy = graph.source[read]!;
        if (graph.edgeKind[read] !== 'read' || written.has(copy)) continue;
        if (graph.nodeKind[copy] !== 'store' && graph.nodeKind[copy] !== 'cache') continue;
        if (graph.edges[read]!.toleratesLag === true) continue;
        const write = writes.find((w) => shares(entities.held[graph.target[w]!]!, entities.held[copy]!) && fedAsynchronously(graph.target[w]!, copy, reader));
        if (write === undefined) continue;
        findings.push(finding(ctx, readYourWrites, {
          severity: graph.edges[read]!.toleratesLag === false ? 'error' : 'warning',
          nodes: [reader, copy, graph.target[write]!],
          edges: [write, read],
        }));
      }
    }
    return findings;
  },
  /** Its nodes: the reader, the copy it reads, the store it writes; its edges: the write, then the read. */
  words({ graph }, { nodes: [reader, copy, store], edges: [, read] }) {
    return {
      message: `${label(graph, reader!)} writes ${label(graph, store!)} and reads back from ${label(graph, copy!)}, which is fed from it asynchronously: right after a write, ${label(graph, reader!)} can read the value from before it.`,
      fix: `Read what ${label(graph, reader!)} has just written from ${label(graph, store!)} itself (or wait for the copy to catch up to the write’s version); mark the read lag-tolerant (toleratesLag) if stale is fine.`,
      unknowns: askToleratesLag(graph, read!),
    };
  },
};
