import { describe, expect, it } from 'vitest';
import { commentsNoun, openCommentCounts } from './commentCounts';

const at = '2026-11-25T10:00:00.000Z';

describe('openCommentCounts', () => {
  it('counts open threads per element; resolved ones, the diagram’s and findings’ leave no pin', () => {
    const counts = openCommentCounts([
      { id: 'c1', target: { type: 'node', id: 'api' }, text: 'Why?', createdAt: at },
      { id: 'c2', target: { type: 'node', id: 'api' }, text: 'And?', createdAt: at, replies: [{ text: 'Because', createdAt: at }] },
      { id: 'c3', target: { type: 'edge', id: 'e1' }, text: 'Sync?', createdAt: at },
      { id: 'c4', target: { type: 'node', id: 'db' }, text: 'Done', createdAt: at, resolved: true },
      { id: 'c5', target: { type: 'diagram' }, text: 'Overall', createdAt: at },
      { id: 'c6', target: { type: 'finding', fingerprint: 'f' }, text: 'Accept?', createdAt: at },
    ]);
    expect([...counts]).toEqual([['api', 2], ['e1', 1]]);
    expect(openCommentCounts(undefined).size).toBe(0);
    expect([commentsNoun(1), commentsNoun(2)]).toEqual(['1 open comment', '2 open comments']);
  });
});
