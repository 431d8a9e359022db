import { Panel } from '@xyflow/react';

/** What the comparison's marks mean, in the corner where a lens's legend goes. */
export function CompareLegend({ name }: { name: string }) {
  return (
    <Panel position="top-left" className="fm-legend fm-compare-legend" aria-label="Comparison legend" role="note">
      <p className="fm-compare-legend__title">Changes since {name}</p>
      <ul>
        <li><span className="fm-legend__swatch fm-compare-swatch--added" /> added</li>
        <li><span className="fm-legend__swatch fm-compare-swatch--changed" /> changed (the panel says what)</li>
        <li><span className="fm-legend__swatch fm-compare-swatch--removed" /> removed: where it was</li>
      </ul>
    </Panel>
  );
}
