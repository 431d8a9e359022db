import { useCallback, useEffect, useRef, type MouseEvent } from 'react';
import { useReactFlow, useStoreApi, type Node } from '@xyflow/react';
import type { Box } from '../model';
import { commands, run } from '../commands';
import { useSessionStore } from '../store';
import { nodeAt, nodesInside } from './mapPicture';

const onPane = (event: MouseEvent) => (event.target as Element).classList.contains('react-flow__pane');
const adding = (event: MouseEvent) => event.shiftKey || event.metaKey || event.ctrlKey;

/**
 * While the map is drawn as one picture, a press on it is hit-tested against the nodes' boxes: a click selects the
 * node under it (Shift, Ctrl or Cmd adds it to the selection or takes it out), a double-click renames it, and a box
 * dragged on the pane selects every node inside it, as they do on React Flow's own nodes. The node selected is then
 * held by React Flow, so it shows selected and can be dragged.
 */
export function usePicturePointer(pictured: boolean, allNodes: () => readonly Node[], editable: boolean) {
  const { screenToFlowPosition } = useReactFlow();
  const flowStore = useStoreApi();
  // React Flow clears its selection box before it reports the selection's end: the last one seen is kept.
  const lastBox = useRef<Box>(undefined);
  useEffect(() => {
    if (!pictured) return;
    return flowStore.subscribe((state) => {
      if (state.userSelectionRect) lastBox.current = state.userSelectionRect;
    });
  }, [pictured, flowStore]);

  /** The node drawn under the pointer, if the press is on the picture (the pane) and not on something React Flow holds. */
  const hit = (event: MouseEvent) => (pictured && onPane(event) ? nodeAt(allNodes(), screenToFlowPosition({ x: event.clientX, y: event.clientY })) : undefined);

  const onPointerDownCapture = (event: MouseEvent) => {
    const id = event.button === 0 ? hit(event) : undefined;
    if (!id) return;
    // Not a box selection, nor a click on the pane that would clear the selection.
    event.stopPropagation();
    const { selection } = useSessionStore.getState();
    void run(commands.select, !adding(event) ? [id] : selection.includes(id) ? selection.filter((s) => s !== id) : [...selection, id]);
  };
  const onDoubleClickCapture = (event: MouseEvent) => {
    const id = hit(event);
    if (!id) return;
    // Not a new node on the pane.
    event.stopPropagation();
    if (editable) useSessionStore.getState().set({ renaming: id, selection: [id] });
  };
  // Handed to React Flow: keeps its identity between renders.
  const onSelectionEnd = useCallback(() => {
    const box = lastBox.current;
    lastBox.current = undefined;
    if (!pictured || !box) return;
    const [x, y, zoom] = flowStore.getState().transform;
    void run(commands.select, nodesInside(allNodes(), { x: (box.x - x) / zoom, y: (box.y - y) / zoom, width: box.width / zoom, height: box.height / zoom }));
  }, [pictured, flowStore, allNodes]);
  return { hit, onPointerDownCapture, onDoubleClickCapture, onSelectionEnd };
}
