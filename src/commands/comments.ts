import type { CommentTarget, FlowComment } from '../model';
import type { CommandContext } from './command';
import { defineCommand } from './command';

/* Commenting is the one document change a shared link's reviewer may make: each is its own undo step. */

const comments = ({ document }: CommandContext): readonly FlowComment[] => document.getState().doc.comments ?? [];
const signed = ({ session }: CommandContext) => {
  const { author } = session.getState();
  return { createdAt: new Date().toISOString(), ...(author ? { author } : {}) };
};

const change = (ctx: CommandContext, next: readonly FlowComment[]) => {
  const result = ctx.document.getState().editComments(next);
  if (!result.ok) ctx.session.getState().set({ notice: { tone: 'error', text: `Comment not saved: ${result.error}` } });
  return result;
};

const newId = () => `comment-${Math.random().toString(36).slice(2, 10)}`;

export const addComment = defineCommand<{ target: CommentTarget; text: string }>({ id: 'add-comment', label: 'Add a comment', category: 'Review', changesDocument: true, allowedInReview: true, run: (ctx, { target, text }) => {
  return change(ctx, [...comments(ctx), { id: newId(), target, text: text.trim(), ...signed(ctx) }]);
} });

export const replyToComment = defineCommand<{ id: string; text: string }>({ id: 'reply-comment', label: 'Reply to a comment', category: 'Review', changesDocument: true, allowedInReview: true, run: (ctx, { id, text }) =>
  change(ctx, comments(ctx).map((c) => (c.id === id ? { ...c, replies: [...(c.replies ?? []), { text: text.trim(), ...signed(ctx) }] } : c))) });

export const resolveComment = defineCommand<{ id: string; resolved: boolean }>({ id: 'resolve-comment', label: 'Resolve or reopen a comment', category: 'Review', changesDocument: true, allowedInReview: true, run: (ctx, { id, resolved }) =>
  change(ctx, comments(ctx).map((c) => {
    if (c.id !== id) return c;
    const { resolved: _was, ...rest } = c;
    return resolved ? { ...rest, resolved: true } : rest;
  })) });
