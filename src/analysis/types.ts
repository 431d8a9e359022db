import type { FlowDocument } from '../model';

export type Question = 'origin' | 'transform' | 'ownership' | 'failure';
export type Severity = 'error' | 'warning' | 'info';

export interface Finding {
  /** Stable rule id, e.g. "single-writer"; documented in docs/rules.md. */
  rule: string;
  /**
   * Stable identity of this finding across edits: the rule id, the sorted ids of the nodes and edges it
   * is about and, for rules that report per entity, the entity. Moving nodes, renaming labels or adding
   * unrelated elements leaves it unchanged. Waivers, comments, diffs and CI baselines key on it.
   */
  fingerprint: string;
  question: Question;
  severity: Severity;
  nodes: string[];
  edges: string[];
  message: string;
  fix: string;
  /** The unknown facts this finding rests on; answering them can clear it. */
  unknowns: Unknown[];
  /** Set when the team accepted this finding (a waiver in force names its fingerprint). */
  waived?: Waived;
}

/** Why and by whom a finding was accepted: the waiver's words. */
export interface Waived {
  reason: string;
  author?: string;
  createdAt: string;
  /** The last day (YYYY-MM-DD) the acceptance holds. */
  expires?: string;
}

/** A rule's severity as a project sets it, or off. */
export type RuleSetting = Severity | 'off';

export interface AnalyzeOptions {
  /** Today's date (YYYY-MM-DD) for judging waivers' expiry; the caller passes it so analyze stays deterministic. Without it no waiver expires. */
  today?: string;
  /** Per rule id: the severity every finding of the rule gets, or off to drop them. */
  rules?: Readonly<Record<string, RuleSetting>>;
}

/** A fact the analysis needed but the document leaves unknown; answering it sets the fact. */
export interface Unknown {
  /** The human question, e.g. "Is Consumer B idempotent?" */
  question: string;
  target: { type: 'node' | 'edge'; id: string };
  fact: string;
  /** The values a person can pick; booleans offer true/false. */
  choices: readonly (string | number | boolean)[];
}

export interface OriginAnswer {
  summary: string;
  /** Node ids where the data reaching this node is born: the first few in document order. */
  sources: string[];
  /** True when more origins reach this node than `sources` lists. */
  moreSources: boolean;
  /** What each origin kind implies, e.g. "user input is messy: validate before storing". */
  implications: string[];
  unknowns: Unknown[];
}

export interface TransformAnswer {
  summary: string;
  /** Node ids upstream (or this node) that transform the data, on any path: the first few in document order. */
  by: string[];
  /** True when more transforming nodes lie upstream than `by` lists. */
  moreBy?: boolean;
  /**
   * Up to three chains from an origin to here, the ones with the most transforming hops: the origin,
   * then each node on the way that transforms the data, then this node. `elided` counts transforming
   * nodes left out of a very long chain (the ones nearest the origin).
   */
  chains: { path: string[]; transformingHops: number; elided?: number }[];
  unknowns: Unknown[];
}

export interface OwnershipAnswer {
  summary: string;
  owner?: string;
  /** For stores and caches: who writes each entity, and where its source of truth is. */
  entities: { entity: string; writers: string[]; sourceOfTruth: string[] }[];
  unknowns: Unknown[];
}

export type FailureMode = 'late' | 'duplicated' | 'partial' | 'silent' | 'stale' | 'malformed' | 'conflicting';

export interface FailureAnswer {
  summary: string;
  modes: { mode: FailureMode; because: string; mitigated: boolean; mitigation?: string; nodes: string[]; edges: string[] }[];
  unknowns: Unknown[];
}

export interface NodeAnswers {
  origin: OriginAnswer;
  transform: TransformAnswer;
  ownership: OwnershipAnswer;
  failure: FailureAnswer;
}

export interface Analysis {
  answers: Record<string, NodeAnswers>;
  findings: Finding[];
}

export type Analyze = (doc: FlowDocument, options?: AnalyzeOptions) => Analysis;
