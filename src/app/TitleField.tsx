import { commands, run } from '../commands';
import { useDocumentStore } from '../store';

/** The diagram's title, edited in place; typing it is one undo step. */
export function TitleField({ readOnly }: { readOnly: boolean }) {
  const title = useDocumentStore((state) => state.doc.title);
  return <input className="fm-title" aria-label="Diagram title" value={title} maxLength={200} placeholder="Untitled diagram" readOnly={readOnly} onChange={(event) => void run(commands.setTitle, event.target.value)} />;
}
