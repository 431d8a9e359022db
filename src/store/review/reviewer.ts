import { analyze, analyzeEdit, answersOf, plainFinding, type Analysis, type Finding } from '../../analysis';
import type { FlowDocument } from '../../model';
import { today } from '../today';
import type { ReviewRequest, ReviewResponse } from './protocol';
import { relabelled } from './relabel';

/** Findings as posted: plain objects (a structured clone keeps only own properties), and their JSON to compare, made when needed. */
interface Posted {
  findings: Finding[];
  plain: Finding[];
  json?: string;
  /** The version these findings were first computed for. */
  findingsOf: number;
  /** Where they differ from the findings of version `of`, when only a few do (a rename): sent as a patch. */
  changed?: { of: number; at: number[] };
}

const jsonOf = (posted: Posted): string => (posted.json ??= JSON.stringify(posted.plain));

/**
 * The findings of an edit analysed from the analysis before it, as posted: the unchanged ones are the same objects in
 * the same places (a rename words again only those that name the node), so only the others are made plain and compared.
 * Undefined when the findings are new.
 */
function postedEdit(before: Posted, findings: Finding[], version: number): Posted | undefined {
  if (before.findings.length !== findings.length) return undefined;
  const kept = findings.filter((f, i) => f === before.findings[i]).length;
  if (kept < findings.length / 2) return undefined;
  const plain = [...before.plain];
  const at: number[] = [];
  findings.forEach((finding, i) => {
    if (finding === before.findings[i]) return;
    plain[i] = plainFinding(finding);
    if (JSON.stringify(plain[i]) !== JSON.stringify(before.plain[i])) at.push(i);
  });
  return at.length === 0 ? { ...before, findings } : { findings, plain, findingsOf: version, changed: { of: before.findingsOf, at } };
}

function postedAnew(before: Posted | undefined, findings: Finding[], version: number): Posted {
  const posted: Posted = { findings, plain: findings.map(plainFinding), findingsOf: version };
  return before && jsonOf(before) === jsonOf(posted) ? { ...before, findings } : posted;
}

/**
 * The reviewer's side of the conversation (in the app it runs in a Web Worker): analyses each
 * document it is sent and replies with the findings and the answers asked for. Findings equal to the
 * ones the page already holds are left out, so retitling a big map costs the page nothing. An edit
 * is analysed from the analysis before it (`analyzeEdit`): nodes moved cost a comparison, a rename
 * words again only the findings that name the renamed node, and only those are made plain, compared
 * and sent, as a patch of the findings the page holds.
 */
export function createReviewer(): (request: ReviewRequest) => ReviewResponse {
  let current: { analysis: Analysis; of: FlowDocument } | undefined;
  let last: Posted | undefined;
  return ({ version, doc: sent, labels, answersFor, known }) => {
    const doc = sent ?? (labels && current ? relabelled(current.of, labels) : undefined);
    if (doc) {
      const options = { today: today() };
      current = { analysis: current ? analyzeEdit({ doc: current.of, analysis: current.analysis }, doc, options) : analyze(doc, options), of: doc };
    }
    if (!current) throw new Error('The reviewer has not been sent a document yet.');
    const { findings } = current.analysis;
    if (last?.findings !== findings) last = (last && postedEdit(last, findings, version)) ?? postedAnew(last, findings, version);
    const answers = answersOf(current.analysis, answersFor === 'all' ? current.of.nodes.map((n) => n.id) : answersFor);
    const { plain, findingsOf, changed } = last;
    if (known === findingsOf) return { version, findingsOf, answers };
    if (changed && known === changed.of) return { version, findingsOf, answers, patch: { ...changed, findings: changed.at.map((i) => plain[i]!) } };
    return { version, findings: plain, findingsOf, answers };
  };
}
