import { useState } from 'react';
import { commands, run } from '../commands';
import type { FlowComment } from '../model';
import { CommentForm, CommentThread } from './CommentsPanel';

/** A finding's comments under it, and "Comment…" to add one. */
export function FindingComments({ fingerprint, comments = [] }: { fingerprint: string; comments: readonly FlowComment[] | undefined }) {
  const [writing, setWriting] = useState(false);
  return (
    <>
      {comments.length ? (
        <ul className="fm-comments" aria-label="Comments on this finding">
          {comments.map((comment) => (
            <CommentThread key={comment.id} comment={comment} showTarget={false} />
          ))}
        </ul>
      ) : null}
      {writing ? (
        <CommentForm label="Comment on this finding" onSubmit={async (text) => {
          const result = await run(commands.addComment, { target: { type: 'finding', fingerprint }, text });
          if (result?.ok) setWriting(false);
        }} />
      ) : (
        <button type="button" className="fm-accept__open" onClick={() => setWriting(true)}>
          Comment…
        </button>
      )}
    </>
  );
}
