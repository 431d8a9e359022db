import { commentSubject, type Finding } from '../../analysis';
import { oneLine, wrapText, type Box, type FlowComment, type FlowDocument } from '../../model';
import { badge, badgeWidth } from './badge';
import type { EdgeLayout } from './edges';
import { line, LIST_HEADING_HEIGHT, LIST_INDENT, listHeading, listTextWidth, type Frame } from './legend';
import { el, text, type Markup } from './markup';

/** The pins' colour: the canvas's comment blue, dark enough for white text on either background. */
const PIN_COLOUR = '#2563eb';
const META = { size: 11 };
const BODY = { size: 13 };
const LINE_HEIGHT = 18;
const REPLY_INDENT = 16;
const ENTRY_GAP = 14;

/** Each comment thread's number, `C1`…, in the document's order: the pin on the map and the entry in the list agree. */
const numbered = (comments: readonly FlowComment[]) => comments.map((comment, i) => ({ comment, label: `C${i + 1}` }));

/** Pins at a node's top-left corner and on an arrow's label, one per element listing its threads' numbers. */
export function renderCommentPins(doc: FlowDocument, boxes: ReadonlyMap<string, Box>, edges: readonly EdgeLayout[], theme: Frame['theme']): Markup {
  const byTarget = new Map<string, string[]>();
  for (const { comment, label } of numbered(doc.comments ?? [])) {
    if ('id' in comment.target) byTarget.set(comment.target.id, [...(byTarget.get(comment.target.id) ?? []), label]);
  }
  const tags = new Map(edges.map((edge) => [edge.edge.id, edge.tag]));
  const pins: Markup[] = [];
  for (const [id, labels] of byTarget) {
    const box = boxes.get(id) ?? tags.get(id);
    if (!box) continue;
    const label = labels.join(',');
    pins.push(badge({ x: box.x + badgeWidth(label) / 2 - 6, y: box.y - 2 }, label, PIN_COLOUR, theme, `Comment ${label}`));
  }
  return el('g', { class: 'fm-comment-pins' }, pins);
}

function targetName(comment: FlowComment, doc: FlowDocument, findings: readonly Finding[]): string {
  const { type } = comment.target;
  const { name, label } = commentSubject(comment.target, doc, findings);
  if (type === 'diagram') return 'On the diagram';
  if (type === 'finding') return name ? `On the ${name} finding` : 'On a finding that no longer appears';
  if (type === 'edge') return `On the arrow ${oneLine(name!)}${label ? ` (${oneLine(label)})` : ''}`;
  return `On ${oneLine(name!)}`;
}

const signed = (author: string | undefined, at: string) => [author, at.slice(0, 10)].filter(Boolean).join(', ');

/** The comment threads under the findings: number, target, author and date, the text and its replies, resolved ones marked. */
export function renderCommentList(doc: FlowDocument, findings: readonly Finding[], frame: Frame): { markup: Markup; height: number } {
  const { x, y, width, theme } = frame;
  const comments = doc.comments ?? [];
  const open = comments.filter((c) => !c.resolved).length;
  const parts = listHeading(frame, 'Comments', `${open} open · ${comments.length - open} resolved`);
  const textWidth = listTextWidth(width);
  let cursor = y + LIST_HEADING_HEIGHT + ENTRY_GAP;
  for (const { comment, label } of numbered(comments)) {
    const textX = x + LIST_INDENT;
    parts.push(badge({ x: x + 13, y: cursor + 8 }, label, PIN_COLOUR, theme, `Comment ${label}`));
    const meta = [targetName(comment, doc, findings), signed(comment.author, comment.createdAt), comment.resolved ? 'resolved' : ''].filter(Boolean).join(' · ');
    parts.push(line(textX, cursor + 12, META, theme.muted, [text(meta)]));
    let baseline = cursor + 12;
    for (const row of wrapText(comment.text, textWidth, BODY)) {
      baseline += LINE_HEIGHT;
      parts.push(line(textX, baseline, BODY, theme.text, [text(row)]));
    }
    for (const reply of comment.replies ?? []) {
      wrapText(`↳ ${reply.text} — ${signed(reply.author, reply.createdAt)}`, textWidth - REPLY_INDENT, BODY).forEach((row) => {
        baseline += LINE_HEIGHT;
        parts.push(line(textX + REPLY_INDENT, baseline, BODY, theme.muted, [text(row)]));
      });
    }
    cursor = baseline + 5 + ENTRY_GAP;
  }
  return { markup: el('g', { class: 'fm-comments' }, parts), height: cursor - y };
}
