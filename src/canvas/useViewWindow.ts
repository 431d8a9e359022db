import { useEffect, useState } from 'react';
import { useStoreApi } from '@xyflow/react';
import type { Box } from '../model';
import { stillServes, viewBox, windowAround } from './viewWindow';

const NOWHERE: Box = { x: 0, y: 0, width: 0, height: 0 };

/**
 * The window of the diagram the canvas hands to React Flow while `windowed`: it follows the view, but only
 * changes when the view leaves its inner part, so panning re-renders the map once in a while, not every frame.
 */
export function useViewWindow(windowed: boolean): Box | undefined {
  const flowStore = useStoreApi();
  const [area, setArea] = useState<Box>();
  useEffect(() => {
    if (!windowed) return;
    const follow = () => {
      const { transform, width, height } = flowStore.getState();
      if (!width || !height) return;
      const view = viewBox(transform, width, height);
      setArea((current) => (current && stillServes(current, view) ? current : windowAround(view)));
    };
    follow();
    return flowStore.subscribe(follow);
  }, [windowed, flowStore]);
  // Until the pane has a size, only what is held anywhere (the selection, boundaries, notes).
  return windowed ? (area ?? NOWHERE) : undefined;
}
