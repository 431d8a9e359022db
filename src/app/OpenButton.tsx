import { useRef } from 'react';
import { OPEN_INPUT_ID, appContext, ariaShortcut, commands, openDiagram, readDiagramFile, run } from '../commands';
import { DiagramFileInput } from './DiagramFileInput';

/** Opens the first file given (picked or dropped); a failure is reported and the diagram kept. */
export async function openFiles(files: FileList | readonly File[]): Promise<void> {
  const file = files[0];
  if (file) await openDiagram(appContext, await readDiagramFile(file), `“${file.name}”`);
}

export function OpenButton() {
  const input = useRef<HTMLInputElement>(null);
  return (
    <>
      <button type="button" onClick={() => void run(commands.open, undefined)} aria-keyshortcuts={ariaShortcut(commands.open.keys!)} title="Open a Flowmap JSON file or an exported PNG (Ctrl+O)">
        Open…
      </button>
      <DiagramFileInput ref={input} id={OPEN_INPUT_ID} label="Open a diagram file" onPick={openFiles} />
    </>
  );
}
