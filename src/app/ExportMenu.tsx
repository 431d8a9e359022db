import { useDocumentStore, analysisOf } from '../store';
import { copyMermaid, exportJson, exportPng, exportSvg, type PngStyle } from './files/exports';
import { Menu } from './Menu';

function run(task: () => Promise<void> | void, done: string) {
  const { setNotice } = useDocumentStore.getState();
  Promise.resolve()
    .then(task)
    .then(
      () => setNotice({ tone: 'info', text: done }),
      (error: unknown) => setNotice({ tone: 'error', text: `Export failed: ${(error as Error).message}` }),
    );
}

const current = () => {
  const { doc } = useDocumentStore.getState();
  return { doc, analysis: analysisOf(doc) };
};

export const exportPngNow = (style: PngStyle = 'light') =>
  run(() => {
    const { doc, analysis } = current();
    return exportPng(doc, analysis, style);
  }, 'PNG saved. Open or drop it into Flowmap to edit the diagram again.');

export const exportJsonNow = () => run(() => exportJson(current().doc), 'JSON file saved.');

export function ExportMenu() {
  return (
    <Menu
      label="Export"
      shortcut="Control+Shift+E"
      items={[
        { id: 'png', label: 'PNG image', hint: 'Annotated, 2×, re-opens as an editable diagram (Ctrl+Shift+E)', onSelect: () => exportPngNow('light') },
        { id: 'png-dark', label: 'PNG image, dark', hint: 'The same on a dark background', onSelect: () => exportPngNow('dark') },
        { id: 'png-transparent', label: 'PNG image, transparent', hint: 'No background, for slides', onSelect: () => exportPngNow('transparent') },
        {
          id: 'svg',
          label: 'SVG image',
          hint: 'Annotated vector image',
          onSelect: () =>
            run(() => {
              const { doc, analysis } = current();
              exportSvg(doc, analysis);
            }, 'SVG saved.'),
        },
        { id: 'json', label: 'JSON file', hint: 'The Flowmap file format (Ctrl+S)', onSelect: exportJsonNow },
        { id: 'mermaid', label: 'Copy as Mermaid', hint: 'A flowchart to paste into Markdown', onSelect: () => run(() => copyMermaid(current().doc), 'Mermaid flowchart copied to the clipboard.') },
      ]}
    />
  );
}
