import type { CSSProperties, DragEvent } from 'react';
import { KIND_SPEC, NODE_KINDS, type NodeKind } from '../model';
import { KindIcon } from './KindIcon';
import { ANNOTATION_ITEMS, type PaletteItem } from './paletteItems';

export const KIND_DRAG_TYPE = 'application/x-flowmap-kind';

const startDrag = (item: PaletteItem) => (event: DragEvent) => {
  event.dataTransfer.setData(KIND_DRAG_TYPE, item);
  event.dataTransfer.effectAllowed = 'copy';
};

/** Click adds a node in the middle of the view; drag drops it where you let go. */
export function Palette({ onAdd }: { onAdd: (item: PaletteItem) => void }) {
  return (
    <div className="fm-palette" role="toolbar" aria-label="Add a node" aria-orientation="vertical">
      {NODE_KINDS.map((kind: NodeKind) => (
        <button
          key={kind}
          type="button"
          className={`fm-palette__item fm-palette__item--${kind}`}
          aria-label={`Add ${KIND_SPEC[kind].label}`}
          title={`${KIND_SPEC[kind].label}: ${KIND_SPEC[kind].hint} (click, or drag onto the canvas)`}
          style={{ '--fm-kind': KIND_SPEC[kind].colour } as CSSProperties}
          draggable
          onDragStart={startDrag(kind)}
          onClick={() => onAdd(kind)}
        >
          <KindIcon kind={kind} />
          <span>{KIND_SPEC[kind].label}</span>
        </button>
      ))}
      <hr className="fm-palette__rule" />
      {ANNOTATION_ITEMS.map(({ item, label, hint, icon }) => (
        <button key={item} type="button" className={`fm-palette__item fm-palette__item--${item}`} aria-label={`Add ${label}`} title={`${label}: ${hint} (click, or drag onto the canvas)`} draggable onDragStart={startDrag(item)} onClick={() => onAdd(item)}>
          <svg className="fm-kind-icon" viewBox="0 0 20 20" width="16" height="16" aria-hidden="true" focusable="false">
            <path d={icon} fill="none" stroke="currentColor" strokeWidth="1.6" strokeLinejoin="round" strokeLinecap="round" />
          </svg>
          <span>{label}</span>
        </button>
      ))}
    </div>
  );
}
