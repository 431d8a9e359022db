import { memo, useMemo, useRef, useState, type PointerEvent, type WheelEvent } from 'react';
import { Panel, getNodesBounds, useReactFlow, useStore, type Node, type ReactFlowState } from '@xyflow/react';
import type { Box } from '../model';
import { boxAround, viewBox } from './viewWindow';
import { boxPart } from './mapPicture';
import { createPathJoiner, samePaths } from './pathJoiner';

/** Room round the drawing inside the overview, in overview pixels (React Flow's minimap leaves 5). */
const OFFSET = 5;
/** Zoom change per pixel of wheel travel, as React Flow's minimap zooms. */
const WHEEL_STEP = 0.002;

const sameBox = (a: Box, b: Box) => a.x === b.x && a.y === b.y && a.width === b.width && a.height === b.height;
const seen = (state: ReactFlowState) => viewBox(state.transform, state.width, state.height);

/**
 * One path per colour: thousands of boxes drawn as a handful of SVG elements. A colour's path is joined again only
 * when its boxes changed, and the paths drawn last time come back while all are the same (a node renamed, its box
 * the same size).
 */
function createPathsByColour(): (nodes: readonly Node[], colour: (node: Node) => string) => [string, string][] {
  const startDrawing = createPathJoiner();
  let last: [string, string][] | undefined;
  return (nodes, colour) => {
    const parts = new Map<string, string[]>();
    for (const node of nodes) {
      const fill = colour(node);
      let boxes = parts.get(fill);
      if (!boxes) parts.set(fill, (boxes = []));
      boxes.push(boxPart(node));
    }
    const join = startDrawing();
    const paths = [...parts].map(([fill, boxes]): [string, string] => [fill, join(fill, boxes)]);
    if (last && samePaths(last, paths)) return last;
    return (last = paths);
  };
}

const Drawing = memo(function Drawing({ nodes, colour }: { nodes: readonly Node[]; colour: (node: Node) => string }) {
  const [pathsByColour] = useState(createPathsByColour);
  const paths = useMemo(() => pathsByColour(nodes, colour), [pathsByColour, nodes, colour]);
  return paths.map(([fill, d]) => <path key={fill} d={d} fill={fill} />);
});

/**
 * The minimap of a windowed map: React Flow's own draws only the nodes React Flow holds, so this one draws every
 * node of the document (the boxes the canvas derived, in one path per colour) and the view over them, and pans
 * (drag) and zooms (wheel) the canvas as React Flow's minimap does.
 */
export function OverviewMap({ nodes, colour, size, label }: { nodes: readonly Node[]; colour: (node: Node) => string; size: { width: number; height: number }; label: string }) {
  const view = useStore(seen, sameBox);
  const { getViewport, setViewport, zoomTo } = useReactFlow();
  const drawing = useMemo(() => (nodes.length ? getNodesBounds(nodes as Node[]) : undefined), [nodes]);
  const bounds = drawing ? boxAround(drawing, view) : view;
  const scale = Math.max(bounds.width / size.width, bounds.height / size.height);
  const offset = OFFSET * scale;
  const [width, height] = [size.width * scale + 2 * offset, size.height * scale + 2 * offset];
  const [x, y] = [bounds.x - (size.width * scale - bounds.width) / 2 - offset, bounds.y - (size.height * scale - bounds.height) / 2 - offset];
  const dragFrom = useRef<{ x: number; y: number }>(undefined);

  const onPointerDown = (event: PointerEvent<SVGSVGElement>) => {
    if (event.button !== 0) return;
    event.currentTarget.setPointerCapture(event.pointerId);
    dragFrom.current = { x: event.clientX, y: event.clientY };
  };
  // The view's frame follows the pointer: a pixel of drag is `scale` diagram units.
  const onPointerMove = (event: PointerEvent<SVGSVGElement>) => {
    const from = dragFrom.current;
    if (!from) return;
    dragFrom.current = { x: event.clientX, y: event.clientY };
    const now = getViewport();
    void setViewport({ x: now.x - (event.clientX - from.x) * scale * now.zoom, y: now.y - (event.clientY - from.y) * scale * now.zoom, zoom: now.zoom });
  };
  const onPointerUp = () => void (dragFrom.current = undefined);
  const onWheel = (event: WheelEvent<SVGSVGElement>) => void zoomTo(getViewport().zoom * Math.pow(2, -event.deltaY * WHEEL_STEP));

  return (
    <Panel position="bottom-right" className="react-flow__minimap" style={size}>
      <svg width={size.width} height={size.height} viewBox={`${x} ${y} ${width} ${height}`} className="react-flow__minimap-svg" role="img" aria-label={label} onPointerDown={onPointerDown} onPointerMove={onPointerMove} onPointerUp={onPointerUp} onPointerCancel={onPointerUp} onWheel={onWheel}>
        <Drawing nodes={nodes} colour={colour} />
        <path className="react-flow__minimap-mask" d={`M${x - offset},${y - offset}h${width + 2 * offset}v${height + 2 * offset}h${-width - 2 * offset}z M${view.x},${view.y}h${view.width}v${view.height}h${-view.width}z`} fillRule="evenodd" pointerEvents="none" />
      </svg>
    </Panel>
  );
}

