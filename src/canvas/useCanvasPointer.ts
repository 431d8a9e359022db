import { useCallback, useMemo, useRef, type PointerEvent } from 'react';
import { useReactFlow } from '@xyflow/react';
import type { Point } from '../store';

/** Where on the diagram new things go: the pointer's last place over the canvas, else the middle of the view. */
export function useCanvasPointer() {
  const last = useRef<{ client: Point; element: Element } | undefined>(undefined);
  const { screenToFlowPosition } = useReactFlow();
  const track = useCallback((event: PointerEvent) => {
    last.current = { client: { x: event.clientX, y: event.clientY }, element: event.currentTarget };
  }, []);
  const viewCentre = useCallback((): Point => {
    const pane = document.querySelector('.react-flow');
    const rect = pane?.getBoundingClientRect();
    return rect ? screenToFlowPosition({ x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 }) : { x: 0, y: 0 };
  }, [screenToFlowPosition]);
  const pastePoint = useCallback((): Point => {
    const seen = last.current;
    return seen && seen.element.matches(':hover') ? screenToFlowPosition(seen.client) : viewCentre();
  }, [screenToFlowPosition, viewCentre]);
  return useMemo(() => ({ track, viewCentre, pastePoint }), [track, viewCentre, pastePoint]);
}
