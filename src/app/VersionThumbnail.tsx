import type { Thumbnail } from '../io';

/** A version's diagram drawn small: kind-coloured boxes and arrows, nothing to read (the row says what it is). */
export function VersionThumbnail({ thumbnail }: { thumbnail?: Thumbnail }) {
  if (!thumbnail) return <div className="fm-version__thumb" aria-hidden="true" />;
  const { x, y, width, height } = thumbnail.viewBox;
  return (
    <svg className="fm-version__thumb" viewBox={`${x} ${y} ${width} ${height}`} preserveAspectRatio="xMidYMid meet" aria-hidden="true" focusable="false">
      {thumbnail.arrows.map((arrow) => (
        <path key={arrow.id} d={arrow.d} className="fm-version__arrow" vectorEffect="non-scaling-stroke" />
      ))}
      {thumbnail.boxes.map((box) => (
        <rect key={box.id} x={box.x} y={box.y} width={box.width} height={box.height} rx={10} fill={box.colour} />
      ))}
    </svg>
  );
}
