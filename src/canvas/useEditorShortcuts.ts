import { useEffect } from 'react';
import { useReactFlow, useStoreApi, type Node } from '@xyflow/react';
import { appContext, commands, isTyping, run, setViewport } from '../commands';
import type { Point } from '../store';
import { FIT, viewportShowing } from './fitView';

const ZOOM = { duration: 150 };
const FOCUS = { padding: 0.4, maxZoom: 1.5 };

/**
 * Lends the command layer the view (fit, zoom, focus, where to paste) and turns the browser's copy,
 * cut and paste events into commands while the canvas is on screen. Fitting and focusing look at every node of
 * the diagram (`allNodes`), not only those React Flow holds: a big map is handed to it a window at a time.
 */
export function useEditorShortcuts(pastePoint: () => Point, viewCentre: () => Point, allNodes: () => readonly Node[]) {
  const { setViewport: setView, zoomIn, zoomOut, zoomTo } = useReactFlow();
  const flowStore = useStoreApi();
  useEffect(() => {
    const show = (nodes: readonly Node[], fit: Parameters<typeof viewportShowing>[2], duration: number) => {
      const view = viewportShowing(nodes, flowStore.getState(), fit);
      if (view) void setView(view, { duration });
    };
    setViewport({
      fit: () => show(allNodes(), FIT, 200),
      zoomIn: () => void zoomIn(ZOOM),
      zoomOut: () => void zoomOut(ZOOM),
      zoomReset: () => void zoomTo(1, ZOOM),
      focus: (ids) => {
        const wanted = new Set(ids);
        show(allNodes().filter((node) => wanted.has(node.id)), FOCUS, 300);
      },
      centre: viewCentre,
      pastePoint,
    });
    const clipboard = (command: typeof commands.copy) => (event: ClipboardEvent) => {
      if (isTyping(event.target) || !event.clipboardData || appContext.session.getState().selection.length === 0) return;
      event.preventDefault();
      void run(command, event.clipboardData);
    };
    const copy = clipboard(commands.copy);
    const cut = clipboard(commands.cut);
    const paste = (event: ClipboardEvent) => {
      const text = event.clipboardData?.getData('text/plain').trim();
      if (isTyping(event.target) || !text) return;
      event.preventDefault();
      void run(commands.paste, text);
    };
    document.addEventListener('copy', copy);
    document.addEventListener('cut', cut);
    document.addEventListener('paste', paste);
    return () => {
      setViewport(undefined);
      document.removeEventListener('copy', copy);
      document.removeEventListener('cut', cut);
      document.removeEventListener('paste', paste);
    };
  }, [setView, zoomIn, zoomOut, zoomTo, flowStore, pastePoint, viewCentre, allNodes]);
}
