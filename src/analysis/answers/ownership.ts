import { askSourceOfTruth } from '../ask';
import { isTruth, type Context } from '../derived';
import { listing, names } from '../text';
import type { OwnershipAnswer } from '../types';

const SPELLED_OUT = 3;

/** Node i's owning team; for a store or cache, who writes each entity it holds and where its source of truth is. */
export function ownershipAnswer(ctx: Context, i: number): OwnershipAnswer {
  const { graph, entities } = ctx;
  const node = graph.nodes[i]!;
  const owner = graph.nodeOwner[i];
  const team = !owner ? `No owning team is set for ${node.label}.` : node.owner ? `Team ${owner} owns ${node.label}.` : `Team ${owner} owns ${node.label} (the owner of its boundary).`;
  const held = entities.held[i]!.map((entity) => ({
    entity,
    writers: [...(entities.writers.get(i)?.get(entity) ?? [])],
    truths: entities.truths.get(entity) ?? [],
  }));
  const facts = held.slice(0, SPELLED_OUT).map(({ entity, writers, truths }) => {
    const truth = truths.includes(i) ? 'this is its source of truth' : truths.length > 0 ? `source of truth: ${names(graph, truths)}` : 'source of truth: unknown';
    return `${entity}: written by ${writers.length > 0 ? names(graph, writers) : 'nobody on the map'}; ${truth}.`;
  });
  if (held.length > SPELLED_OUT) facts.push(`…and ${held.length - SPELLED_OUT} more entities.`);
  const written = graph.dataOut[i]!.filter((e) => graph.edgeKind[e] === 'write').map((e) => graph.target[e]!);
  const writes = written.length > 0 && held.length === 0 ? [`It writes into ${names(graph, [...new Set(written)])}.`] : [];
  const unknowns = node.kind === 'store' && !isTruth(node) && held.length > 0 ? askSourceOfTruth(node, listing(held.map((h) => h.entity))) : [];
  return {
    summary: [team, ...facts, ...writes].join(' ') + (unknowns.length > 0 ? ' Is it the source of truth? Unknown.' : ''),
    ...(owner ? { owner } : {}),
    entities: held.map(({ entity, writers, truths }) => ({
      entity,
      writers: writers.map((w) => graph.nodeId[w]!),
      sourceOfTruth: truths.map((t) => graph.nodeId[t]!),
    })),
    unknowns,
  };
}
