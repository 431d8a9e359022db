import { useRef, type KeyboardEvent, type PointerEvent } from 'react';
import { commands, run } from '../commands';
import { Inspector } from '../inspector';
import { CommentsPanel, ReviewPanel } from '../panel';
import { useSessionStore, type PanelTab } from '../store';

const TABS: readonly { id: PanelTab; label: string }[] = [
  { id: 'review', label: 'Review' },
  { id: 'comments', label: 'Comments' },
  { id: 'facts', label: 'Facts' },
];

/** Drag (or arrow keys on) the panel's left edge to resize it. */
function ResizeHandle({ width }: { width: number }) {
  const start = useRef<{ x: number; width: number } | undefined>(undefined);
  const onPointerDown = (event: PointerEvent) => {
    start.current = { x: event.clientX, width };
    event.currentTarget.setPointerCapture(event.pointerId);
  };
  const onPointerMove = (event: PointerEvent) => {
    if (start.current) void run(commands.resizePanel, start.current.width + start.current.x - event.clientX);
  };
  const onKeyDown = (event: KeyboardEvent) => {
    const step = event.key === 'ArrowLeft' ? 24 : event.key === 'ArrowRight' ? -24 : 0;
    if (!step) return;
    event.preventDefault();
    void run(commands.resizePanel, width + step);
  };
  return (
    <div
      className="fm-sidebar__resize"
      role="separator"
      aria-orientation="vertical"
      aria-label="Resize the side panel"
      aria-valuenow={width}
      aria-valuemin={commands.PANEL_WIDTH.min}
      aria-valuemax={commands.PANEL_WIDTH.max}
      tabIndex={0}
      onPointerDown={onPointerDown}
      onPointerMove={onPointerMove}
      onPointerUp={() => (start.current = undefined)}
      onKeyDown={onKeyDown}
    />
  );
}

/**
 * The review first, the facts behind a tab: the four answers and the findings are what a person
 * came for. Collapsible and resizable; on a narrow window it is a drawer over the canvas.
 */
export function Sidebar({ reviewing }: { reviewing: boolean }) {
  const panel = useSessionStore((state) => state.panel);
  // A what-if scenario's narrative is in the review: it is what the person asked for.
  const whatIf = useSessionStore((state) => state.scenario !== undefined || state.ranking === true);
  const comparing = useSessionStore((state) => state.comparison !== undefined);
  if (!panel.open) return null;
  // A shared link's reviewer may read the review and comment, nothing else.
  const tabs = reviewing ? TABS.filter((t) => t.id !== 'facts') : TABS;
  const tab = whatIf || comparing || !tabs.some((t) => t.id === panel.tab) ? 'review' : panel.tab;
  return (
    <aside className="fm-sidebar" aria-label="Side panel" style={{ width: panel.width }}>
      <ResizeHandle width={panel.width} />
      <div className="fm-sidebar__tabs">
        <div role="tablist" aria-label="Side panel" className="fm-sidebar__tablist">
        {tabs.map(({ id, label }) => (
          <button key={id} type="button" role="tab" id={`fm-tab-${id}`} aria-selected={tab === id} aria-controls={`fm-tabpanel-${id}`} onClick={() => void run(commands.showPanelTab, id)}>
            {label}
          </button>
        ))}
        </div>
        <button type="button" className="fm-sidebar__close" aria-label="Hide the side panel" title="Hide the side panel (Ctrl+.)" onClick={() => void run(commands.togglePanel, undefined)}>
          ×
        </button>
      </div>
      <div role="tabpanel" id={`fm-tabpanel-${tab}`} aria-labelledby={`fm-tab-${tab}`} className="fm-sidebar__body">
        {tab === 'review' ? <ReviewPanel /> : tab === 'comments' ? <CommentsPanel /> : <Inspector />}
      </div>
    </aside>
  );
}
