import { Panel } from '@xyflow/react';
import type { Lens, LensView } from './lenses';

/** Each entity once, in the colour the lens gives its writers. */
function entitiesOf(view: LensView): { entity: string; colour: string }[] {
  const seen = new Map<string, string>();
  for (const list of view.nodeEntities.values()) for (const { entity, colour } of list) seen.set(entity, colour);
  return [...seen].map(([entity, colour]) => ({ entity, colour }));
}

/** What the lens's colours and marks mean, in a corner of the canvas. */
export function LensLegend({ lens, view }: { lens: Lens; view: LensView | undefined }) {
  if (lens === 'none' || !view) return null;
  return (
    <Panel position="top-left" className="fm-legend" aria-label={lens === 'ownership' ? 'Ownership legend' : 'Failure paths legend'} role="note">
      {lens === 'ownership' ? (
        <ul>
          {entitiesOf(view).map(({ entity, colour }) => (
            <li key={entity}>
              <span className="fm-chip" style={{ background: colour }}>{entity}</span> written here
            </li>
          ))}
          <li><span className="fm-legend__swatch fm-legend__swatch--unowned" /> no owner</li>
          <li><span className="fm-legend__swatch fm-legend__swatch--dim" /> not a write</li>
        </ul>
      ) : (
        <ul>
          <li><span className="fm-legend__line fm-legend__line--hot" /> failure path (the label says how: late, twice, lost…)</li>
          <li><span className="fm-legend__swatch fm-legend__swatch--dim" /> not on a failure path</li>
        </ul>
      )}
    </Panel>
  );
}
