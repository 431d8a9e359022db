import type { FlowDocument } from '../model';
import { nodeAnswers } from './answers';
import { deriveContext, renamedContext, type Context } from './derived';
import { buildGraph } from './graph';
import { RULE_CHECKS, RULES } from './rules';
import { RuleFinding, restate } from './rules/ruleFinding';
import { compareSeverity } from './severity';
import type { Analysis, AnalyzeOptions, Finding, NodeAnswers } from './types';
import { renamedNodes } from './sameInput';
import { applyWaivers } from './waivers';

const RULE_ORDER = new Map(RULES.map((rule, i) => [rule.id, i]));

/** Room for every node and edge index the format allows (LIMITS: 20,000 nodes, 60,000 edges). */
const NODE_SLOTS = 2 ** 15;
const EDGE_SLOTS = 2 ** 16;

/**
 * Findings by severity, then rule (in documented order), then the document position of their
 * first node, then of their first edge; the rules' own order breaks the remaining ties (the sort is
 * stable). Each finding gets one numeric key, so the sort compares numbers only.
 */
function sortFindings(findings: Finding[]): Finding[] {
  const keys = new Float64Array(findings.length);
  for (let i = 0; i < findings.length; i++) {
    const finding = findings[i]!;
    const rank = compareSeverity(finding.severity, 'error') * RULES.length + RULE_ORDER.get(finding.rule)!;
    // A rule's finding knows its indices; the engine's own (stale waivers) name no node or edge.
    const node = finding instanceof RuleFinding ? finding.firstNode : -1;
    const edge = finding instanceof RuleFinding ? finding.firstEdge : -1;
    keys[i] = (rank * NODE_SLOTS + (node < 0 ? NODE_SLOTS - 1 : node)) * EDGE_SLOTS + (edge < 0 ? EDGE_SLOTS - 1 : edge);
  }
  const order = findings.map((_, i) => i);
  order.sort((a, b) => keys[a]! - keys[b]!);
  return order.map((i) => findings[i]!);
}

/**
 * Every node's answers, each computed the first time it is read: the panel reads one node at a
 * time, and a large map should not pay for strings nobody looks at. The properties are ordinary
 * enumerable ones, so JSON.stringify, spreading and structuredClone see plain data.
 */
function answersByNode(ctx: Context, computed: (NodeAnswers | undefined)[]): Record<string, NodeAnswers> {
  const answers: Record<string, NodeAnswers> = {};
  // defineProperty copies the descriptor, so one serves every node.
  const descriptor: PropertyDescriptor = { enumerable: true };
  ctx.graph.nodeId.forEach((id, i) => {
    descriptor.get = () => (computed[i] ??= nodeAnswers(ctx, i));
    Object.defineProperty(answers, id, descriptor);
  });
  return answers;
}

/** Each finding at the severity its rule is set to; the findings of rules set off are dropped. */
function applySettings(findings: Finding[], settings: AnalyzeOptions['rules']): Finding[] {
  if (!settings) return findings;
  return findings.flatMap((finding) => {
    const setting = settings[finding.rule];
    if (setting === undefined) return [finding];
    return setting === 'off' ? [] : [restate(finding, { severity: setting })];
  });
}

/** What each analysis was made from and with (so that an edit of its document can be analysed from it), and the answers computed so far. */
const madeFrom = new WeakMap<Analysis, { ctx: Context; options: AnalyzeOptions; computed: (NodeAnswers | undefined)[] }>();

function analysisOf(ctx: Context, findings: Finding[], options: AnalyzeOptions): Analysis {
  let answers: Record<string, NodeAnswers> | undefined;
  const computed = new Array<NodeAnswers | undefined>(ctx.graph.nodeId.length);
  const analysis: Analysis = {
    // Built when first read: the CLI and the findings alone never need one accessor per node.
    get answers() {
      return (answers ??= answersByNode(ctx, computed));
    },
    findings,
  };
  madeFrom.set(analysis, { ctx, options, computed });
  return analysis;
}

/** The answers of these nodes (ids not on the map are left out), without the object of every node's: the panel asks for one or two. */
export function answersOf(analysis: Analysis, ids: readonly string[]): Record<string, NodeAnswers> {
  const made = madeFrom.get(analysis);
  const answers: Record<string, NodeAnswers> = {};
  for (const id of ids) {
    const i = made ? made.ctx.graph.indexOf.get(id) : undefined;
    if (made && i !== undefined) answers[id] = made.computed[i] ??= nodeAnswers(made.ctx, i);
    else if (!made && id in analysis.answers) answers[id] = analysis.answers[id]!;
  }
  return answers;
}

/**
 * The design review of one document: the findings (with the document's waivers applied and the
 * rules' severities as set), and the four answers for every node (an enumerable property, so it
 * reads, spreads and serialises as plain data). Pure and deterministic: "today"
 * comes in as an option.
 */
export function analyze(doc: FlowDocument, options: AnalyzeOptions = {}): Analysis {
  const ctx = deriveContext(buildGraph(doc));
  // Pushed rather than flatMap-ed: flatMap reads each of ~14,000 findings as a generic property.
  const found: Finding[] = [];
  for (const rule of RULE_CHECKS) for (const finding of rule.check(ctx)) found.push(finding);
  const findings = applyWaivers(found, doc.waivers ?? [], options.today);
  return analysisOf(ctx, sortFindings(applySettings(findings, options.rules)), options);
}

const sameOptions = (a: AnalyzeOptions, b: AnalyzeOptions) => a.today === b.today && (a.rules === b.rules || JSON.stringify(a.rules) === JSON.stringify(b.rules));

/**
 * The analysis of `doc`, edited from `before.doc`, equal to `analyze(doc, options)`: the analysis
 * before when the edit changed nothing the analysis reads; when it only renamed nodes, the same
 * findings, those that name a renamed node worded anew (the others keep their words); else a new one.
 */
export function analyzeEdit(before: { doc: FlowDocument; analysis: Analysis }, doc: FlowDocument, options: AnalyzeOptions = {}): Analysis {
  const made = madeFrom.get(before.analysis);
  const renamed = made && sameOptions(made.options, options) ? renamedNodes(before.doc, doc) : undefined;
  if (!made || !renamed) return analyze(doc, options);
  if (renamed.length === 0) return before.analysis;
  const flagged = new Uint8Array(doc.nodes.length);
  for (const i of renamed) flagged[i] = 1;
  const ctx = renamedContext(made.ctx, doc.nodes);
  const findings = before.analysis.findings.map((f) => (f instanceof RuleFinding && f.names(flagged) ? f.renamed(ctx) : f));
  return analysisOf(ctx, findings, options);
}
