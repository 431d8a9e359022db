import { create } from 'zustand';
import type { Analysis } from '../../analysis';
import type { ReviewResponse } from './protocol';

export interface ReviewState {
  /** The latest review: of the document as it was at `version`, shown until a newer one arrives. */
  analysis: Analysis;
  /** 0 until the first review arrives. */
  version: number;
  /** The version whose findings `analysis.findings` are (unchanged findings keep their array). */
  findingsOf: number;
  /** Takes a review in, unless a newer one is already shown. Returns whether it was taken. */
  receive: (response: ReviewResponse) => boolean;
}

const NONE: Analysis = { findings: [], answers: {} };

export function createReviewStore() {
  return create<ReviewState>((set, get) => ({
    analysis: NONE,
    version: 0,
    findingsOf: 0,
    receive: (response) => {
      const state = get();
      if (response.version <= state.version) return false;
      // Left out by the reviewer only when they are the ones held here.
      if (!response.findings && response.findingsOf !== state.findingsOf) return false;
      const findings = response.findings ?? state.analysis.findings;
      set({ analysis: { findings, answers: response.answers }, version: response.version, findingsOf: response.findingsOf });
      return true;
    },
  }));
}

export type ReviewStore = ReturnType<typeof createReviewStore>;
