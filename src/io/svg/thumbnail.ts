import { KIND_SPEC, routeEdge, routePath, type Box, type FlowDocument } from '../../model';
import { boundsOf, placeNodes } from './placement';

/** A diagram drawn small: its node boxes in their kind's colour and its arrows, with nothing to read. */
export interface Thumbnail {
  /** The drawing's extent, padded, in document coordinates. */
  viewBox: Box;
  boxes: (Box & { id: string; colour: string })[];
  /** SVG path data, border to border as the canvas draws them. */
  arrows: { id: string; d: string }[];
  /** Nodes left out to keep the picture cheap; their arrows are left out too. */
  omitted: number;
}

/** A list of thumbnails stays cheap to draw whatever the diagrams' size. */
export const THUMBNAIL_LIMITS = { nodes: 200, arrows: 300 } as const;

const PADDING = 20;
const EMPTY: Box = { x: 0, y: 0, width: 200, height: 120 };

export function thumbnailOf(doc: FlowDocument, limits: { nodes: number; arrows: number } = THUMBNAIL_LIMITS): Thumbnail {
  const shown = doc.nodes.slice(0, limits.nodes);
  const placed = placeNodes(shown);
  const boxes = shown.map((node) => ({ id: node.id, colour: KIND_SPEC[node.kind].colour, ...placed.get(node.id)! }));
  const arrows = doc.edges
    .filter((edge) => edge.source !== edge.target && placed.has(edge.source) && placed.has(edge.target))
    .slice(0, limits.arrows)
    .map((edge) => ({ id: edge.id, d: routePath(routeEdge(placed.get(edge.source)!, placed.get(edge.target)!)) }));
  const bounds = boundsOf(placed.values());
  const viewBox = bounds ? { x: bounds.x - PADDING, y: bounds.y - PADDING, width: bounds.width + 2 * PADDING, height: bounds.height + 2 * PADDING } : EMPTY;
  return { viewBox, boxes, arrows, omitted: doc.nodes.length - shown.length };
}
