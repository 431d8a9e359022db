import { create } from 'zustand';
import type { Analysis, Finding } from '../../analysis';
import type { FindingsPatch, ReviewResponse } from './protocol';

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

/** The findings with the patch's put in their places: the others keep their objects. */
function patched(findings: readonly Finding[], { at, findings: replacements }: FindingsPatch): Finding[] {
  const next = [...findings];
  at.forEach((i, k) => (next[i] = replacements[k]!));
  return next;
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
      // Left out or patched by the reviewer only when it knew which ones are held here.
      const { patch } = response;
      if (!response.findings && response.findingsOf !== state.findingsOf && patch?.of !== state.findingsOf) return false;
      const findings = response.findings ?? (patch ? patched(state.analysis.findings, patch) : state.analysis.findings);
      set({ analysis: { findings, answers: response.answers }, version: response.version, findingsOf: response.findingsOf });
      return true;
    },
  }));
}

export type ReviewStore = ReturnType<typeof createReviewStore>;
