import type { Graph } from '../graph';

export type ContractStatus = 'agreed' | 'conflict' | 'partial' | 'none';

/** The schemas declared on the arrows into and out of a queue. */
export interface Contract {
  queue: number;
  /** conflict: two or more schemas; partial: one, but some arrows declare none; none: no arrow declares one. */
  status: ContractStatus;
  /** Every data arrow into and out of the queue, in document order. */
  edges: number[];
  schemas: { schema: string; edges: number[] }[];
  /** Arrows that declare no schema. */
  unstated: number[];
}

export function findContracts(graph: Graph): Contract[] {
  const found: Contract[] = [];
  for (const queue of graph.nodesOfKind.queue) {
    const edges = merged(graph.dataIn[queue]!, graph.dataOut[queue]!);
    if (edges.length === 0) continue;
    const bySchema = new Map<string, number[]>();
    const unstated: number[] = [];
    for (const e of edges) {
      const schema = graph.edges[e]!.schema;
      if (schema === undefined) unstated.push(e);
      else if (bySchema.has(schema)) bySchema.get(schema)!.push(e);
      else bySchema.set(schema, [e]);
    }
    const schemas = [...bySchema].map(([schema, list]) => ({ schema, edges: list }));
    const status = schemas.length >= 2 ? 'conflict' : schemas.length === 0 ? 'none' : unstated.length > 0 ? 'partial' : 'agreed';
    found.push({ queue, status, edges, schemas, unstated });
  }
  return found;
}

/** Two lists of edge indices, each in document order (as the graph keeps them), as one list in document order. */
function merged(a: readonly number[], b: readonly number[]): number[] {
  const out = new Array<number>(a.length + b.length);
  let [i, j] = [0, 0];
  for (let k = 0; k < out.length; k++) out[k] = j >= b.length || (i < a.length && a[i]! < b[j]!) ? a[i++]! : b[j++]!;
  return out;
}
