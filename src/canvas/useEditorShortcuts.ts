import { useEffect } from 'react';
import { useReactFlow } from '@xyflow/react';
import { parseDocumentText } from '../io';
import { extractFragment, topLeft, useDocumentStore, type Point } from '../store';
import { FIT } from './fitView';

const DUPLICATE_OFFSET = 40;

/** Key presses meant for a text field or a menu never act on the diagram. */
function isTyping(target: EventTarget | null): boolean {
  return target instanceof HTMLElement && (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName));
}

function selectedFragment() {
  const { doc, selection } = useDocumentStore.getState();
  const fragment = extractFragment(doc, selection);
  return fragment.nodes.length > 0 ? fragment : undefined;
}

function onKeyDown(event: KeyboardEvent, fitView: () => void) {
  if (isTyping(event.target) || event.defaultPrevented) return;
  const store = useDocumentStore.getState();
  const mod = event.ctrlKey || event.metaKey;
  const key = event.key.toLowerCase();
  const single = store.selection.length === 1 ? store.doc.nodes.find((n) => n.id === store.selection[0]) : undefined;
  let handled = true;
  if (mod && key === 'z') (event.shiftKey ? store.redo : store.undo)();
  else if (mod && key === 'y') store.redo();
  else if (mod && key === 'a') store.selectAll();
  else if (mod && key === 'd') {
    const fragment = selectedFragment();
    const from = fragment && topLeft(fragment.nodes);
    if (fragment && from) store.insertFragment(fragment, { x: from.x + DUPLICATE_OFFSET, y: from.y + DUPLICATE_OFFSET });
  } else if (!mod && (key === 'enter' || key === 'f2') && single) store.startRename(single.id);
  else if (key === 'escape') store.select([]);
  else if (event.shiftKey && event.code === 'Digit1') fitView();
  else handled = false;
  if (handled) event.preventDefault();
}

function onCopy(event: ClipboardEvent, cut: boolean) {
  if (isTyping(event.target)) return;
  const fragment = selectedFragment();
  if (!fragment || !event.clipboardData) return;
  event.clipboardData.setData('text/plain', JSON.stringify(fragment, null, 2));
  event.preventDefault();
  if (cut) {
    const store = useDocumentStore.getState();
    store.deleteElements(store.selection);
  }
}

/** Pasted Flowmap JSON (copied nodes or a whole file) is inserted where the pointer is. */
function onPaste(event: ClipboardEvent, at: () => Point) {
  if (isTyping(event.target)) return;
  const text = event.clipboardData?.getData('text/plain').trim();
  if (!text) return;
  event.preventDefault();
  const store = useDocumentStore.getState();
  const parsed = parseDocumentText(text);
  if (parsed.ok) store.insertFragment(parsed.doc, at());
  else store.setNotice({ tone: 'error', text: `Nothing pasted: the clipboard does not hold a Flowmap diagram (${parsed.errors.slice(0, 3).join('; ')}).` });
}

/** Undo/redo, select all, duplicate, rename, deselect, fit view, and the clipboard, while the editor is open. */
export function useEditorShortcuts(enabled: boolean, pastePoint: () => Point) {
  const { fitView } = useReactFlow();
  useEffect(() => {
    if (!enabled) return;
    const keydown = (event: KeyboardEvent) => onKeyDown(event, () => void fitView({ ...FIT, duration: 200 }));
    const copy = (event: ClipboardEvent) => onCopy(event, false);
    const cut = (event: ClipboardEvent) => onCopy(event, true);
    const paste = (event: ClipboardEvent) => onPaste(event, pastePoint);
    window.addEventListener('keydown', keydown);
    document.addEventListener('copy', copy);
    document.addEventListener('cut', cut);
    document.addEventListener('paste', paste);
    return () => {
      window.removeEventListener('keydown', keydown);
      document.removeEventListener('copy', copy);
      document.removeEventListener('cut', cut);
      document.removeEventListener('paste', paste);
    };
  }, [enabled, fitView, pastePoint]);
}
