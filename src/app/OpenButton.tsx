import { useRef } from 'react';
import { openDiagram } from './files/openDiagram';
import { readDiagramFile } from './files/openFile';

const INPUT_ID = 'fm-open-file';

/** Opens the first file given (picked or dropped); a failure is reported and the diagram kept. */
export async function openFiles(files: FileList | readonly File[]): Promise<void> {
  const file = files[0];
  if (file) await openDiagram(await readDiagramFile(file), `“${file.name}”`);
}

export const showOpenDialog = () => document.getElementById(INPUT_ID)?.click();

export function OpenButton() {
  const input = useRef<HTMLInputElement>(null);
  return (
    <>
      <button type="button" onClick={() => input.current?.click()} aria-keyshortcuts="Control+O Meta+O" title="Open a Flowmap JSON file or an exported PNG (Ctrl+O)">
        Open…
      </button>
      <input
        ref={input}
        id={INPUT_ID}
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
