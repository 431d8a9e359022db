import type { Finding, NodeAnswers } from '../../analysis';
import type { FlowDocument } from '../../model';
import type { Relabel } from './relabel';

/** Which nodes' answers a review carries: the selected ones, or all of them (a lens colours every node). */
export type AnswersFor = readonly string[] | 'all';

export interface ReviewRequest {
  /** Grows with every request; the response carries its request's version. */
  version: number;
  /** Absent when only the answers asked for changed: the reviewer uses the document it was last sent. */
  doc?: FlowDocument;
  /** Instead of `doc` when the document only renamed nodes since the one last sent: a big map is not copied per keystroke. */
  labels?: Relabel;
  answersFor: AnswersFor;
  /** The version whose findings the page holds: the reviewer leaves the findings out when they are still those. */
  known?: number;
}

export interface FindingsPatch {
  of: number;
  at: number[];
  findings: Finding[];
}

export interface ReviewResponse {
  version: number;
  /** Absent when they equal the findings of `findingsOf`, the version the page said it holds, or `patch` makes them from those. */
  findings?: Finding[];
  /** The findings as the ones of version `of` (which the page said it holds) with the ones at `at` replaced: a rename changes a few. */
  patch?: FindingsPatch;
  /** The version these findings were first computed for. */
  findingsOf: number;
  answers: Record<string, NodeAnswers>;
}

/** Both ends of the conversation with the reviewer, wherever it runs. */
export interface ReviewTransport {
  post: (request: ReviewRequest) => void;
  onResponse: (receive: (response: ReviewResponse) => void) => void;
}
