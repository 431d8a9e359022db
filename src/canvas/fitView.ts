import { NODE_TEXT, type Box } from '../model';

/** How the canvas fits a diagram into view on request (Shift+1, the fit button): a margin, never enlarged past 100%. */
export const FIT = { padding: 0.15, maxZoom: 1 };

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
 * The view a diagram opens in: all of it with a margin, but never zoomed out so far that its names cannot be read.
 * A map too big for that opens at the readable zoom at its top-left corner (where a left-to-right flow starts),
 * centred along any direction it fits in.
 */
export function openingViewport(bounds: Box, pane: { width: number; height: number }): Viewport {
  const fit = Math.min((pane.width - 2 * MARGIN) / bounds.width, (pane.height - 2 * MARGIN) / bounds.height);
  const zoom = Math.min(FIT.maxZoom, Math.max(READABLE_ZOOM, fit));
  const place = (start: number, length: number, room: number) =>
    length * zoom <= room - 2 * MARGIN ? (room - length * zoom) / 2 - start * zoom : MARGIN - start * zoom;
  return { x: place(bounds.x, bounds.width, pane.width), y: place(bounds.y, bounds.height, pane.height), zoom };
}
