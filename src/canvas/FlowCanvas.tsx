import { useCallback, useEffect, useEffectEvent, useLayoutEffect, useMemo, useRef, useState, type DragEvent, type MouseEvent } from 'react';
import { Background, Controls, MiniMap, Panel, ReactFlow, getNodesBounds, useReactFlow, useStore, useStoreApi, type Connection, type Edge, type EdgeChange, type NodeChange, type Node, type OnConnectEnd, type OnReconnect } from '@xyflow/react';
import '@xyflow/react/dist/style.css';
import './canvas.css';
import { KIND_SPEC, type NodeKind } from '../model';
import { appContext, commands, run } from '../commands';
import { comparisonOf, useDocumentStore, useReviewStore, useSessionStore, whatIfOf, type Point } from '../store';
import { FloatingEdge, type FloatingFlowEdge } from './FloatingEdge';
import { KindNode, type KindFlowNode } from './KindNode';
import { BoundaryNode } from './BoundaryNode';
import { NoteNode } from './NoteNode';
import { useAnnotations } from './useAnnotations';
import { addItem, centredItem, isPaletteItem, itemSize, type PaletteItem } from './paletteItems';
import './annotations.css';
import { toFlowElements } from './toFlowElements';
import { createElementReuser } from './reuseElements';
import { lensView } from './lenses';
import { EFFECT_VARIABLES, whatIfLens } from './whatIfLens';
import './whatIf.css';
import { positionsOf, selectionAfter } from './nodeChanges';
import { KIND_DRAG_TYPE, Palette } from './Palette';
import { useCanvasPointer } from './useCanvasPointer';
import { useEditorShortcuts } from './useEditorShortcuts';
import { useCanvasDocument, useCanvasFindings } from './useCanvasDocument';
import { FIT, openingViewport } from './fitView';
import { createWindowHolder, WINDOWED_FROM } from './viewWindow';
import { useViewWindow } from './useViewWindow';
import { OverviewMap } from './OverviewMap';
import { createMapPicturer, PICTURE_BELOW } from './mapPicture';
import { MapPictureLayer } from './MapPictureLayer';
import { usePicturePointer } from './usePicturePointer';
import { centred, paletteSpot } from './placement';
import { nodeUnder } from './nodeUnder';
import { alignTo, type Alignment } from './alignment';
import { AlignmentGuides } from './AlignmentGuides';
import { LensLegend } from './LensLegend';
import { LensPicker } from './LensPicker';
import { ContextMenu, type OpenMenu } from './ContextMenu';
import { compareMarks, withComparison } from './compareMarks';
import { CompareLegend } from './CompareLegend';
import './compare.css';
import { contextMenuEntries, type MenuTarget } from './menuEntries';
import { openCommentCounts } from './commentCounts';

const EMPTY_HINT = 'Drag from the palette, or double-click to add a service; drag from a node’s edge to connect';

const NODE_TYPES = { kind: KindNode, boundary: BoundaryNode, note: NoteNode };
const EDGE_TYPES = { floating: FloatingEdge };
const GRID = 20;
// Props React Flow copies into its store keep their identity: a new array each render is a store update every node and arrow checks.
const SNAP_GRID: [number, number] = [GRID, GRID];
/** Panning drags with the middle or right button; the left one selects. */
const PAN_BUTTONS = [1, 2];
/**
 * Below this zoom arrow labels are too small to read and the grid's dots merge into a haze; drawing
 * them anyway (thousands of labels, hundreds of thousands of dots) slows panning a big map down.
 */
const DETAIL_MIN_ZOOM = 0.45;
/** A dragged node snaps to another's edge or centre within this many screen pixels. */
const ALIGN_DISTANCE = 6;
const MULTI_SELECT_KEYS = ['Shift', 'Meta', 'Control'];

const boxOf = (node: Node) => ({ ...node.position, width: node.width ?? 0, height: node.height ?? 0 });

/** Draws an arrow, or tells why not (a second arrow of the same kind and direction says nothing new). */
const connectNodes = (source: string, target: string) => void run(commands.connect, { source, target });
/** React Flow's fit button fits the nodes it holds; the command then fits the whole diagram. */
const fitAll = () => void run(commands.fit, undefined);
/** Small enough to leave the map its room (React Flow's default is 200 × 150). */
const MINIMAP_SIZE = { width: 160, height: 110 };
const minimapColour = (node: Node) => (node.type === 'kind' ? KIND_SPEC[(node as KindFlowNode).data.kind].colour : '#cbd5e1');
const NO_ANSWERS = {};
// Handlers passed to React Flow keep their identity: a new one re-renders every edge of the map.
const onNodeDoubleClick = (_: MouseEvent, node: Node) => useSessionStore.getState().set({ renaming: node.id, selection: [node.id] });
const isValidConnection = (c: Connection | Edge) => c.source !== c.target;
/** Held by React Flow wherever the view is: boundaries and notes (few), the selection (dragged together), a node being renamed. */
const heldAnywhere = (node: Node) => !!node.selected || node.type !== 'kind' || (node as KindFlowNode).data.renaming;
/** React Flow then mounts only the nodes on screen (a select-all of a big map holds every node). */
const VISIBLE_ONLY_FROM = 2000;
/** Where the view is, React Flow holds only what is held anywhere: the rest of a pictured map is in the picture. */
const NO_WINDOW = { x: 0, y: 0, width: 0, height: 0 };
const pictureLabel = (nodes: number, arrows: number) => `${nodes} nodes and ${arrows} arrows, drawn as one picture at this zoom: zoom in to read their names`;

export interface FlowCanvasProps {
  readOnly?: boolean;
  colorMode?: 'light' | 'dark';
  /** Files dropped on the canvas (a diagram to open). */
  onDropFiles?: (files: FileList) => void;
}

export function FlowCanvas({ readOnly = false, colorMode = 'light', onDropFiles }: FlowCanvasProps) {
  const doc = useCanvasDocument();
  const selection = useSessionStore((state) => state.selection);
  const renaming = useSessionStore((state) => state.renaming);
  const dragging = useSessionStore((state) => state.dragging);
  const lens = useSessionStore((state) => state.lens);
  const scenario = useSessionStore((state) => state.scenario);
  const comparison = useSessionStore((state) => state.comparison);
  const snapToGrid = useSessionStore((state) => state.snapToGrid);
  const fitRequest = useSessionStore((state) => state.fitRequest);
  const minimap = useSessionStore((state) => state.minimap);
  // The latest review; its answers only matter to a lens, so a new selection's answers do not redraw the map.
  const findings = useCanvasFindings();
  const answers = useReviewStore((state) => (lens === 'none' ? NO_ANSWERS : state.analysis.answers));
  const analysis = useMemo(() => ({ findings, answers }), [findings, answers]);
  const whatIf = scenario && whatIfOf(doc, scenario);
  const { screenToFlowPosition, setViewport, getNodes, getNode } = useReactFlow();
  const flowStore = useStoreApi();
  /** The node the palette added last: the next one goes beside it. */
  const lastAdded = useRef<string | undefined>(undefined);
  /** The arrow whose end is being dragged, so letting go of it never draws a new arrow as well. */
  const reconnecting = useRef(false);
  const [guides, setGuides] = useState<Alignment>();
  const aligning = useRef(false);
  const pointer = useCanvasPointer();
  // Every node of the diagram, for what must not depend on the window React Flow holds (fit, find, the overview).
  const everyNode = useRef<readonly Node[]>([]);
  const allNodes = useCallback(() => everyNode.current, []);
  useEditorShortcuts(pointer.pastePoint, pointer.viewCentre, allNodes);

  const detailed = useStore((state) => state.transform[2] >= DETAIL_MIN_ZOOM);
  const zoomedOut = useStore((state) => state.transform[2] < PICTURE_BELOW);
  const [reuse] = useState(createElementReuser);
  const { intercept, withAnnotations } = useAnnotations(doc, selection, renaming, !readOnly);
  // Comments are not part of the canvas document (they touch no node or arrow): read apart, counted once per change.
  const comments = useDocumentStore((state) => state.doc.comments);
  const pins = useMemo(() => openCommentCounts(comments), [comments]);
  // A comparison takes the lens's place: its colours say what changed.
  const comparing = useMemo(() => comparison && compareMarks(comparison.against, doc, comparisonOf(comparison.against, doc)), [comparison, doc]);
  const lensShown = useMemo(() => (whatIf ? whatIfLens(doc, whatIf) : comparing ? undefined : lensView(lens, doc, analysis)), [whatIf, comparing, lens, doc, analysis]);
  const drawn = useMemo(
    () => reuse(toFlowElements(doc, analysis, { selection, lens: lensShown, renaming, detailed, comments: pins })),
    [reuse, doc, analysis, selection, lensShown, renaming, detailed, pins],
  );
  // The comparison marks boundaries as well as nodes and arrows, so it comes after the annotations.
  const view = useMemo(() => {
    const annotated = { nodes: withAnnotations(drawn.nodes), edges: drawn.edges };
    return comparing ? withComparison(annotated, doc, comparing) : annotated;
  }, [drawn, withAnnotations, comparing, doc]);
  // Only the nodes being dragged get new objects, so a drag re-renders them and not the whole map.
  const nodes = useMemo(() => {
    if (!dragging) return view.nodes;
    return view.nodes.map((n) => {
      const position = dragging.get(n.id);
      return position ? { ...n, position } : n;
    });
  }, [view, dragging]);
  useLayoutEffect(() => {
    everyNode.current = nodes;
  }, [nodes]);
  // A big map is handed to React Flow a window at a time: the view and a margin round it.
  const windowed = doc.nodes.length >= WINDOWED_FROM;
  const area = useViewWindow(windowed);
  // Zoomed out past reading, a big map is one picture; a lens, a scenario or a comparison is drawn on React Flow's nodes.
  const pictured = windowed && zoomedOut && !lensShown && !comparing;
  const [drawPicture] = useState(createMapPicturer);
  const picture = useMemo(() => (pictured ? drawPicture(nodes, view.edges) : undefined), [drawPicture, pictured, nodes, view.edges]);
  const [holdWindow] = useState(createWindowHolder<Node, FloatingFlowEdge>);
  const held = useMemo(() => (area ? holdWindow(nodes, view.edges, pictured ? NO_WINDOW : area, heldAnywhere) : { nodes, edges: view.edges }), [holdWindow, area, pictured, nodes, view.edges]);
  const picturePointer = usePicturePointer(pictured, allNodes, !readOnly);

  // An empty diagram starts at 100%; any other is fitted into view, as far as its names stay readable.
  const fitDiagram = useEffectEvent(() => {
    const shown = everyNode.current;
    const { width, height } = flowStore.getState();
    void setViewport(shown.length ? openingViewport(getNodesBounds(shown as Node[]), { width, height }) : { x: 0, y: 0, zoom: 1 });
  });
  useEffect(() => {
    // On mount and whenever a diagram is opened or laid out; never because a node was added. At once when the pane
    // has its size (React Flow's own effects measured it): a big map's window is then taken round the fitted view
    // only, not first round the view it replaces.
    if (flowStore.getState().width) return fitDiagram();
    const frame = requestAnimationFrame(fitDiagram);
    return () => cancelAnimationFrame(frame);
  }, [fitRequest, flowStore]);

  // One node dragged alone lines up with the others' edges and centres, and the guides show where.
  const align = useCallback((changes: NodeChange[]) => {
    const moves = changes.filter((c) => c.type === 'position');
    const move = moves.length === 1 ? moves[0] : undefined;
    // The drop snaps as the drag did (React Flow reports the pointer's place); a nudge by arrow key does not.
    if (!move?.position || !(move.dragging || aligning.current)) return setGuides(undefined);
    aligning.current = !!move.dragging;
    const { nodes: all, transform } = flowStore.getState();
    const dragged = all.find((n) => n.id === move.id);
    if (!dragged) return;
    const others = all.filter((n) => n.id !== move.id).map(boxOf);
    const aligned = alignTo({ ...boxOf(dragged), ...move.position }, others, ALIGN_DISTANCE / transform[2]);
    move.position = { x: aligned.x, y: aligned.y };
    setGuides(move.dragging ? aligned : undefined);
  }, [flowStore]);
  const onNodesChange = useCallback((reported: NodeChange[]) => {
    const changes = intercept(reported);
    align(changes);
    const session = useSessionStore.getState();
    const selected = selectionAfter(session.selection, changes);
    if (selected) void run(commands.select, selected);
    const { dragging: moving, done } = positionsOf(changes);
    if (moving.size) void run(commands.drag, new Map([...(session.dragging ?? []), ...moving]));
    if (done.size) void run(commands.moveNodes, { positions: done, mergeKey: session.dragging ? undefined : `nudge:${[...done.keys()].join()}` });
  }, [align, intercept]);
  const onEdgesChange = useCallback((changes: EdgeChange[]) => {
    const selected = selectionAfter(useSessionStore.getState().selection, changes);
    if (selected) void run(commands.select, selected);
  }, []);
  const onConnect = useCallback((c: Connection) => connectNodes(c.source, c.target), []);
  // Letting go of an arrow anywhere over a node connects to it, not only on its small handle.
  const onConnectEnd: OnConnectEnd = useCallback((event, state) => {
    if (reconnecting.current || state.isValid || !state.fromNode) return;
    const target = nodeUnder(event);
    if (!target) return;
    const [source, to] = state.fromHandle?.type === 'target' ? [target, state.fromNode.id] : [state.fromNode.id, target];
    connectNodes(source, to);
  }, []);
  const onReconnectStart = useCallback(() => void (reconnecting.current = true), []);
  const onReconnect: OnReconnect = useCallback((edge, c) => void run(commands.reconnect, { edge: edge.id, source: c.source, target: c.target }), []);
  // An arrow's end let go anywhere over a node moves there (one undo step), as a new arrow would connect there.
  // React Flow names the end that stays put: its type is the kept end's.
  const onReconnectEnd = useCallback((event: globalThis.MouseEvent | TouchEvent, edge: FloatingFlowEdge, kept: 'source' | 'target', state: { isValid: boolean | null }) => {
    reconnecting.current = false;
    const onto = state.isValid ? undefined : nodeUnder(event);
    if (!onto) return;
    const [source, target] = kept === 'source' ? [edge.source, onto] : [onto, edge.target];
    void run(commands.reconnect, { edge: edge.id, source, target });
  }, []);

  const addAt = (kind: NodeKind, at: Point) => void run(commands.addNode, { kind, at });
  const addFromPalette = (item: PaletteItem) => {
    const previous = lastAdded.current ? getNode(lastAdded.current) : undefined;
    const spot = paletteSpot(itemSize(item), getNodes().map(boxOf), pointer.viewCentre(), previous && boxOf(previous));
    addItem(item, spot);
    lastAdded.current = useSessionStore.getState().renaming;
  };
  const onDoubleClick = (event: MouseEvent) => {
    if (readOnly || !(event.target as Element).classList.contains('react-flow__pane')) return;
    addAt('service', centred('service', screenToFlowPosition({ x: event.clientX, y: event.clientY })));
  };
  const [menu, setMenu] = useState<OpenMenu>();
  const closeMenu = useCallback(() => setMenu(undefined), []);
  // On the wrapper: React Flow keeps the pane's own context-menu event while right-drag pans.
  const onContextMenu = (event: MouseEvent) => {
    const element = event.target as Element;
    const item = element.closest('.react-flow__node, .react-flow__edge');
    if (!item && !element.closest('.react-flow__pane')) return;
    const pictureNode = item ? undefined : picturePointer.hit(event);
    event.preventDefault();
    // From the keyboard (Shift+F10, the menu key) there is no pointer: open by the focused element.
    const box = element.getBoundingClientRect();
    const screen = event.clientX || event.clientY ? { x: event.clientX, y: event.clientY } : { x: box.left + box.width / 2, y: box.top + box.height / 2 };
    const id = item?.getAttribute('data-id') ?? pictureNode;
    if (id && !useSessionStore.getState().selection.includes(id)) void run(commands.select, [id]);
    const target: MenuTarget = id ? { type: !item || item.classList.contains('react-flow__node') ? 'node' : 'edge', id } : { type: 'pane', at: screenToFlowPosition(screen) };
    const entries = contextMenuEntries(target, appContext, navigator.clipboard);
    setMenu(entries.length ? { ...screen, entries } : undefined);
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
    if (isPaletteItem(kind)) addItem(kind, centredItem(kind, screenToFlowPosition({ x: event.clientX, y: event.clientY })));
    else if (event.dataTransfer.files.length) onDropFiles?.(event.dataTransfer.files);
  };

  return (
    <div className="fm-editor" style={EFFECT_VARIABLES} onContextMenu={onContextMenu} onPointerDownCapture={picturePointer.onPointerDownCapture} onDoubleClickCapture={picturePointer.onDoubleClickCapture}>
      {readOnly ? null : <Palette onAdd={addFromPalette} />}
      <ReactFlow
        nodes={held.nodes}
        edges={held.edges}
        nodeTypes={NODE_TYPES}
        edgeTypes={EDGE_TYPES}
        onNodesChange={onNodesChange}
        onEdgesChange={onEdgesChange}
        onConnect={readOnly ? undefined : onConnect}
        onConnectEnd={readOnly ? undefined : onConnectEnd}
        edgesReconnectable={!readOnly}
        elevateEdgesOnSelect
        onReconnect={onReconnect}
        onReconnectStart={onReconnectStart}
        onReconnectEnd={onReconnectEnd}
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
        onSelectionEnd={picturePointer.onSelectionEnd}
        panOnDrag={PAN_BUTTONS}
        panOnScroll
        zoomOnDoubleClick={false}
        snapToGrid={snapToGrid}
        snapGrid={SNAP_GRID}
        connectionRadius={32}
        onlyRenderVisibleElements={held.nodes.length > VISIBLE_ONLY_FROM}
        minZoom={0.05}
        fitViewOptions={FIT}
        aria-label="Diagram canvas"
        colorMode={colorMode}
      >
        {detailed ? <Background gap={GRID} /> : null}
        {picture ? <MapPictureLayer picture={picture} label={pictureLabel(doc.nodes.length, doc.edges.length)} /> : null}
        {minimap && windowed ? <OverviewMap nodes={nodes} colour={minimapColour} size={MINIMAP_SIZE} label="Minimap" /> : null}
        {minimap && !windowed ? <MiniMap pannable zoomable ariaLabel="Minimap" nodeColor={minimapColour} nodeBorderRadius={6} style={MINIMAP_SIZE} /> : null}
        <Controls showInteractive={false} orientation="horizontal" aria-label="Zoom controls" onFitView={fitAll} />
        <AlignmentGuides guides={guides} />
        <LensLegend lens={lens} view={lensShown} />
        <LensPicker lens={lens} />
        {comparison ? <CompareLegend name={comparison.name} /> : null}
        {doc.nodes.length === 0 && !doc.groups?.length && !doc.notes?.length && !readOnly ? (
          <Panel position="top-center" className="fm-empty-hint">
            {EMPTY_HINT}
          </Panel>
        ) : null}
      </ReactFlow>
      {menu ? <ContextMenu menu={menu} onClose={closeMenu} /> : null}
    </div>
  );
}
