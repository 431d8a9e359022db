import { commands, displayShortcut, run, type Command } from '../commands';
import { useDocumentStore } from '../store';
import { Menu } from './Menu';

const item = (command: Command<void>, label: string, hint: string) => ({
  id: command.id,
  label,
  hint: command.keys ? `${hint} (${displayShortcut(command.keys[0]!)})` : hint,
  onSelect: () => void run(command, undefined),
});

/** Exports and sharing; each entry is a command, so the shortcuts and the read-only review agree with it. */
export function ExportMenu() {
  const commented = useDocumentStore((state) => (state.doc.comments?.length ?? 0) > 0);
  const withComments = commented
    ? [
        item(commands.exportPngWithComments, 'PNG image with comments', 'Numbered pins on the map, the threads under the findings'),
        item(commands.exportSvgWithComments, 'SVG image with comments', 'The same as a vector image'),
      ]
    : [];
  return (
    <Menu
      label="Export"
      shortcut="Control+Shift+E"
      items={[
        item(commands.exportPngLight, 'PNG image', 'Annotated, 2×, re-opens as an editable diagram'),
        item(commands.exportPngDark, 'PNG image, dark', 'The same on a dark background'),
        item(commands.exportPngTransparent, 'PNG image, transparent', 'No background, for slides'),
        item(commands.exportSvgFile, 'SVG image', 'Annotated vector image'),
        ...withComments,
        item(commands.saveJson, 'JSON file', 'The Flowmap file format'),
        item(commands.copyMermaidText, 'Copy as Mermaid', 'A flowchart to paste into Markdown'),
      ]}
    />
  );
}
