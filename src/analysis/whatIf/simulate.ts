import type { FlowDocument } from '../../model';
import { deriveContext, type Context } from '../derived';
import { buildGraph } from '../graph';
import { describeEdge } from '../text';
import { quietDownstream, staleCopies } from './aftermath';
import { handle } from './flows';
import { seedEdge, seedNode } from './seed';
import { Spread } from './spread';
import { EDGE_FAULTS, NODE_FAULTS, SILENT_EFFECTS, type Fault, type WhatIf } from './types';

/** Why the fault cannot be simulated on this map (an id it does not have, a fault that element cannot have), or undefined. */
export function faultProblem(map: { nodes: readonly { id: string }[]; edges: readonly { id: string }[] }, fault: Fault): string | undefined {
  const { type, id } = fault.target;
  if (!(type === 'node' ? map.nodes : map.edges).some((x) => x.id === id)) return `no ${type === 'node' ? 'node' : 'arrow'} "${id}"`;
  const allowed: readonly string[] = type === 'node' ? NODE_FAULTS : EDGE_FAULTS;
  if (!allowed.includes(fault.kind)) return `${type === 'node' ? 'a node' : 'an arrow'} cannot be "${fault.kind}": expected one of ${allowed.join(', ')}`;
  return undefined;
}

/** Runs one fault on an analysed map; throws on a fault `faultProblem` refuses. */
export function simulateIn(ctx: Context, fault: Fault): WhatIf {
  const { graph } = ctx;
  const problem = faultProblem(graph, fault);
  if (problem) throw new Error(problem);
  const at = fault.target.type === 'node' ? graph.indexOf.get(fault.target.id)! : graph.edgeId.indexOf(fault.target.id);
  const spread = new Spread(ctx, fault, at);
  const quietFrom = fault.target.type === 'node' ? seedNode(spread, at, fault.kind) : seedEdge(spread, at, fault.kind as Exclude<Fault['kind'], 'schema'>);
  spread.run(handle);
  if (quietFrom !== undefined) quietDownstream(spread, quietFrom, fault.target.type === 'node' ? graph.nodeLabel[at]! : describeEdge(graph, at));
  staleCopies(spread);
  const affected = spread.affected();
  const silent = affected
    .filter((a) => a.type === 'node' && a.id !== fault.target.id && a.effects.some((x) => SILENT_EFFECTS.has(x.effect) && !x.told))
    .map((a) => a.id);
  return { fault, steps: spread.steps, affected, stops: spread.stops, quiet: spread.quiet.map((n) => graph.nodeId[n]!), silent };
}

/**
 * What happens when one node or arrow fails: where the data goes late, twice, half-written, stale
 * or nowhere, who is told, and what stops it. Pure and deterministic.
 */
export const simulate = (doc: FlowDocument, fault: Fault): WhatIf => simulateIn(deriveContext(buildGraph(doc)), fault);

/** The arrows the spread took from the fault to step `step`, in order. */
export function pathOf(whatIf: WhatIf, step: number): string[] {
  const path: string[] = [];
  for (let s = step; s >= 0; s = whatIf.steps[s]!.after) {
    const via = whatIf.steps[s]!.via;
    if (via !== undefined && path[path.length - 1] !== via) path.push(via);
  }
  return path.reverse();
}
