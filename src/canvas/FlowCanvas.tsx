import { useCallback, useEffect, useEffectEvent, useMemo, useState, type DragEvent, type MouseEvent } from 'react';
import { Background, Controls, MiniMap, ReactFlow, useReactFlow, useStore, type Connection, type Edge, type EdgeChange, type NodeChange, type Node, type OnConnectEnd } from '@xyflow/react';
import '@xyflow/react/dist/style.css';
import { KIND_SPEC, NODE_KINDS, NODE_SIZE, type NodeKind } from '../model';
import { commands, run } from '../commands';
import { useDocumentStore, useReviewStore, useSessionStore, type Point } from '../store';
import { KindNode, type KindFlowNode } from './KindNode';
import { toFlowElements } from './toFlowElements';
import { createElementReuser } from './reuseElements';
import { lensView } from './lenses';
import { positionsOf, selectionAfter } from './nodeChanges';
import { KIND_DRAG_TYPE, Palette } from './Palette';
import { useCanvasPointer } from './useCanvasPointer';
import { useEditorShortcuts } from './useEditorShortcuts';
import { useCanvasDocument } from './useCanvasDocument';
import { FIT } from './fitView';

const NODE_TYPES = { kind: KindNode };
const GRID = 20;
/**
 * Below this zoom arrow labels are too small to read and the grid's dots merge into a haze; drawing
 * them anyway (thousands of labels, hundreds of thousands of dots) slows panning a big map down.
 */
const DETAIL_MIN_ZOOM = 0.45;
const MULTI_SELECT_KEYS = ['Shift', 'Meta', 'Control'];

const centred = (kind: NodeKind, at: Point): Point => ({ x: at.x - NODE_SIZE[kind].width / 2, y: at.y - NODE_SIZE[kind].height / 2 });
const minimapColour = (node: Node) => KIND_SPEC[(node as KindFlowNode).data.kind].colour;
const isKind = (value: string): value is NodeKind => (NODE_KINDS as readonly string[]).includes(value);
const NO_ANSWERS = {};
// Handlers passed to React Flow keep their identity: a new one re-renders every edge of the map.
const onReconnect = (edge: Edge, c: Connection) => void run(commands.reconnect, { edge: edge.id, source: c.source, target: c.target });
const onNodeDoubleClick = (_: MouseEvent, node: Node) => useSessionStore.getState().set({ renaming: node.id, selection: [node.id] });
const isValidConnection = (c: Connection | Edge) => c.source !== c.target;

export interface FlowCanvasProps {
  readOnly?: boolean;
  /** Files dropped on the canvas (a diagram to open). */
  onDropFiles?: (files: FileList) => void;
}

export function FlowCanvas({ readOnly = false, onDropFiles }: FlowCanvasProps) {
  const doc = useCanvasDocument();
  const selection = useSessionStore((state) => state.selection);
  const renaming = useSessionStore((state) => state.renaming);
  const dragging = useSessionStore((state) => state.dragging);
  const lens = useSessionStore((state) => state.lens);
  const snapToGrid = useSessionStore((state) => state.snapToGrid);
  const fitRequest = useSessionStore((state) => state.fitRequest);
  // The latest review; its answers only matter to a lens, so a new selection's answers do not redraw the map.
  const findings = useReviewStore((state) => state.analysis.findings);
  const answers = useReviewStore((state) => (lens === 'none' ? NO_ANSWERS : state.analysis.answers));
  const analysis = useMemo(() => ({ findings, answers }), [findings, answers]);
  const { screenToFlowPosition, fitView, setViewport } = useReactFlow();
  const pointer = useCanvasPointer();
  useEditorShortcuts(pointer.pastePoint, pointer.viewCentre);

  const detailed = useStore((state) => state.transform[2] >= DETAIL_MIN_ZOOM);
  const [reuse] = useState(createElementReuser);
  const view = useMemo(
    () => reuse(toFlowElements(doc, analysis, { selection, lens: lensView(lens, doc, analysis), renaming, detailed })),
    [reuse, doc, analysis, selection, lens, renaming, detailed],
  );
  // Only the nodes being dragged get new objects, so a drag re-renders them and not the whole map.
  const nodes = useMemo(() => {
    if (!dragging) return view.nodes;
    return view.nodes.map((n) => {
      const position = dragging.get(n.id);
      return position ? { ...n, position } : n;
    });
  }, [view, dragging]);

  // An empty diagram starts at 100%; any other is fitted into view.
  const fitDiagram = useEffectEvent(() => void (useDocumentStore.getState().doc.nodes.length ? fitView(FIT) : setViewport({ x: 0, y: 0, zoom: 1 })));
  useEffect(() => {
    // On mount and whenever a diagram is opened or laid out; never because a node was added.
    const frame = requestAnimationFrame(fitDiagram);
    return () => cancelAnimationFrame(frame);
  }, [fitRequest]);

  const onNodesChange = useCallback((changes: NodeChange[]) => {
    const session = useSessionStore.getState();
    const selected = selectionAfter(session.selection, changes);
    if (selected) void run(commands.select, selected);
    const { dragging: moving, done } = positionsOf(changes);
    if (moving.size) void run(commands.drag, new Map([...(session.dragging ?? []), ...moving]));
    if (done.size) void run(commands.moveNodes, { positions: done, mergeKey: session.dragging ? undefined : `nudge:${[...done.keys()].join()}` });
  }, []);
  const onEdgesChange = useCallback((changes: EdgeChange[]) => {
    const selected = selectionAfter(useSessionStore.getState().selection, changes);
    if (selected) void run(commands.select, selected);
  }, []);
  const onConnect = useCallback((c: Connection) => void run(commands.connect, { source: c.source, target: c.target }), []);
  // Letting go of an arrow anywhere over a node connects to it, not only on its small handle.
  const onConnectEnd: OnConnectEnd = useCallback((event, state) => {
    if (state.isValid || !state.fromNode) return;
    const point = 'changedTouches' in event ? event.changedTouches[0] : event;
    const target = point && document.elementFromPoint(point.clientX, point.clientY)?.closest('.react-flow__node')?.getAttribute('data-id');
    if (!target) return;
    const [source, to] = state.fromHandle?.type === 'target' ? [target, state.fromNode.id] : [state.fromNode.id, target];
    void run(commands.connect, { source, target: to });
  }, []);

  const addAt = (kind: NodeKind, at: Point) => void run(commands.addNode, { kind, at: centred(kind, at) });
  const onDoubleClick = (event: MouseEvent) => {
    if (readOnly || !(event.target as Element).classList.contains('react-flow__pane')) return;
    addAt('service', screenToFlowPosition({ x: event.clientX, y: event.clientY }));
  };
  const onDragOver = (event: DragEvent) => {
    if (readOnly) return;
    event.preventDefault();
    event.dataTransfer.dropEffect = event.dataTransfer.types.includes(KIND_DRAG_TYPE) ? 'copy' : 'move';
  };
  const onDrop = (event: DragEvent) => {
    if (readOnly) return;
    event.preventDefault();
    const kind = event.dataTransfer.getData(KIND_DRAG_TYPE);
    if (isKind(kind)) addAt(kind, screenToFlowPosition({ x: event.clientX, y: event.clientY }));
    else if (event.dataTransfer.files.length) onDropFiles?.(event.dataTransfer.files);
  };

  return (
    <div className="fm-editor">
      {readOnly ? null : <Palette onAdd={(kind) => addAt(kind, pointer.viewCentre())} />}
      <ReactFlow
        nodes={nodes}
        edges={view.edges}
        nodeTypes={NODE_TYPES}
        onNodesChange={onNodesChange}
        onEdgesChange={onEdgesChange}
        onConnect={readOnly ? undefined : onConnect}
        onConnectEnd={readOnly ? undefined : onConnectEnd}
        edgesReconnectable={!readOnly}
        onReconnect={onReconnect}
        onNodeDoubleClick={readOnly ? undefined : onNodeDoubleClick}
        isValidConnection={isValidConnection}
        onDoubleClick={onDoubleClick}
        onDragOver={onDragOver}
        onDrop={onDrop}
        onPointerMove={pointer.track}
        nodesDraggable={!readOnly}
        nodesConnectable={!readOnly}
        deleteKeyCode={null}
        multiSelectionKeyCode={MULTI_SELECT_KEYS}
        selectionKeyCode={null}
        selectionOnDrag
        panOnDrag={[1, 2]}
        panOnScroll
        zoomOnDoubleClick={false}
        snapToGrid={snapToGrid}
        snapGrid={[GRID, GRID]}
        connectionRadius={32}
        onlyRenderVisibleElements={doc.nodes.length > 2000}
        minZoom={0.05}
        fitViewOptions={FIT}
        aria-label="Diagram canvas"
      >
        {detailed ? <Background gap={GRID} /> : null}
        <MiniMap pannable zoomable ariaLabel="Minimap" nodeColor={minimapColour} nodeBorderRadius={6} />
        <Controls showInteractive={false} aria-label="Zoom controls" />
      </ReactFlow>
    </div>
  );
}
