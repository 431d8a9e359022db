import { useEffect } from 'react';
import { appContext, handleKey } from '../commands';

/** Every keyboard shortcut of the app, from the command registry, in one listener. */
export function useCommandKeys() {
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => void handleKey(appContext, event);
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);
}
