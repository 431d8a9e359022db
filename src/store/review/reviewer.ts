import { analyze, type Analysis, type NodeAnswers } from '../../analysis';
import { today } from '../today';
import type { ReviewRequest, ReviewResponse } from './protocol';

/**
 * The reviewer's side of the conversation (in the app it runs in a Web Worker): analyses each
 * document it is sent and replies with the findings and the answers asked for. Findings equal to the
 * ones the page already holds are left out, so retitling a big map costs the page nothing.
 */
export function createReviewer(): (request: ReviewRequest) => ReviewResponse {
  let current: Analysis | undefined;
  let last: { text: string; findingsOf: number } | undefined;
  return ({ version, doc, answersFor, known }) => {
    if (doc) current = analyze(doc, { today: today() });
    if (!current) throw new Error('The reviewer has not been sent a document yet.');
    const { findings, answers: all } = current;
    const text = JSON.stringify(findings);
    if (last?.text !== text) last = { text, findingsOf: version };
    const ids = answersFor === 'all' ? Object.keys(all) : answersFor;
    const answers: Record<string, NodeAnswers> = {};
    for (const id of ids) if (id in all) answers[id] = all[id]!;
    return { version, findings: known === last.findingsOf ? undefined : findings, findingsOf: last.findingsOf, answers };
  };
}
