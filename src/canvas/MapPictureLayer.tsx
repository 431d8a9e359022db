import { memo } from 'react';
import { useStore, type ReactFlowState } from '@xyflow/react';
import type { MapPicture } from './mapPicture';

const transformOf = (state: ReactFlowState) => `translate(${state.transform[0]} ${state.transform[1]}) scale(${state.transform[2]})`;

const Paths = memo(function Paths({ picture }: { picture: MapPicture }) {
  return (
    <>
      {(['plain', 'failure'] as const).map((kind) => (
        <g key={kind} className={`fm-picture__arrows fm-picture__arrows--${kind}`}>
          <path d={picture.arrows[kind].curves} />
          <path className="fm-picture__heads" d={picture.arrows[kind].heads} />
        </g>
      ))}
      {picture.boxes.map(([colour, d]) => (
        <path key={colour} className="fm-picture__boxes" d={d} stroke={colour} fill={colour} />
      ))}
      {picture.badges.map(([severity, d]) => (
        <path key={severity} className={`fm-picture__badges fm-picture__badges--${severity}`} d={d} />
      ))}
    </>
  );
});

/**
 * The map drawn as one picture under what React Flow holds, following the view: only its transform changes as the
 * view pans or zooms. Presses on it are hit-tested against the nodes' boxes (`usePicturePointer`).
 */
export function MapPictureLayer({ picture, label }: { picture: MapPicture; label: string }) {
  const transform = useStore(transformOf);
  return (
    <svg className="fm-picture" role="img" aria-label={label}>
      <g transform={transform}>
        <Paths picture={picture} />
      </g>
    </svg>
  );
}
