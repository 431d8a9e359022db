export const NODE_FAULTS = ['down', 'slow', 'duplicate', 'drop', 'schema'] as const;
export const EDGE_FAULTS = ['down', 'slow', 'duplicate', 'drop'] as const;
export type NodeFault = (typeof NODE_FAULTS)[number];
export type EdgeFault = (typeof EDGE_FAULTS)[number];

export type ElementRef = { type: 'node' | 'edge'; id: string };

/** What breaks: on a node (`schema` only there) or on an arrow. */
export type Fault =
  | { target: { type: 'node'; id: string }; kind: NodeFault }
  | { target: { type: 'edge'; id: string }; kind: EdgeFault };

/** Worst first: the order a canvas colours by. Silent data damage ranks above loud failures. */
export const EFFECTS = ['lost', 'malformed', 'stale', 'half-done', 'duplicated', 'failed', 'blocked', 'late'] as const;
export type Effect = (typeof EFFECTS)[number];

/** The effects that break data without anything failing visibly; the ranking counts these. */
export const SILENT_EFFECTS: ReadonlySet<Effect> = new Set<Effect>(['lost', 'stale', 'malformed']);

/** What ended the spread at an element. */
export type Stopper = 'fallback' | 'timeout+fallback' | 'idempotency' | 'dead-letter' | 'reconciliation' | 'validation';

/**
 * How someone learns of it: an alert path, a dead-letter queue, a lag alert on the queue where the
 * data waits, or the error a caller gets back.
 */
export interface Told {
  how: 'alert' | 'dead-letter' | 'lag-alert' | 'error';
  /** The node that raises it. */
  by: string;
}

/** One fact that, set on that node or arrow, stops the spread at this step: the app applies it in one click. */
export interface Mitigation {
  target: ElementRef;
  fact: string;
  value: string | number | boolean | readonly string[];
}

export interface Step {
  /** fault: the first step; effect: the fault reaches more of the map; stop: something ends it; quiet: what gets no new data. */
  kind: 'fault' | 'effect' | 'stop' | 'quiet';
  nodes: string[];
  edges: string[];
  /** The effect this step causes; for a stop, the effect it stops. Absent on a quiet step. */
  effect?: Effect;
  /** The step this one follows from (-1 for the fault): following it back gives the spread path. */
  after: number;
  /** The arrow the spread travelled by to get here, when it travelled. */
  via?: string;
  sentence: string;
  /** Absent: nobody is told. */
  told?: Told;
  stoppedBy?: Stopper;
  /** For an effect step that a change at this point would have stopped. */
  fix?: string;
  mitigation?: Mitigation;
}

export interface Affected extends ElementRef {
  worst: Effect;
  /** Worst first, each with the first step that caused it and who is told of it there. */
  effects: { effect: Effect; step: number; told?: Told }[];
}

export interface Stop extends ElementRef {
  by: Stopper;
  stopped: Effect;
  step: number;
}

export interface WhatIf {
  fault: Fault;
  /** The narrative, in order: a cause always comes before its consequences. */
  steps: Step[];
  /** Every affected node and arrow, in the order the spread reaches them. */
  affected: Affected[];
  stops: Stop[];
  /** Nodes that get no new data while the fault lasts but stay consistent (the writes were refused upstream). */
  quiet: string[];
  /** Nodes other than the faulty one whose data ends lost, stale or malformed with nobody told: what it breaks silently. */
  silent: string[];
}
