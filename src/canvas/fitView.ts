import { getNodesBounds, getViewportForBounds, type FitViewOptions, type Node } from '@xyflow/react';
import { NODE_TEXT, type Box } from '../model';

/** The width the floating palette covers at the canvas's left edge: a fitted map starts right of it. */
export const PALETTE_ROOM = 88;

/** How the canvas fits a diagram into view on request (Shift+1, the fit button): a margin, never enlarged past 100%. */
export const FIT = { padding: { top: 0.12, right: 0.12, bottom: 0.12, left: `${PALETTE_ROOM + 24}px` as const }, maxZoom: 1 };

/** The zoom below which node names (NODE_TEXT.label at 100%) would be under 12 px on screen. */
export const READABLE_ZOOM = 12 / NODE_TEXT.label.size;
/** Room left around a diagram that is opened, on screen. */
const MARGIN = 40;

export interface Viewport {
  x: number;
  y: number;
  zoom: number;
}

/**
 * The view a diagram opens in: all of it with a margin, right of the palette, but never zoomed out so far that its names cannot be read.
 * A map too big for that opens at the readable zoom at its top-left corner (where a left-to-right flow starts),
 * centred along any direction it fits in.
 */
export function openingViewport(bounds: Box, pane: { width: number; height: number }): Viewport {
  const width = pane.width - PALETTE_ROOM;
  const fit = Math.min((width - 2 * MARGIN) / bounds.width, (pane.height - 2 * MARGIN) / bounds.height);
  const zoom = Math.min(FIT.maxZoom, Math.max(READABLE_ZOOM, fit));
  const place = (start: number, length: number, room: number) =>
    length * zoom <= room - 2 * MARGIN ? (room - length * zoom) / 2 - start * zoom : MARGIN - start * zoom;
  return { x: PALETTE_ROOM + place(bounds.x, bounds.width, width), y: place(bounds.y, bounds.height, pane.height), zoom };
}

/** The view that shows these nodes with a padding (React Flow's `fitView`, from boxes React Flow need not hold). */
export function viewportShowing(nodes: readonly Node[], pane: { width: number; height: number; minZoom: number }, { padding, maxZoom }: { padding: NonNullable<FitViewOptions['padding']>; maxZoom: number }): Viewport | undefined {
  return nodes.length ? getViewportForBounds(getNodesBounds(nodes as Node[]), pane.width, pane.height, pane.minZoom, maxZoom, padding) : undefined;
}
