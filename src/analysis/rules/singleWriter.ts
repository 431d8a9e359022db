import type { NodeOfKind } from '../../model';
import { askSourceOfTruth } from '../ask';
import type { Graph } from '../graph';
import { label, listing, names } from '../text';
import { finding, type Rule, type RuleInfo } from './rule';

const info: RuleInfo = { id: 'single-writer', question: 'ownership', title: 'One writer per entity', severity: 'error', facts: ['entities', 'sourceOfTruth'] };

function teams(graph: Graph, writers: readonly number[]): string {
  const owners = [...new Set(writers.map((w) => graph.nodeOwner[w]).filter((o): o is string => o !== undefined))];
  return owners.length >= 2 ? ` They belong to different teams (${listing(owners)}).` : '';
}

/** When none of two or more stores holding an entity is marked its source of truth: a sentence saying so. */
const noTruthIn = (graph: Graph, stores: readonly number[]): string =>
  stores.length >= 2 && stores.every((s) => (graph.nodes[s] as NodeOfKind<'store'>).sourceOfTruth === undefined)
    ? ` None of ${names(graph, stores)} is marked its source of truth, so they will diverge and nobody can say which is right.` : '';

/**
 * Two nodes writing one entity means nobody owns it, and their updates overwrite each other. Writes
 * into a store marked not the source of truth are projections, not owners. When none of the stores
 * is the entity's source of truth, that is part of this finding, not another one.
 */
export const singleWriter: Rule = {
  ...info,
  check(ctx) {
    return ctx.conflicts.map(({ entity, writers, stores, edges }, about) => finding(ctx, singleWriter, { severity: 'error', entity, nodes: [...writers, ...stores], edges, about }));
  },
  /** About one of the context's conflicts. */
  words({ graph, conflicts }, { about }) {
    const { entity, writers, stores } = conflicts[about]!;
    return {
      message: `${names(graph, writers)} ${writers.length === 2 ? 'both' : 'all'} write ${entity} ${stores.length === 1 ? `in ${label(graph, stores[0]!)}` : `into ${names(graph, stores)}`}: with two writers nobody owns it, concurrent updates overwrite each other (the last write wins), and when it is wrong nobody is responsible.${teams(graph, writers)}${noTruthIn(graph, stores)}`,
      fix: `Pick one owner of ${entity}; the others read it or react to its change events. A store that only keeps a projection is marked not the source of truth.`,
      unknowns: stores.flatMap((s) => askSourceOfTruth(graph.nodes[s] as NodeOfKind<'store'>, entity)),
    };
  },
};
