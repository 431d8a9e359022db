import { memo } from 'react';
import { NodeResizer, type Node, type NodeProps } from '@xyflow/react';
import { BOUNDARY_MIN, GROUP_KIND_LABELS, type GroupKind } from '../model';
import { RenameField } from './RenameField';

export type BoundaryNodeData = {
  label: string;
  /** The label as the shared layout wraps it to the frame's width. */
  lines: string[];
  kind: GroupKind;
  owner?: string;
  renaming: boolean;
  /** False in a read-only review: no resize handles. */
  editable: boolean;
};
export type BoundaryFlowNode = Node<BoundaryNodeData, 'boundary'>;

/**
 * A labelled frame behind the nodes. Only its label and its border take the pointer, so inside it
 * the canvas still works as canvas: box-select, double-click to add, drop from the palette.
 */
export const BoundaryNode = memo(function BoundaryNode({ id, data, selected }: NodeProps<BoundaryFlowNode>) {
  return (
    <div className={`fm-boundary fm-boundary--${data.kind}${selected ? ' fm-boundary--selected' : ''}`}>
      <svg className="fm-boundary__edge" aria-hidden="true">
        <rect x="0" y="0" width="100%" height="100%" />
      </svg>
      <div className="fm-boundary__label">
        <span className="fm-boundary__kind">
          {GROUP_KIND_LABELS[data.kind]}
          {data.owner ? <span className="fm-boundary__owner"> · {data.owner}</span> : null}
        </span>
        {data.renaming ? (
          <RenameField id={id} label={data.label} type="group" name="Boundary name" />
        ) : (
          data.lines.map((line, i) => (
            <span key={i} className="fm-boundary__line">
              {line}
            </span>
          ))
        )}
      </div>
      <NodeResizer isVisible={selected && data.editable} minWidth={BOUNDARY_MIN.width} minHeight={BOUNDARY_MIN.height} color="#2563eb" />
    </div>
  );
});
