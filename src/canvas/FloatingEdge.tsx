import { memo, useCallback, useMemo, type MouseEvent } from 'react';
import { BaseEdge, useStore, type Edge, type EdgeProps, type ReactFlowState } from '@xyflow/react';
import { edgeLabelSize, labelBox, routeEdge, routeLoop, routePath, type Box, type Slot } from '../model';

/** The edge's place among the arrows joining the same two nodes (a type alias, as React Flow's data must be). */
export type EdgeSlot = { [K in keyof Slot]: Slot[K] };
export type FloatingFlowEdge = Edge<EdgeSlot, 'floating'>;

const sameBox = (a: Box | undefined, b: Box | undefined) => a === b || (!!a && !!b && a.x === b.x && a.y === b.y && a.width === b.width && a.height === b.height);

/** A node's box on the canvas, from the position and size React Flow already holds: nothing is measured per frame. */
function useNodeBox(id: string): Box | undefined {
  const select = useCallback((state: ReactFlowState): Box | undefined => {
    const node = state.nodeLookup.get(id);
    if (!node) return undefined;
    const { x, y } = node.internals.positionAbsolute;
    return { x, y, width: node.measured.width ?? node.width ?? 0, height: node.measured.height ?? node.height ?? 0 };
  }, [id]);
  return useStore(select, sameBox);
}

/**
 * React Flow puts an arrow's reconnect anchors where its handles are, not where a floating arrow ends; pressing
 * on the end we draw passes the press on to the anchor of that end, so the drag is React Flow's own reconnect.
 */
function grabEnd(event: MouseEvent<SVGCircleElement>, end: 'source' | 'target') {
  const anchor = event.currentTarget.closest('.react-flow__edge')?.querySelector(`.react-flow__edgeupdater-${end}`);
  if (event.button !== 0 || !anchor) return;
  event.stopPropagation();
  anchor.dispatchEvent(new globalThis.MouseEvent('mousedown', event.nativeEvent));
}

/**
 * An arrow that attaches to the sides of its two nodes that face each other (React Flow's floating-edge
 * technique), loops round a node's corner when it points back at its source, and keeps its label off both
 * nodes. The route is the one the SVG/PNG export draws.
 */
export const FloatingEdge = memo(function FloatingEdge({ id, source, target, data, label, markerEnd, style, interactionWidth, selected }: EdgeProps<FloatingFlowEdge>) {
  const from = useNodeBox(source);
  const to = useNodeBox(target);
  const text = typeof label === 'string' ? label : undefined;
  const drawn = useMemo(() => {
    if (!from || !to) return undefined;
    const slot = data ?? { offset: 0, along: 0.5, index: 0 };
    const route = source === target ? routeLoop(from, slot.index) : routeEdge(from, to, slot.offset);
    return { route, path: routePath(route), tag: text ? labelBox(route, slot.along, edgeLabelSize(text), [from, to]) : undefined };
  }, [from, to, data, source, target, text]);
  if (!drawn) return null;
  const { route, path, tag } = drawn;
  return (
    <>
      <BaseEdge id={id} path={path} markerEnd={markerEnd} style={style} interactionWidth={interactionWidth} />
      {tag && text ? (
        <g className="fm-edge-label" transform={`translate(${tag.x} ${tag.y})`}>
          <rect width={tag.width} height={tag.height} rx={5} />
          <text x={tag.width / 2} y={tag.height / 2} dy="0.35em" textAnchor="middle">
            {text}
          </text>
        </g>
      ) : null}
      {selected ? (
        <>
          <circle className="fm-edge-end nodrag nopan" cx={route.start.x} cy={route.start.y} r={9} onMouseDown={(event) => grabEnd(event, 'source')} />
          <circle className="fm-edge-end nodrag nopan" cx={route.end.x} cy={route.end.y} r={9} onMouseDown={(event) => grabEnd(event, 'target')} />
        </>
      ) : null}
    </>
  );
});
