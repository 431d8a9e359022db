import { useId } from 'react';
import { commands, run } from '../commands';
import { useDocumentStore } from '../store';

/** Draws an arrow from this node to another one picked by name: connecting without a mouse. */
export function ArrowTo({ from }: { from: string }) {
  const id = useId();
  const nodes = useDocumentStore((state) => state.doc.nodes);
  return (
    <div className="fm-inspector__field">
      <label htmlFor={id}>Draw an arrow to</label>
      <select id={id} value="" aria-describedby={`${id}-hint`} onChange={(event) => event.target.value && void run(commands.connect, { source: from, target: event.target.value })}>
        <option value="">Choose a node…</option>
        {nodes
          .filter((node) => node.id !== from)
          .map((node) => (
            <option key={node.id} value={node.id}>
              {node.label}
            </option>
          ))}
      </select>
      <p id={`${id}-hint`} className="fm-inspector__hint">
        The arrow’s kind follows from the two ends; select the arrow to change it.
      </p>
    </div>
  );
}
