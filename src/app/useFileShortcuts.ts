import { useEffect } from 'react';
import { copyShareLink } from './CopyLinkButton';
import { exportJsonNow, exportPngNow } from './ExportMenu';
import { showOpenDialog } from './OpenButton';

/** Ctrl/Cmd+O open, Ctrl/Cmd+S save JSON, Ctrl/Cmd+Shift+E export PNG, Ctrl/Cmd+Shift+L copy link. */
export function useFileShortcuts(enabled: boolean) {
  useEffect(() => {
    if (!enabled) return;
    const onKeyDown = (event: KeyboardEvent) => {
      if (!(event.ctrlKey || event.metaKey) || event.altKey) return;
      const key = event.key.toLowerCase();
      const action =
        !event.shiftKey && key === 'o' ? showOpenDialog
        : !event.shiftKey && key === 's' ? exportJsonNow
        : event.shiftKey && key === 'e' ? () => exportPngNow()
        : event.shiftKey && key === 'l' ? () => void copyShareLink()
        : undefined;
      if (!action) return;
      event.preventDefault();
      action();
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [enabled]);
}
