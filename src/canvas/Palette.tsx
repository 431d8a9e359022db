import { KIND_LABELS, NODE_KINDS, type NodeKind } from '../model';
import { KindIcon } from './KindIcon';

export const KIND_DRAG_TYPE = 'application/x-flowmap-kind';

const HINTS: Record<NodeKind, string> = {
  actor: 'a person or client: data born from user input',
  external: 'a third-party system or API',
  scheduler: 'a scheduled job',
  gateway: 'API gateway, proxy or load balancer',
  service: 'a process that handles or changes data',
  queue: 'a topic, queue or stream',
  store: 'a database, index or warehouse',
  cache: 'a cache in front of a store',
};

/** Click adds a node in the middle of the view; drag drops it where you let go. */
export function Palette({ onAdd }: { onAdd: (kind: NodeKind) => void }) {
  return (
    <div className="fm-palette" role="toolbar" aria-label="Add a node" aria-orientation="vertical">
      {NODE_KINDS.map((kind) => (
        <button
          key={kind}
          type="button"
          className={`fm-palette__item fm-palette__item--${kind}`}
          aria-label={`Add ${KIND_LABELS[kind]}`}
          title={`${KIND_LABELS[kind]}: ${HINTS[kind]} (click, or drag onto the canvas)`}
          draggable
          onDragStart={(event) => {
            event.dataTransfer.setData(KIND_DRAG_TYPE, kind);
            event.dataTransfer.effectAllowed = 'copy';
          }}
          onClick={() => onAdd(kind)}
        >
          <KindIcon kind={kind} />
          <span>{KIND_LABELS[kind]}</span>
        </button>
      ))}
    </div>
  );
}
