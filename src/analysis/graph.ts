import { EDGE_KINDS, NODE_KINDS, type EdgeKind, type FlowDocument, type FlowEdge, type FlowNode, type NodeKind } from '../model';

type Lists = readonly (readonly number[])[];

/**
 * The document indexed once for every rule and answer. Nodes and edges are referred to by their
 * position in the document, so every walk is over small integers and its order is the document's.
 */
export interface Graph {
  readonly nodes: readonly FlowNode[];
  readonly edges: readonly FlowEdge[];
  readonly indexOf: ReadonlyMap<string, number>;
  /**
   * Per node / edge: the fields every rule reads, in plain arrays — nodes and edges come in many
   * object shapes (each set of optional facts is one), which makes reading them off objects slow.
   */
  readonly nodeId: readonly string[];
  readonly nodeLabel: readonly string[];
  readonly nodeKind: readonly NodeKind[];
  /** Per node: its owning team — its own, else its boundary's (a group's owner owns every node inside that names none). */
  readonly nodeOwner: readonly (string | undefined)[];
  readonly edgeId: readonly string[];
  readonly edgeKind: readonly EdgeKind[];
  /** Node / edge indices of each kind, in document order, so a rule about queues visits only queues. */
  readonly nodesOfKind: Readonly<Record<NodeKind, readonly number[]>>;
  readonly edgesOfKind: Readonly<Record<EdgeKind, readonly number[]>>;
  /** Per edge: the index of its source / target node, or -1 when that id names no node. */
  readonly source: Int32Array;
  readonly target: Int32Array;
  /** Per node: its edges that carry data (every kind but failure) and its drawn failure paths; dangling edges are in none. */
  readonly dataIn: Lists;
  readonly dataOut: Lists;
  readonly failureIn: Lists;
  readonly failureOut: Lists;
  /**
   * Node indices in a topological order of the strongly connected components of the data edges;
   * the members of one component follow each other, in breadth-first order from where data enters it.
   */
  readonly order: Int32Array;
  /** Per node: its position in `order`. */
  readonly rank: Int32Array;
  /** Per node: its component, numbered in topological order. */
  readonly component: Int32Array;
  /** Component c holds order[componentStart[c] .. componentStart[c + 1]). */
  readonly componentStart: Int32Array;
}

/** Stores and caches, in document order. */
export const copyNodes = (graph: Graph): number[] => [...graph.nodesOfKind.store, ...graph.nodesOfKind.cache].sort((a, b) => a - b);

/** Most nodes have no failure paths and few arrows: they share one empty list. */
const NONE: readonly number[] = Object.freeze([]);

/** Per node, its edges among `count`ed ones, each list sized exactly (the graph is kept for the whole analysis). */
function sizedLists(count: Int32Array): number[][] {
  const lists = new Array<number[]>(count.length);
  for (let i = 0; i < count.length; i++) lists[i] = count[i] === 0 ? (NONE as number[]) : new Array<number>(count[i]!);
  return lists;
}

export function buildGraph(doc: FlowDocument): Graph {
  const { nodes, edges } = doc;
  const n = nodes.length;
  const groupOwner = doc.groups && doc.groups.length > 0 ? new Map(doc.groups.map((g) => [g.id, g.owner])) : undefined;
  // One pass over each list reads every field the rules need: the objects come in many shapes, so each read is slow.
  const indexOf = new Map<string, number>();
  const nodeId = new Array<string>(n);
  const nodeLabel = new Array<string>(n);
  const nodeKind = new Array<NodeKind>(n);
  const nodeOwner = new Array<string | undefined>(n);
  for (let i = 0; i < n; i++) {
    const node = nodes[i]!;
    indexOf.set(node.id, i);
    nodeId[i] = node.id;
    nodeLabel[i] = node.label;
    nodeKind[i] = node.kind;
    nodeOwner[i] = node.owner || (node.group === undefined || !groupOwner ? undefined : groupOwner.get(node.group)) || undefined;
  }
  const source = new Int32Array(edges.length);
  const target = new Int32Array(edges.length);
  const edgeId = new Array<string>(edges.length);
  const edgeKind = new Array<EdgeKind>(edges.length);
  // Counted first, so each list is allocated at its size: [data in, data out, failure in, failure out] per node.
  const counts = [0, 1, 2, 3].map(() => new Int32Array(n)) as [Int32Array, Int32Array, Int32Array, Int32Array];
  for (let e = 0; e < edges.length; e++) {
    const edge = edges[e]!;
    const s = indexOf.get(edge.source) ?? -1;
    const t = indexOf.get(edge.target) ?? -1;
    edgeId[e] = edge.id;
    edgeKind[e] = edge.kind;
    source[e] = s;
    target[e] = t;
    if (s < 0 || t < 0) continue;
    const failure = edge.kind === 'failure' ? 2 : 0;
    counts[failure]![t]!++;
    counts[failure + 1]![s]!++;
  }
  const [dataIn, dataOut, failureIn, failureOut] = counts.map(sizedLists) as [number[][], number[][], number[][], number[][]];
  const filled = counts.map(() => new Int32Array(n)) as [Int32Array, Int32Array, Int32Array, Int32Array];
  for (let e = 0; e < edges.length; e++) {
    const s = source[e]!;
    const t = target[e]!;
    if (s < 0 || t < 0) continue;
    const failure = edgeKind[e] === 'failure';
    (failure ? failureIn : dataIn)[t]![filled[failure ? 2 : 0][t]!++] = e;
    (failure ? failureOut : dataOut)[s]![filled[failure ? 3 : 1][s]!++] = e;
  }
  const component = stronglyConnected(n, dataOut, target);
  const { order, componentStart } = orderByComponent(component, dataIn, dataOut, source, target);
  const rank = new Int32Array(n);
  for (let k = 0; k < n; k++) rank[order[k]!] = k;
  return {
    nodes, edges, indexOf, nodeKind, nodeOwner, edgeKind, nodeId, nodeLabel, edgeId, nodesOfKind: groupByKind(NODE_KINDS, nodeKind), edgesOfKind: groupByKind(EDGE_KINDS, edgeKind), source, target, dataIn, dataOut, failureIn, failureOut, order, rank, component, componentStart,
  };
}

function groupByKind<K extends string>(kinds: readonly K[], kindOf: readonly K[]): Record<K, number[]> {
  const groups = Object.fromEntries(kinds.map((kind) => [kind, [] as number[]])) as Record<K, number[]>;
  for (let i = 0; i < kindOf.length; i++) groups[kindOf[i]!].push(i);
  return groups;
}

/** Tarjan's algorithm without recursion; returns each node's component, numbered in topological order. */
function stronglyConnected(n: number, out: Lists, target: Int32Array): Int32Array {
  const index = new Int32Array(n).fill(-1);
  const low = new Int32Array(n);
  const onStack = new Uint8Array(n);
  const found = new Int32Array(n);
  const callNode = new Int32Array(n);
  const callEdge = new Int32Array(n);
  const stack: number[] = [];
  let counter = 0;
  let components = 0;
  const visit = (v: number, depth: number) => {
    callNode[depth] = v;
    callEdge[depth] = 0;
    index[v] = low[v] = counter++;
    stack.push(v);
    onStack[v] = 1;
  };
  for (let root = 0; root < n; root++) {
    if (index[root] !== -1) continue;
    let depth = 0;
    visit(root, 0);
    while (depth >= 0) {
      const v = callNode[depth]!;
      const outs = out[v]!;
      if (callEdge[depth]! < outs.length) {
        const w = target[outs[callEdge[depth]!]!]!;
        callEdge[depth]!++;
        if (index[w] === -1) visit(w, ++depth);
        else if (onStack[w]) low[v] = Math.min(low[v]!, index[w]!);
        continue;
      }
      if (low[v] === index[v]) {
        let w: number;
        do {
          w = stack.pop()!;
          onStack[w] = 0;
          found[w] = components;
        } while (w !== v);
        components++;
      }
      depth--;
      if (depth >= 0) low[callNode[depth]!] = Math.min(low[callNode[depth]!]!, low[v]!);
    }
  }
  // Tarjan completes a component only after every component it reaches: reverse for topological order.
  return found.map((c) => components - 1 - c);
}

function orderByComponent(component: Int32Array, dataIn: Lists, dataOut: Lists, source: Int32Array, target: Int32Array) {
  const n = component.length;
  const count = component.reduce((max, c) => Math.max(max, c + 1), 0);
  const componentStart = new Int32Array(count + 1);
  for (const c of component) componentStart[c + 1]!++;
  for (let c = 0; c < count; c++) componentStart[c + 1]! += componentStart[c]!;
  const order = new Int32Array(n);
  const fill = componentStart.slice(0, count);
  for (let v = 0; v < n; v++) order[fill[component[v]!]!++] = v;
  const placed = new Uint8Array(n);
  for (let c = 0; c < count; c++) {
    const from = componentStart[c]!;
    const to = componentStart[c + 1]!;
    if (to - from > 1) breadthFirstWithin(order, from, to, component, placed, dataIn, dataOut, source, target);
  }
  return { order, componentStart };
}

/** Reorders order[from..to) (one component, in index order) breadth-first from the members data enters by. */
function breadthFirstWithin(
  order: Int32Array, from: number, to: number, component: Int32Array, placed: Uint8Array,
  dataIn: Lists, dataOut: Lists, source: Int32Array, target: Int32Array,
) {
  const members = Array.from(order.subarray(from, to));
  const c = component[members[0]!]!;
  const entries = members.filter((v) => dataIn[v]!.some((e) => component[source[e]!] !== c));
  let tail = from;
  const place = (v: number) => {
    placed[v] = 1;
    order[tail++] = v;
  };
  for (const v of entries.length > 0 ? entries : [members[0]!]) place(v);
  for (let head = from; head < tail; head++) {
    for (const e of dataOut[order[head]!]!) {
      const w = target[e]!;
      if (component[w] === c && !placed[w]) place(w);
    }
  }
}
