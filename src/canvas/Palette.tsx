import type { CSSProperties } from 'react';
import { KIND_SPEC, NODE_KINDS, type NodeKind } from '../model';
import { KindIcon } from './KindIcon';

export const KIND_DRAG_TYPE = 'application/x-flowmap-kind';

/** Click adds a node in the middle of the view; drag drops it where you let go. */
export function Palette({ onAdd }: { onAdd: (kind: NodeKind) => void }) {
  return (
    <div className="fm-palette" role="toolbar" aria-label="Add a node" aria-orientation="vertical">
      {NODE_KINDS.map((kind) => (
        <button
          key={kind}
          type="button"
          className={`fm-palette__item fm-palette__item--${kind}`}
          aria-label={`Add ${KIND_SPEC[kind].label}`}
          title={`${KIND_SPEC[kind].label}: ${KIND_SPEC[kind].hint} (click, or drag onto the canvas)`}
          style={{ '--fm-kind': KIND_SPEC[kind].colour } as CSSProperties}
          draggable
          onDragStart={(event) => {
            event.dataTransfer.setData(KIND_DRAG_TYPE, kind);
            event.dataTransfer.effectAllowed = 'copy';
          }}
          onClick={() => onAdd(kind)}
        >
          <KindIcon kind={kind} />
          <span>{KIND_SPEC[kind].label}</span>
        </button>
      ))}
    </div>
  );
}
