import { distinctUnknowns } from '../ask';
import type { Context } from '../derived';
import type { Finding, Question, Severity, Unknown, Waived } from '../types';
import { aboutAt, edgesAt, mentionsAt, nodesAt, type IndexLists } from './indexLists';
import type { Rule } from './rule';

/** A finding's words: made when first read, since most of a big map's findings are never read. */
export interface Words {
  message: string;
  fix: string;
  unknowns?: Unknown[];
}

/** A finding's lists as its rule drafted them (repeats and -1 included), and what else it is `about` (-1: nothing). */
export interface Listed {
  nodes: readonly number[];
  edges: readonly number[];
  mentions: readonly number[];
  about: number;
}

/**
 * Words a finding. Reads labels and nodes only through `ctx.graph`: a rename words the same finding
 * again with the renamed context.
 */
export type Wording = (ctx: Context, listed: Listed) => Words;

export interface Draft {
  severity: Severity;
  /** Node indices, the one the finding is about first; repeats and missing (-1) are dropped. */
  nodes: readonly number[];
  edges: readonly number[];
  /** For rules that report once per entity: the entity, part of the fingerprint. */
  entity?: string;
  /** Nodes the words name besides `nodes` and the ends of `edges` (not part of the fingerprint): renaming one words the finding again. */
  mentions?: readonly number[];
  /** What else its words need, as an index into the context (a contract, a dual write, a cause): kept with its lists. */
  about?: number;
}

const isRepeat = (b: Int32Array, from: number, k: number, seen: Set<number> | undefined): boolean => {
  const i = b[k]!;
  if (i < 0) return true;
  if (seen) {
    if (seen.has(i)) return true;
    seen.add(i);
    return false;
  }
  for (let j = from; j < k; j++) if (b[j] === i) return true;
  return false;
};

/** The ids of the items listed in b[from, to), each once, skipping -1; sized exactly, as findings keep them. */
function ids(b: Int32Array, [from, to]: [number, number], items: readonly string[]): string[] {
  let k = from;
  const seen = to - from > 16 ? new Set<number>() : undefined;
  while (k < to && !isRepeat(b, from, k, seen)) k++;
  if (k === to) {
    const out = new Array<string>(to - from);
    for (let j = from; j < to; j++) out[j - from] = items[b[j]!]!;
    return out;
  }
  const out: string[] = [];
  for (let j = from; j < k; j++) out.push(items[b[j]!]!);
  for (k++; k < to; k++) if (!isRepeat(b, from, k, seen)) out.push(items[b[k]!]!);
  return out;
}

/** The first index in b[from, to) that names an item (-1 when none does): the one the finding is about. */
function firstOf(b: Int32Array, from: number, to: number): number {
  for (let k = from; k < to; k++) if (b[k]! >= 0) return b[k]!;
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

/** What a finding needs of its rule: its id and question, and its words. */
export type FindingRule = Pick<Rule, 'id' | 'question' | 'words'>;

interface Made {
  nodes?: string[];
  edges?: string[];
  fingerprint?: string;
  words?: Required<Words>;
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
  declare readonly waived?: Waived;
  readonly #ctx: Context;
  /** Its rule, which words it. */
  readonly #by: FindingRule;
  // The draft's lists and entity, not the draft: the finding is kept for a whole review, the draft need not be.
  readonly #lists: IndexLists;
  readonly #at: number;
  readonly #entity: string | undefined;
  #made: Made | undefined;

  /** A rule's finding: its lists are added to `lists`, those of the analysis. */
  static of(ctx: Context, rule: FindingRule, draft: Draft, lists: IndexLists): RuleFinding {
    const at = lists.add(draft.nodes, draft.edges, draft.mentions, draft.about ?? -1);
    return new RuleFinding(ctx, rule, draft.severity, undefined, { lists, at, entity: draft.entity }, undefined);
  }

  private constructor(
    ctx: Context, rule: FindingRule, severity: Severity, waived: Waived | undefined,
    found: { lists: IndexLists; at: number; entity: string | undefined }, made: Made | undefined,
  ) {
    this.rule = rule.id;
    this.question = rule.question;
    this.severity = severity;
    if (waived) (this as { waived?: Waived }).waived = waived;
    this.#ctx = ctx;
    this.#by = rule;
    this.#lists = found.lists;
    this.#at = found.at;
    this.#entity = found.entity;
    // A restated finding shares what was made of the one it restates: the same ids and words.
    this.#made = made;
  }

  get nodes(): string[] {
    return (this.#kept().nodes ??= ids(this.#lists.buffer, nodesAt(this.#lists.buffer, this.#at), this.#ctx.graph.nodeId));
  }

  get edges(): string[] {
    return (this.#kept().edges ??= ids(this.#lists.buffer, edgesAt(this.#lists.buffer, this.#at), this.#ctx.graph.edgeId));
  }

  /** Index of the node the finding is about, and of its first edge (-1 for none): for sorting without making its ids. */
  get firstNode(): number {
    const [from, to] = nodesAt(this.#lists.buffer, this.#at);
    return firstOf(this.#lists.buffer, from, to);
  }

  get firstEdge(): number {
    const [from, to] = edgesAt(this.#lists.buffer, this.#at);
    return firstOf(this.#lists.buffer, from, to);
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
    return new RuleFinding(this.#ctx, this.#by, severity, waived, this.#found(), this.#kept());
  }

  /** Whether its words can name one of the flagged nodes: one of its nodes, an end of one of its edges, or one it mentions. */
  names(flagged: Uint8Array): boolean {
    const b = this.#lists.buffer;
    const { source, target } = this.#ctx.graph;
    // -1 (a missing node or end) is never flagged; it is skipped rather than read off the typed array.
    const is = (i: number) => i >= 0 && flagged[i] === 1;
    const [nodes, edges, mentions] = [nodesAt(b, this.#at), edgesAt(b, this.#at), mentionsAt(b, this.#at)];
    for (let k = nodes[0]; k < nodes[1]; k++) if (is(b[k]!)) return true;
    for (let k = edges[0]; k < edges[1]; k++) if (b[k]! >= 0 && (is(source[b[k]!]!) || is(target[b[k]!]!))) return true;
    for (let k = mentions[0]; k < mentions[1]; k++) if (is(b[k]!)) return true;
    return false;
  }

  /** The same finding worded from `ctx`, a renamed copy of its own: the same ids, new words. */
  renamed(ctx: Context): RuleFinding {
    const { nodes, edges, fingerprint } = this.#kept();
    return new RuleFinding(ctx, this.#by, this.severity, this.waived, this.#found(), { nodes, edges, fingerprint });
  }

  /** Most findings are never read: what is made of one is kept in an object made on the first read. */
  #kept(): Made {
    return (this.#made ??= {});
  }

  #found() {
    return { lists: this.#lists, at: this.#at, entity: this.#entity };
  }

  toJSON(): Finding {
    return plainFinding(this);
  }

  #words(): Required<Words> {
    const made = this.#kept();
    if (!made.words) {
      const b = this.#lists.buffer;
      const slice = ([from, to]: [number, number]) => Array.from(b.subarray(from, to));
      const listed = { nodes: slice(nodesAt(b, this.#at)), edges: slice(edgesAt(b, this.#at)), mentions: slice(mentionsAt(b, this.#at)), about: aboutAt(b, this.#at) };
      const { message, fix, unknowns } = this.#by.words(this.#ctx, listed);
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
