import { distinctUnknowns } from '../ask';
import type { Graph } from '../graph';
import type { Finding, Question, Severity, Unknown, Waived } from '../types';
import type { RuleInfo } from './rule';

/** A finding's words: made when first read, since most of a big map's findings are never read. */
export interface Words {
  message: string;
  fix: string;
  unknowns?: Unknown[];
}

export interface Draft {
  severity: Severity;
  /** Node indices, the one the finding is about first; repeats and missing (-1) are dropped. */
  nodes: readonly number[];
  edges: readonly number[];
  /** For rules that report once per entity: the entity, part of the fingerprint. */
  entity?: string;
  /** Nodes the words name besides `nodes` and the ends of `edges` (not part of the fingerprint): renaming one words the finding again. */
  mentions?: readonly number[];
  /** Reads labels and nodes only through `graph`: a rename words the same finding again with the renamed graph. */
  words: (graph: Graph) => Words;
}

const isRepeat = (list: readonly number[], k: number, seen: Set<number> | undefined): boolean => {
  const i = list[k]!;
  if (i < 0 || (seen ? seen.has(i) : list.indexOf(i) < k)) return true;
  seen?.add(i);
  return false;
};

/** The ids of the listed items, each once, skipping -1; sized exactly, as findings keep them. */
function ids(list: readonly number[], items: readonly string[]): string[] {
  let k = 0;
  const seen = list.length > 16 ? new Set<number>() : undefined;
  while (k < list.length && !isRepeat(list, k, seen)) k++;
  if (k === list.length) {
    const out = new Array<string>(list.length);
    for (let j = 0; j < list.length; j++) out[j] = items[list[j]!]!;
    return out;
  }
  const out: string[] = [];
  for (let j = 0; j < k; j++) out.push(items[list[j]!]!);
  for (k++; k < list.length; k++) if (!isRepeat(list, k, seen)) out.push(items[list[k]!]!);
  return out;
}

/** The first index on the list that names an item (-1 when none does): the one the finding is about. */
function firstOf(list: readonly number[]): number {
  for (const i of list) if (i >= 0) return i;
  return -1;
}

/** rule id, then the sorted node ids, the sorted edge ids and the entity, each part separated so none can run into the next. */
export function fingerprintOf(rule: string, nodes: readonly string[], edges: readonly string[], entity?: string): string {
  // One flat string built by one join: the parts as separate strings and their concatenations would all be kept.
  const parts = new Array<string>(2 * (nodes.length + edges.length) + (entity === undefined ? 3 : 5));
  let p = 0;
  parts[p++] = rule;
  parts[p++] = '|';
  p = sortedInto(parts, p, nodes);
  parts[p++] = '|';
  p = sortedInto(parts, p, edges);
  if (entity !== undefined) {
    parts[p++] = '|';
    parts[p++] = entity;
  }
  parts.length = p;
  return parts.join('');
}

/**
 * Writes the ids in code-unit order (the default sort's), comma-separated, into `parts` from `p`;
 * returns where they end. The lists are short: an insertion sort, in place in `parts`.
 */
function sortedInto(parts: string[], p: number, list: readonly string[]): number {
  const from = p;
  for (let k = 0; k < list.length; k++) {
    const id = list[k]!;
    let at = p;
    while (at > from && parts[at - 2]! > id) {
      parts[at] = parts[at - 2]!;
      at -= 2;
    }
    parts[at] = id;
    p += 2;
  }
  // Each id was written with the slot after it free: the commas go there, none after the last.
  for (let at = from + 1; at < p - 1; at += 2) parts[at] = ',';
  return list.length > 0 ? p - 1 : p;
}

interface Made {
  nodes?: string[];
  edges?: string[];
  fingerprint?: string;
  words?: Required<Words>;
}

/** Shared by every finding that lists no nodes, edges or mentions. */
const NONE: readonly number[] = Object.freeze([]);

/**
 * The list as a finding keeps it: sized exactly (rules build theirs by spreading and pushing, which
 * leaves room to grow), or the shared empty list. A big map's findings are kept for a whole review.
 */
function exactly(list: readonly number[] | undefined): readonly number[] {
  if (!list || list.length === 0) return NONE;
  const out = new Array<number>(list.length);
  for (let k = 0; k < list.length; k++) out[k] = list[k]!;
  return out;
}

/**
 * A rule's finding as the rule found it: indices into the graph and a way to word it. Its ids,
 * fingerprint, message, fix and unknowns are made the first time they are read and then kept; as
 * JSON it is the plain Finding (`plainFinding` makes that object, for postMessage).
 */
export class RuleFinding implements Finding {
  readonly rule: string;
  readonly question: Question;
  readonly severity: Severity;
  readonly waived?: Waived;
  /** Index of the node the finding is about, and of its first edge (-1 for none): for sorting without making its ids. */
  readonly firstNode: number;
  readonly firstEdge: number;
  readonly #graph: Graph;
  // The draft's fields, not the draft: the finding is kept for a whole review, the draft need not be.
  readonly #nodes: readonly number[];
  readonly #edges: readonly number[];
  readonly #mentions: readonly number[];
  readonly #entity: string | undefined;
  readonly #wordsOf: Draft['words'];
  #made: Made | undefined;

  constructor(graph: Graph, rule: Pick<RuleInfo, 'id' | 'question'>, draft: Draft, restated?: { severity: Severity; waived: Waived | undefined; made: Made }) {
    this.rule = rule.id;
    this.question = rule.question;
    this.severity = restated ? restated.severity : draft.severity;
    if (restated?.waived) this.waived = restated.waived;
    this.#graph = graph;
    // A restated finding's lists are those of the finding it restates, already kept.
    this.#nodes = restated ? draft.nodes : exactly(draft.nodes);
    this.#edges = restated ? draft.edges : exactly(draft.edges);
    this.#mentions = restated ? draft.mentions ?? NONE : exactly(draft.mentions);
    this.#entity = draft.entity;
    this.#wordsOf = draft.words;
    this.firstNode = firstOf(this.#nodes);
    this.firstEdge = firstOf(this.#edges);
    // A restated finding shares what was made of the one it restates: the same ids and words.
    this.#made = restated?.made;
  }

  get nodes(): string[] {
    return (this.#kept().nodes ??= ids(this.#nodes, this.#graph.nodeId));
  }

  get edges(): string[] {
    return (this.#kept().edges ??= ids(this.#edges, this.#graph.edgeId));
  }

  get fingerprint(): string {
    return (this.#kept().fingerprint ??= fingerprintOf(this.rule, this.nodes, this.edges, this.#entity));
  }

  get message(): string {
    return this.#words().message;
  }

  get fix(): string {
    return this.#words().fix;
  }

  get unknowns(): Unknown[] {
    return this.#words().unknowns;
  }

  /** The same finding at another severity or accepted: a new object, as findings are never changed in place. */
  restated(severity: Severity, waived: Waived | undefined): RuleFinding {
    return new RuleFinding(this.#graph, this.#info(), this.#draft(), { severity, waived, made: this.#kept() });
  }

  /** Whether its words can name one of the flagged nodes: one of its nodes, an end of one of its edges, or one it mentions. */
  names(flagged: Uint8Array): boolean {
    const [nodes, edges, mentions] = [this.#nodes, this.#edges, this.#mentions];
    const { source, target } = this.#graph;
    // -1 (a missing node or end) is never flagged; it is skipped rather than read off the typed array.
    const is = (i: number) => i >= 0 && flagged[i] === 1;
    for (let k = 0; k < nodes.length; k++) if (is(nodes[k]!)) return true;
    for (let k = 0; k < edges.length; k++) if (edges[k]! >= 0 && (is(source[edges[k]!]!) || is(target[edges[k]!]!))) return true;
    for (let k = 0; k < mentions.length; k++) if (is(mentions[k]!)) return true;
    return false;
  }

  /** The same finding worded from `graph`, a renamed copy of its own: the same ids, new words. */
  renamed(graph: Graph): RuleFinding {
    const { nodes, edges, fingerprint } = this.#kept();
    return new RuleFinding(graph, this.#info(), this.#draft(), { severity: this.severity, waived: this.waived, made: { nodes, edges, fingerprint } });
  }

  /** Most findings are never read: what is made of one is kept in an object made on the first read. */
  #kept(): Made {
    return (this.#made ??= {});
  }

  #draft(): Draft {
    return { severity: this.severity, nodes: this.#nodes, edges: this.#edges, mentions: this.#mentions, entity: this.#entity, words: this.#wordsOf };
  }

  #info(): Pick<RuleInfo, 'id' | 'question'> {
    return { id: this.rule, question: this.question };
  }

  toJSON(): Finding {
    return plainFinding(this);
  }

  #words(): Required<Words> {
    const made = this.#kept();
    if (!made.words) {
      const { message, fix, unknowns } = this.#wordsOf(this.#graph);
      made.words = { message, fix, unknowns: !unknowns ? [] : unknowns.length > 1 ? distinctUnknowns(unknowns) : unknowns };
    }
    return made.words;
  }
}

/** The finding as a plain object, its properties in the order findings have always had them. */
export function plainFinding(f: Finding): Finding {
  const plain: Finding = {
    rule: f.rule,
    fingerprint: f.fingerprint,
    question: f.question,
    severity: f.severity,
    nodes: f.nodes,
    edges: f.edges,
    message: f.message,
    fix: f.fix,
    unknowns: f.unknowns,
  };
  if (f.waived) plain.waived = f.waived;
  return plain;
}

/** A finding at another severity, or accepted by a waiver: a plain finding is copied, a rule's is restated. */
export function restate(f: Finding, change: { severity?: Severity; waived?: Waived }): Finding {
  const severity = change.severity ?? f.severity;
  const waived = change.waived ?? f.waived;
  if (f instanceof RuleFinding) return f.restated(severity, waived);
  return { ...f, severity, ...(waived ? { waived } : {}) };
}
