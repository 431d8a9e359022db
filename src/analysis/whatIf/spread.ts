import { nodeLookups, type NodeLookups } from '../answers';
import type { Context } from '../derived';
import type { Graph } from '../graph';
import { label } from '../text';
import { EFFECTS, type Affected, type Effect, type ElementRef, type Fault, type Mitigation, type Step, type Stop, type Stopper, type Told } from './types';

/** A node reached with an effect, waiting to pass it on. */
export interface Item {
  node: number;
  effect: Effect;
  step: number;
  /** Who already knows, carried down the data flow. */
  told?: Told;
}

export interface Reached {
  nodes?: readonly number[];
  edges?: readonly number[];
}

interface StepExtras {
  via?: number;
  told?: Told;
  fix?: string;
  mitigation?: Mitigation;
}

const bit = (effect: Effect) => 1 << EFFECTS.indexOf(effect);
const key = (type: 'node' | 'edge', i: number) => (type === 'node' ? i : -1 - i);

/**
 * The state of one simulation: what has been reached with which effect, the narrative so far and
 * the items still to pass on. Everything is keyed by the elements reached, so a run costs what
 * it touches, not the size of the map.
 */
export class Spread {
  readonly graph: Graph;
  readonly lookups: NodeLookups;
  readonly faultNode: number;
  readonly faultEdge: number;
  readonly steps: Step[] = [];
  readonly stops: Stop[] = [];
  readonly quiet: number[] = [];
  private readonly quietSet = new Set<number>();
  /** Keyed by element: a node by its index, an arrow by -1 - its index. */
  private readonly marks = new Map<number, Affected>();
  private readonly stopped = new Set<number>();
  private readonly passed = new Map<number, number>();
  private readonly items: Item[] = [];

  constructor(readonly ctx: Context, readonly fault: Fault, at: number) {
    this.graph = ctx.graph;
    this.lookups = nodeLookups(ctx);
    this.faultNode = fault.target.type === 'node' ? at : -1;
    this.faultEdge = fault.target.type === 'edge' ? at : -1;
  }

  /** A down node or arrow receives nothing: the spread never enters it. */
  unreachable(node: number, edge = -1): boolean {
    return this.fault.kind === 'down' && (node === this.faultNode || (edge !== -1 && edge === this.faultEdge));
  }

  name = (node: number): string => label(this.graph, node);

  has(type: 'node' | 'edge', i: number, effect: Effect): boolean {
    const entry = this.marks.get(key(type, i));
    return entry !== undefined && entry.effects.some((x) => x.effect === effect);
  }

  /** Reached at all: affected, stopped or quiet. */
  touched(node: number): boolean {
    return this.marks.has(node) || this.stopped.has(node) || this.quietSet.has(node);
  }

  /** Records a step unless every element it names already has the effect; returns its index. */
  effect(effect: Effect, at: Reached, after: number, sentence: string, extras: StepExtras = {}, kind: Step['kind'] = 'effect'): number | undefined {
    const nodes = (at.nodes ?? []).filter((n) => !this.has('node', n, effect));
    const edges = (at.edges ?? []).filter((e) => !this.has('edge', e, effect));
    if (nodes.length + edges.length === 0) return undefined;
    const step = this.push({ kind, effect, after, sentence }, nodes, edges, extras);
    const mark = (type: 'node' | 'edge', id: string, i: number) => {
      const k = key(type, i);
      const entry = this.marks.get(k) ?? this.marks.set(k, { type, id, worst: effect, effects: [] }).get(k)!;
      entry.effects.push(extras.told ? { effect, step, told: extras.told } : { effect, step });
    };
    for (const n of nodes) mark('node', this.graph.nodeId[n]!, n);
    for (const e of edges) mark('edge', this.graph.edgeId[e]!, e);
    return step;
  }

  stop(by: Stopper, stopped: Effect, at: ElementRef & { index: number }, after: number, sentence: string, extras: StepExtras = {}): number {
    const step = this.push({ kind: 'stop', effect: stopped, after, sentence, stoppedBy: by }, at.type === 'node' ? [at.index] : [], at.type === 'edge' ? [at.index] : [], extras);
    this.stops.push({ type: at.type, id: at.id, by, stopped, step });
    this.stopped.add(key(at.type, at.index));
    return step;
  }

  node = (i: number): ElementRef & { index: number } => ({ type: 'node', id: this.graph.nodeId[i]!, index: i });
  edge = (i: number): ElementRef & { index: number } => ({ type: 'edge', id: this.graph.edgeId[i]!, index: i });

  /** Queues an item, once per node and effect. */
  pass(item: Item): void {
    const seen = this.passed.get(item.node) ?? 0;
    if (seen & bit(item.effect)) return;
    this.passed.set(item.node, seen | bit(item.effect));
    this.items.push(item);
  }

  /** Breadth first, so the narrative tells causes before consequences and nearer before further. */
  run(handle: (spread: Spread, item: Item) => void): void {
    for (let head = 0; head < this.items.length; head++) handle(this, this.items[head]!);
  }

  affected(): Affected[] {
    return [...this.marks.values()].map((entry) => {
      const effects = [...entry.effects].sort((a, b) => EFFECTS.indexOf(a.effect) - EFFECTS.indexOf(b.effect));
      return { ...entry, worst: effects[0]!.effect, effects };
    });
  }

  private push(base: Pick<Step, 'kind' | 'effect' | 'after' | 'sentence' | 'stoppedBy'>, nodes: number[], edges: number[], extras: StepExtras): number {
    const step: Step = { kind: base.kind, nodes: nodes.map((n) => this.graph.nodeId[n]!), edges: edges.map((e) => this.graph.edgeId[e]!), after: base.after, sentence: base.sentence };
    if (base.effect !== undefined) step.effect = base.effect;
    if (base.stoppedBy !== undefined) step.stoppedBy = base.stoppedBy;
    if (extras.via !== undefined && extras.via >= 0) step.via = this.graph.edgeId[extras.via]!;
    if (extras.told) step.told = extras.told;
    if (extras.fix) step.fix = extras.fix;
    if (extras.mitigation) step.mitigation = extras.mitigation;
    this.steps.push(step);
    return this.steps.length - 1;
  }

  /** Nodes that get no new data but stay consistent: one step that marks nothing. */
  hush(nodes: readonly number[], after: number, sentence: string): void {
    for (const n of nodes) {
      this.quiet.push(n);
      this.quietSet.add(n);
    }
    this.push({ kind: 'quiet', after, sentence }, [...nodes], [], {});
  }
}
