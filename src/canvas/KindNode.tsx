import { memo, type CSSProperties } from 'react';
import { Handle, Position, type Node, type NodeProps } from '@xyflow/react';
import { KIND_SPEC, type NodeKind } from '../model';
import type { Severity } from '../analysis';
import { KindIcon } from './KindIcon';
import { RenameField } from './RenameField';
import { badgeTitle, countNoun } from './badgeText';
import { commentsNoun } from './commentCounts';

export type KindNodeData = {
  label: string;
  /** The label and the owner as the shared node layout wraps them: the box is sized for exactly these lines. */
  lines: string[];
  owner?: string;
  ownerLines: string[];
  kind: NodeKind;
  worst?: Severity;
  /** What the worst finding here says: the badge's tooltip. */
  worstMessage?: string;
  count: number;
  writes?: { entity: string; colour: string }[];
  renaming: boolean;
  /** Zoomed far out: only the name and the badge are drawn. */
  compact?: boolean;
  /** Open comment threads on this node: a pin at its top-left corner. */
  comments?: number;
};
export type KindFlowNode = Node<KindNodeData, 'kind'>;

/** For each line, whether a space comes before it in `text` (a new word) or not (a long word broken to fit). */
function startsWord(text: string, lines: readonly string[]): boolean[] {
  const flat = text.replace(/\s+/g, ' ').trim();
  let at = 0;
  return lines.map((line) => {
    const space = flat[at] === ' ';
    at += (space ? 1 : 0) + line.length;
    return space;
  });
}

/** Lines as blocks, keeping the text's own spaces between them, so the node's text reads as the label does. */
function Lines({ text, lines, className }: { text: string; lines: string[]; className: string }) {
  const spaces = startsWord(text, lines);
  return (
    <span className={className}>
      {lines.map((line, i) => (
        <span key={i} className="fm-node__line">
          {spaces[i] ? ` ${line}` : line}
        </span>
      ))}
    </span>
  );
}

function Badge({ data }: { data: KindNodeData }) {
  if (!data.worst) return null;
  return (
    <span className={`fm-badge fm-badge--${data.worst}`} aria-label={`${countNoun(data.count, data.worst)}, worst: ${data.worst}`} title={badgeTitle(data.count, data.worst, data.worstMessage ?? '')}>
      {data.count}
    </span>
  );
}

function CommentPin({ count }: { count?: number }) {
  if (!count) return null;
  const noun = commentsNoun(count);
  return (
    <span className="fm-pin" role="img" aria-label={noun} title={noun}>
      {count}
    </span>
  );
}

/** Each kind's colours come from one variable the spec table sets, so the canvas and exports match. */
const KIND_STYLE = Object.fromEntries(Object.entries(KIND_SPEC).map(([kind, spec]) => [kind, { '--fm-kind': spec.colour } as CSSProperties]));

export const KindNode = memo(function KindNode({ id, data, selected }: NodeProps<KindFlowNode>) {
  if (data.compact) {
    return (
      <div className={`fm-node fm-node--compact fm-node--${data.kind}${selected ? ' fm-node--selected' : ''}`} style={KIND_STYLE[data.kind]}>
        <Handle type="target" position={Position.Left} />
        <Lines text={data.label} lines={data.lines} className="fm-node__label" />
        <Badge data={data} />
        <CommentPin count={data.comments} />
        <Handle type="source" position={Position.Right} />
      </div>
    );
  }
  return (
    <div className={`fm-node fm-node--${data.kind}${selected ? ' fm-node--selected' : ''}`} style={KIND_STYLE[data.kind]}>
      <Handle type="target" position={Position.Left} />
      <span className="fm-node__kind">
        <KindIcon kind={data.kind} />
        {KIND_SPEC[data.kind].label}
      </span>
      {data.renaming ? <RenameField id={id} label={data.label} /> : <Lines text={data.label} lines={data.lines} className="fm-node__label" />}
      {data.ownerLines.length ? <Lines text={data.owner ?? ''} lines={data.ownerLines} className="fm-node__owner" /> : null}
      {data.writes ? (
        <span className="fm-node__writes" aria-label={`writes ${data.writes.map((w) => w.entity).join(', ')}`}>
          {data.writes.map((w) => (
            <span key={w.entity} className="fm-chip" style={{ background: w.colour }}>
              {w.entity}
            </span>
          ))}
        </span>
      ) : null}
      <Badge data={data} />
      <CommentPin count={data.comments} />
      <Handle type="source" position={Position.Right} />
    </div>
  );
});
