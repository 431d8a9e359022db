import { useStore } from '@xyflow/react';
import type { Alignment } from './alignment';

/** The guides of the node being dragged, drawn across the whole canvas. */
export function AlignmentGuides({ guides }: { guides?: Pick<Alignment, 'vertical' | 'horizontal'> }) {
  const [x, y, zoom] = useStore((state) => state.transform);
  if (guides?.vertical === undefined && guides?.horizontal === undefined) return null;
  return (
    <svg className="fm-guides" aria-hidden="true">
      {guides.vertical !== undefined ? <line x1={guides.vertical * zoom + x} x2={guides.vertical * zoom + x} y1="0" y2="100%" /> : null}
      {guides.horizontal !== undefined ? <line y1={guides.horizontal * zoom + y} y2={guides.horizontal * zoom + y} x1="0" x2="100%" /> : null}
    </svg>
  );
}
