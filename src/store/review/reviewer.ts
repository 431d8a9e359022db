import { analyze, analyzeEdit, plainFinding, type Analysis, type Finding, type NodeAnswers } from '../../analysis';
import type { FlowDocument } from '../../model';
import { today } from '../today';
import type { ReviewRequest, ReviewResponse } from './protocol';
import { relabelled } from './relabel';

/** A finding as posted (a structured clone keeps only own properties) and its JSON, to compare. */
interface Posted {
  plain: Finding;
  json: string;
}

/** Where two lists of posted findings of one length differ. */
function changedAt(before: readonly Posted[], after: readonly Posted[]): number[] {
  const at: number[] = [];
  for (let i = 0; i < after.length; i++) if (after[i]!.json !== before[i]!.json) at.push(i);
  return at;
}

/**
 * The reviewer's side of the conversation (in the app it runs in a Web Worker): analyses each
 * document it is sent and replies with the findings and the answers asked for. Findings equal to the
 * ones the page already holds are left out, so retitling a big map costs the page nothing. An edit
 * is analysed from the analysis before it (`analyzeEdit`): nodes moved cost a comparison, a rename
 * words again only the findings that name the renamed node, and only those are serialised again and
 * sent, as a patch of the findings the page holds.
 */
export function createReviewer(): (request: ReviewRequest) => ReviewResponse {
  let current: { analysis: Analysis; of: FlowDocument } | undefined;
  // `changed`: where these findings differ from the ones of version `of`, when only some of them do.
  let last: { findings: Finding[]; posted: Posted[]; findingsOf: number; changed?: { of: number; at: number[] } } | undefined;
  // Findings are never changed in place: one kept from the analysis before is posted as it was.
  const postedAs = new WeakMap<Finding, Posted>();
  const post = (finding: Finding): Posted => {
    let posted = postedAs.get(finding);
    if (!posted) {
      const plain = plainFinding(finding);
      posted = { plain, json: JSON.stringify(plain) };
      postedAs.set(finding, posted);
    }
    return posted;
  };
  return ({ version, doc: sent, labels, answersFor, known }) => {
    const doc = sent ?? (labels && current ? relabelled(current.of, labels) : undefined);
    if (doc) {
      const options = { today: today() };
      current = { analysis: current ? analyzeEdit({ doc: current.of, analysis: current.analysis }, doc, options) : analyze(doc, options), of: doc };
    }
    if (!current) throw new Error('The reviewer has not been sent a document yet.');
    const { findings, answers: all } = current.analysis;
    if (last?.findings !== findings) {
      const posted = findings.map(post);
      const at = last?.posted.length === posted.length ? changedAt(last.posted, posted) : undefined;
      if (at?.length === 0) last = { ...last!, findings };
      else last = { findings, posted, findingsOf: version, changed: at && at.length < posted.length / 2 ? { of: last!.findingsOf, at } : undefined };
    }
    const ids = answersFor === 'all' ? Object.keys(all) : answersFor;
    const answers: Record<string, NodeAnswers> = {};
    for (const id of ids) if (id in all) answers[id] = all[id]!;
    const { posted, findingsOf, changed } = last;
    if (known === findingsOf) return { version, findingsOf, answers };
    if (changed && known === changed.of) return { version, findingsOf, answers, patch: { ...changed, findings: changed.at.map((i) => posted[i]!.plain) } };
    return { version, findings: posted.map((p) => p.plain), findingsOf, answers };
  };
}
