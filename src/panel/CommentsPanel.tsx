import { useState, type FormEvent } from 'react';
import { commentSubject, type Analysis } from '../analysis';
import { commands, run } from '../commands';
import type { CommentTarget, FlowComment, FlowDocument } from '../model';
import { useAnalysis, useDocumentStore, useSessionStore } from '../store';

/** One text box and a button: a new comment, or a reply. */
export function CommentForm({ label, onSubmit }: { label: string; onSubmit: (text: string) => Promise<unknown> }) {
  const author = useSessionStore((state) => state.author);
  const [name, setName] = useState('');
  const [text, setText] = useState('');
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!author && name.trim()) await run(commands.setAuthor, name);
    await onSubmit(text);
    setText('');
  };
  return (
    <form className="fm-comment-form" aria-label={label} onSubmit={(event) => void submit(event)}>
      {author ? null : <input aria-label="Your name" placeholder="Your name" value={name} onChange={(event) => setName(event.target.value)} autoComplete="name" />}
      <textarea aria-label={label} value={text} onChange={(event) => setText(event.target.value)} rows={2} />
      <button type="submit" disabled={!text.trim()}>
        {label}
      </button>
    </form>
  );
}

/** What a comment is on, in words, and what to select for it; a finding that no longer appears says so. */
function describeTarget(target: CommentTarget, doc: FlowDocument, analysis: Analysis): { name: string; nodes: string[]; edges: string[] } {
  const { name, nodes, edges } = commentSubject(target, doc, analysis.findings);
  if (target.type === 'diagram') return { name: 'The diagram', nodes, edges };
  if (target.type === 'finding') return { name: name ? `Finding: ${name}` : 'A finding that no longer appears', nodes, edges };
  return { name: name!, nodes, edges };
}

const signature = (entry: { author?: string; createdAt: string }) => `${entry.author ?? 'Someone'}, ${entry.createdAt.slice(0, 10)}`;

/** A comment with its replies, Reply, and Resolve or Reopen; its head selects and zooms to what it is on. */
export function CommentThread({ comment, showTarget = true }: { comment: FlowComment; showTarget?: boolean }) {
  const doc = useDocumentStore((state) => state.doc);
  const analysis = useAnalysis();
  const target = describeTarget(comment.target, doc, analysis);
  const focus = () => void run(commands.focusElements, { nodes: target.nodes, edges: target.edges });
  return (
    <li className={comment.resolved ? 'fm-comment fm-comment--resolved' : 'fm-comment'} aria-label={`Comment on ${target.name}`}>
      {showTarget ? (
        <button type="button" className="fm-comment__target" onClick={focus} disabled={target.nodes.length + target.edges.length === 0}>
          {target.name}
        </button>
      ) : null}
      <p>
        {comment.text} <span className="fm-comment__by">— {signature(comment)}</span>
      </p>
      {comment.replies?.map((reply, i) => (
        <p key={i} className="fm-comment__reply">
          {reply.text} <span className="fm-comment__by">— {signature(reply)}</span>
        </p>
      ))}
      <CommentForm label="Reply" onSubmit={(text) => Promise.resolve(run(commands.replyToComment, { id: comment.id, text }))} />
      <button type="button" onClick={() => void run(commands.resolveComment, { id: comment.id, resolved: !comment.resolved })}>
        {comment.resolved ? 'Reopen' : 'Resolve'}
      </button>
    </li>
  );
}

/** What a new comment is on: the one selected node, arrow or boundary, else the diagram. */
function useNewTarget(): { target: CommentTarget; name: string } {
  const selected = useSessionStore((state) => (state.selection.length === 1 ? state.selection[0] : undefined));
  const doc = useDocumentStore((state) => state.doc);
  const node = doc.nodes.find((n) => n.id === selected);
  if (node) return { target: { type: 'node', id: node.id }, name: node.label };
  if (doc.edges.some((e) => e.id === selected)) return { target: { type: 'edge', id: selected! }, name: 'the selected arrow' };
  const group = doc.groups?.find((g) => g.id === selected);
  if (group) return { target: { type: 'group', id: group.id }, name: group.label };
  return { target: { type: 'diagram' }, name: 'the diagram' };
}

/** Every comment, open ones first, and a box to comment on the selection (or the diagram). */
export function CommentsPanel() {
  const comments = useDocumentStore((state) => state.doc.comments) ?? [];
  const { target, name } = useNewTarget();
  const ordered = [...comments.filter((c) => !c.resolved), ...comments.filter((c) => c.resolved)];
  return (
    <section className="fm-panel" aria-label="Comments">
      <h2>
        Comments: {comments.length - comments.filter((c) => c.resolved).length} open, {comments.filter((c) => c.resolved).length} resolved
      </h2>
      <p className="fm-panel__subhead">On {name}</p>
      <CommentForm label="Comment" onSubmit={(text) => Promise.resolve(run(commands.addComment, { target, text }))} />
      <ul className="fm-comments" aria-label="Comments">
        {ordered.map((comment) => (
          <CommentThread key={comment.id} comment={comment} />
        ))}
      </ul>
    </section>
  );
}
