import { useEffect, useLayoutEffect, useRef, useState, type KeyboardEvent } from 'react';
import type { MenuEntry } from './menuEntries';

export interface OpenMenu {
  /** Where on screen it opens. */
  x: number;
  y: number;
  entries: MenuEntry[];
}

const MARGIN = 8;

/** A right-click menu: focus starts on the first entry, arrows move, Enter picks, Escape or a click elsewhere closes. */
export function ContextMenu({ menu, onClose }: { menu: OpenMenu; onClose: () => void }) {
  const list = useRef<HTMLUListElement>(null);
  /** Escape gives focus back to where it was (a node the menu was opened on from the keyboard). */
  const before = useRef<HTMLElement | null>(null);
  const [at, setAt] = useState({ left: menu.x, top: menu.y });
  // Opened near the window's right or bottom edge, the menu moves back inside it.
  useLayoutEffect(() => {
    const box = list.current!.getBoundingClientRect();
    setAt({ left: Math.max(MARGIN, Math.min(menu.x, innerWidth - box.width - MARGIN)), top: Math.max(MARGIN, Math.min(menu.y, innerHeight - box.height - MARGIN)) });
  }, [menu]);
  useEffect(() => {
    before.current = document.activeElement as HTMLElement | null;
    list.current?.querySelector<HTMLElement>('[role="menuitem"]')?.focus();
    const close = (event: PointerEvent) => {
      if (!list.current?.contains(event.target as Node)) onClose();
    };
    document.addEventListener('pointerdown', close, true);
    return () => document.removeEventListener('pointerdown', close, true);
  }, [menu, onClose]);

  const onKeyDown = (event: KeyboardEvent) => {
    const items = [...(list.current?.querySelectorAll<HTMLElement>('[role="menuitem"]') ?? [])];
    const at = items.indexOf(document.activeElement as HTMLElement);
    const to = { ArrowDown: at + 1, ArrowUp: at - 1, Home: 0, End: items.length - 1 }[event.key];
    if (event.key === 'Escape' || event.key === 'Tab') {
      onClose();
      if (event.key === 'Escape') before.current?.focus();
    }
    else if (to !== undefined) items[(to + items.length) % items.length]?.focus();
    else return;
    event.preventDefault();
    event.stopPropagation();
  };

  return (
    <ul ref={list} role="menu" aria-label="Context menu" className="fm-context-menu" style={at} onKeyDown={onKeyDown} onContextMenu={(event) => event.preventDefault()}>
      {menu.entries.map((entry) => [
        entry.startsGroup ? <li key={`${entry.id}-separator`} role="separator" /> : null,
        <li key={entry.id} role="none">
          <button
            type="button"
            role="menuitem"
            tabIndex={-1}
            onClick={() => {
              onClose();
              void entry.select();
            }}
          >
            <span>{entry.label}</span>
            {entry.shortcut ? <kbd>{entry.shortcut}</kbd> : null}
          </button>
        </li>,
      ])}
    </ul>
  );
}
