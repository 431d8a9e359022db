import { analyze, plainFinding, sameToTheAnalysis, type Analysis, type Finding, type NodeAnswers } from '../../analysis';
import type { FlowDocument } from '../../model';
import { today } from '../today';
import type { ReviewRequest, ReviewResponse } from './protocol';

/**
 * The reviewer's side of the conversation (in the app it runs in a Web Worker): analyses each
 * document it is sent and replies with the findings and the answers asked for. Findings equal to the
 * ones the page already holds are left out, so retitling a big map costs the page nothing; a
 * document the analysis would read the same (nodes moved, the title) is not analysed again.
 */
export function createReviewer(): (request: ReviewRequest) => ReviewResponse {
  let current: { analysis: Analysis; of: FlowDocument; today: string } | undefined;
  // The findings as posted: plain objects (a structured clone keeps only own properties), and their JSON to compare.
  let last: { findings: Finding[]; plain: Finding[]; text: string; findingsOf: number } | undefined;
  return ({ version, doc, answersFor, known }) => {
    if (doc) {
      const day = today();
      // A document that differs only in what the analysis never reads (nodes moved, the title) keeps its analysis.
      const same = current !== undefined && current.today === day && sameToTheAnalysis(current.of, doc);
      current = { analysis: same ? current!.analysis : analyze(doc, { today: day }), of: doc, today: day };
    }
    if (!current) throw new Error('The reviewer has not been sent a document yet.');
    const { findings, answers: all } = current.analysis;
    if (last?.findings !== findings) {
      const plain = findings.map(plainFinding);
      const text = JSON.stringify(plain);
      last = last?.text === text ? { ...last, findings } : { findings, plain, text, findingsOf: version };
    }
    const ids = answersFor === 'all' ? Object.keys(all) : answersFor;
    const answers: Record<string, NodeAnswers> = {};
    for (const id of ids) if (id in all) answers[id] = all[id]!;
    return { version, findings: known === last.findingsOf ? undefined : last.plain, findingsOf: last.findingsOf, answers };
  };
}
