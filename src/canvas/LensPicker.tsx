import { Panel } from '@xyflow/react';
import { commands, run } from '../commands';
import { LENSES, type Lens } from './lenses';

/** The lenses are a way of looking at the map, so they float on it, at the bottom, where a pan never needs them. */
export function LensPicker({ lens }: { lens: Lens }) {
  return (
    <Panel position="bottom-center" className="fm-lens-picker">
      <fieldset className="fm-lenses">
        <legend>Lens</legend>
        {LENSES.map((option) => (
          <label key={option.id}>
            <input type="radio" name="lens" value={option.id} checked={lens === option.id} onChange={() => void run(commands.setLens, option.id)} />
            {option.name}
          </label>
        ))}
      </fieldset>
    </Panel>
  );
}
