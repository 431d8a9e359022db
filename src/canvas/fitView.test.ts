import { describe, expect, it } from 'vitest';
import { openingViewport, PALETTE_ROOM, READABLE_ZOOM } from './fitView';

const pane = { width: 1000, height: 800 };

describe('openingViewport', () => {
  it('centres a small diagram at 100% in the room right of the palette, never enlarging it', () => {
    expect(openingViewport({ x: 0, y: 0, width: 200, height: 100 }, pane)).toEqual({ x: PALETTE_ROOM + (1000 - PALETTE_ROOM - 200) / 2, y: 350, zoom: 1 });
  });

  it('zooms a diagram a little too big out until it fits with a margin', () => {
    const view = openingViewport({ x: 100, y: 0, width: 900, height: 400 }, pane);
    expect(view.zoom).toBeCloseTo((1000 - PALETTE_ROOM - 80) / 900);
    expect(view.x + 100 * view.zoom).toBeCloseTo(PALETTE_ROOM + 40);
    expect(view.y + 200 * view.zoom).toBeCloseTo(400);
  });

  it('opens a big map at the zoom where names can be read, at its top-left corner', () => {
    const view = openingViewport({ x: -50, y: -20, width: 5000, height: 3000 }, pane);
    expect(view.zoom).toBe(READABLE_ZOOM);
    expect(view.x - 50 * view.zoom).toBeCloseTo(PALETTE_ROOM + 40);
    expect(view.y - 20 * view.zoom).toBeCloseTo(40);
  });

  it('names are 12 px on screen at the readable zoom', () => {
    expect(14 * READABLE_ZOOM).toBeCloseTo(12);
  });
});
