import { memo } from 'react';
import { NodeResizer, type Node, type NodeProps } from '@xyflow/react';
import { NOTE_MIN } from '../model';
import { RenameField } from './RenameField';

export type NoteNodeData = {
  text: string;
  /** The text as the shared layout wraps it: the box is sized for exactly these lines. */
  lines: string[];
  renaming: boolean;
  editable: boolean;
};
export type NoteFlowNode = Node<NoteNodeData, 'note'>;

/** Free text on the canvas, wrapped to the note's width; Shift+Enter starts a new line while editing. */
export const NoteNode = memo(function NoteNode({ id, data, selected }: NodeProps<NoteFlowNode>) {
  return (
    <div className={`fm-note${selected ? ' fm-note--selected' : ''}`}>
      {data.renaming ? (
        <RenameField id={id} label={data.text} type="note" field="text" name="Note text" multiline />
      ) : (
        data.lines.map((line, i) => (
          <span key={i} className="fm-note__line">
            {line || '\u00a0'}
          </span>
        ))
      )}
      <NodeResizer isVisible={selected && data.editable} minWidth={NOTE_MIN.width} minHeight={NOTE_MIN.height} color="#2563eb" />
    </div>
  );
});
