import { askSourceOfTruth } from '../ask';
import type { NodeOfKind } from '../../model';
import { label, names } from '../text';
import { finding, type Rule } from './rule';

const info = { id: 'single-writer', question: 'ownership', title: 'One writer per entity' } as const;

/** Two nodes writing one entity means nobody owns it. Writes into a store marked not the source of truth are projections, not owners. */
export const singleWriter: Rule = {
  ...info,
  check(ctx) {
    const { graph, entities } = ctx;
    return [...entities.writes].flatMap(([entity, writes]) => {
      const competing = writes.filter((w) => {
        const store = graph.nodes[w.store]!;
        return store.kind === 'store' && store.sourceOfTruth !== false;
      });
      const writers = [...new Set(competing.map((w) => w.writer))];
      if (writers.length < 2) return [];
      const stores = [...new Set(competing.map((w) => w.store))];
      const where = stores.length === 1 ? `in ${label(graph, stores[0]!)}` : `into ${names(graph, stores)}`;
      return [finding(ctx, info, {
        severity: 'error',
        entity,
        nodes: [...writers, ...stores],
        edges: competing.map((w) => w.edge),
        message: `${names(graph, writers)} ${writers.length === 2 ? 'both' : 'all'} write ${entity} ${where}: with two writers nobody owns it, and when it is wrong nobody is responsible.`,
        fix: `Pick one owner of ${entity}; the others read it or react to its change events. A store that only keeps a projection is marked not the source of truth.`,
        unknowns: stores.flatMap((s) => askSourceOfTruth(graph.nodes[s] as NodeOfKind<'store'>, entity)),
      })];
    });
  },
};
