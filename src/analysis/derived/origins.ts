import type { NodeKind } from '../../model';
import type { Graph } from '../graph';
import { EMPTY_SET, cappedUnion, singleton, type CappedSet } from './cappedSet';
import { flowDown } from './flowDown';
import { isOrigin } from './facts';

/** How many origins an answer names; `more` says there were others. */
export const LISTED_ORIGINS = 8;

/** Bits of the origin kinds upstream of a node; `born` is any other node no arrow leads into. */
export const ORIGIN_BITS = { actor: 1, external: 2, scheduler: 4, born: 8 } as const;
export type OriginBit = keyof typeof ORIGIN_BITS;

export interface Origins {
  /** Per node: the origins its data comes from (itself included), first few in document order. */
  sources: CappedSet[];
  /** Per node: ORIGIN_BITS of every origin upstream, exact however many there are. */
  kinds: number[];
}

export const originBit = (kind: NodeKind): number =>
  kind === 'actor' || kind === 'external' || kind === 'scheduler' ? ORIGIN_BITS[kind] : ORIGIN_BITS.born;

export function findOrigins(graph: Graph): Origins {
  const origin = graph.nodes.map((_, i) => isOrigin(graph, i));
  return {
    sources: flowDown(graph, (i) => (origin[i] ? singleton(i) : EMPTY_SET), cappedUnion(LISTED_ORIGINS)),
    kinds: flowDown(graph, (i) => (origin[i] ? originBit(graph.nodeKind[i]!) : 0), (a, b) => a | b),
  };
}
