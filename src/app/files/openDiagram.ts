import { autoLayout, needsLayout } from '../../layout';
import type { LoadResult } from '../../model';
import { useDocumentStore } from '../../store';

/** Opens a parsed file or paste; a failure says why and leaves the current diagram as it is. */
export async function openDiagram(result: LoadResult, from: string): Promise<void> {
  const store = useDocumentStore.getState();
  if (!result.ok) {
    const more = result.errors.length > 5 ? ` (and ${result.errors.length - 5} more)` : '';
    store.setNotice({ tone: 'error', text: `${from} could not be opened; your diagram is unchanged. ${result.errors.slice(0, 5).join('; ')}${more}` });
    return;
  }
  const doc = needsLayout(result.doc) ? await autoLayout(result.doc, { onlyMissing: true }) : result.doc;
  store.openDocument(doc);
  store.setNotice({ tone: 'info', text: `Opened “${doc.title || 'Untitled'}”. Undo (Ctrl+Z) brings back the diagram you had.` });
}
