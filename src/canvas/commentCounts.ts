import type { FlowComment } from '../model';

/** Open comment threads per node, arrow or boundary id: the pins the canvas draws. Resolved threads leave no pin. */
export function openCommentCounts(comments: readonly FlowComment[] | undefined): ReadonlyMap<string, number> {
  const counts = new Map<string, number>();
  for (const comment of comments ?? []) {
    const { target } = comment;
    if (comment.resolved || !('id' in target)) continue;
    counts.set(target.id, (counts.get(target.id) ?? 0) + 1);
  }
  return counts;
}

export const commentsNoun = (count: number): string => `${count} open comment${count === 1 ? '' : 's'}`;
