import type { Ref } from 'react';

/** A hidden picker for a diagram (Flowmap JSON or an exported PNG); cleared after each pick, so the same file can be picked again. */
export function DiagramFileInput({ ref, id, label, onPick }: { ref: Ref<HTMLInputElement>; id?: string; label: string; onPick: (files: FileList) => Promise<unknown> }) {
  return (
    <input
      ref={ref}
      id={id}
      type="file"
      accept=".json,application/json,.png,image/png"
      hidden
      aria-label={label}
      onChange={(event) => {
        const picker = event.currentTarget;
        if (picker.files) void onPick(picker.files).finally(() => (picker.value = ''));
      }}
    />
  );
}
