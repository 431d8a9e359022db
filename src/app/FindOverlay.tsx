import { useId, useMemo, useState, type KeyboardEvent } from 'react';
import { commands, run } from '../commands';
import { useDocumentStore, useSessionStore } from '../store';

const MAX_HITS = 12;

/** Ctrl/⌘ F: type part of a node's name, pick it, and the canvas selects it and zooms to it. */
export function FindOverlay() {
  const open = useSessionStore((state) => state.overlay === 'find');
  return open ? <FindBox /> : null;
}

function FindBox() {
  const listId = useId();
  const nodes = useDocumentStore((state) => state.doc.nodes);
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(0);
  const hits = useMemo(() => {
    const wanted = query.trim().toLocaleLowerCase();
    return wanted ? nodes.filter((n) => n.label.toLocaleLowerCase().includes(wanted)).slice(0, MAX_HITS) : [];
  }, [nodes, query]);
  const close = () => useSessionStore.getState().set({ overlay: undefined });
  const choose = (id: string) => {
    close();
    void run(commands.focusElements, { nodes: [id] });
  };
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Escape') close();
    else if (event.key === 'ArrowDown' || event.key === 'ArrowUp') setActive((at) => (at + (event.key === 'ArrowDown' ? 1 : -1) + hits.length) % Math.max(1, hits.length));
    else if (event.key === 'Enter' && hits[active]) choose(hits[active].id);
    else return;
    event.preventDefault();
    event.stopPropagation();
  };
  return (
    <div className="fm-find" role="dialog" aria-label="Find a node">
      <input
        type="search"
        role="combobox"
        aria-label="Find a node by name"
        aria-expanded={hits.length > 0}
        aria-controls={listId}
        aria-activedescendant={hits[active] ? `${listId}-${active}` : undefined}
        autoFocus
        placeholder="Find a node by name…"
        value={query}
        onChange={(event) => {
          setQuery(event.target.value);
          setActive(0);
        }}
        onKeyDown={onKeyDown}
        onBlur={close}
      />
      {query.trim() ? (
        <ul id={listId} role="listbox" aria-label="Matching nodes">
          {hits.length === 0 ? <li className="fm-find__none">No node is called that</li> : null}
          {hits.map((node, i) => (
            <li key={node.id} id={`${listId}-${i}`} role="option" aria-selected={i === active} onMouseDown={(event) => event.preventDefault()} onClick={() => choose(node.id)}>
              {node.label}
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
