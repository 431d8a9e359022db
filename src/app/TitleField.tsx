import { commands, run } from '../commands';
import { useDocumentStore } from '../store';

/** The diagram's title, edited in place; typing it is one undo step. Read-only whenever the document is (a review, another tab editing). */
export function TitleField() {
  const title = useDocumentStore((state) => state.doc.title);
  const locked = useDocumentStore((state) => state.readOnly !== undefined);
  return <input className="fm-title" aria-label="Diagram title" value={title} maxLength={200} placeholder="Untitled diagram" readOnly={locked} onChange={(event) => void run(commands.setTitle, event.target.value)} />;
}
