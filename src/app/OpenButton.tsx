import { useRef } from 'react';
import { OPEN_INPUT_ID, appContext, ariaShortcut, commands, openDiagram, readDiagramFile, run } from '../commands';

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
      <input
        ref={input}
        id={OPEN_INPUT_ID}
        type="file"
        accept=".json,application/json,.png,image/png"
        hidden
        aria-label="Open a diagram file"
        onChange={(event) => {
          const picker = event.currentTarget;
          if (picker.files) void openFiles(picker.files).finally(() => (picker.value = ''));
        }}
      />
    </>
  );
}
