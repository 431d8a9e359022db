import { useEffect } from 'react';
import { useReactFlow } from '@xyflow/react';
import { appContext, commands, isTyping, run, setViewport } from '../commands';
import type { Point } from '../store';
import { FIT } from './fitView';

const ZOOM = { duration: 150 };

/**
 * Lends the command layer the view (fit, zoom, focus, where to paste) and turns the browser's copy,
 * cut and paste events into commands while the canvas is on screen.
 */
export function useEditorShortcuts(pastePoint: () => Point, viewCentre: () => Point) {
  const { fitView, zoomIn, zoomOut, zoomTo } = useReactFlow();
  useEffect(() => {
    setViewport({
      fit: () => void fitView({ ...FIT, duration: 200 }),
      zoomIn: () => void zoomIn(ZOOM),
      zoomOut: () => void zoomOut(ZOOM),
      zoomReset: () => void zoomTo(1, ZOOM),
      focus: (ids) => void fitView({ nodes: ids.map((id) => ({ id })), duration: 300, padding: 0.4, maxZoom: 1.5 }),
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
  }, [fitView, zoomIn, zoomOut, zoomTo, pastePoint, viewCentre]);
}
