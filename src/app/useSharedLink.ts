import { useEffect } from 'react';
import { decodeShareFragment } from '../io';
import { commands, run } from '../commands';
import { useSessionStore } from '../store';

const isShareFragment = (hash: string) => /^#?d=/.test(hash);

/** A `#d=…` link opens read-only for review; a broken one says why and the visitor's diagram stays. */
export function useSharedLink() {
  useEffect(() => {
    const open = () => {
      if (!isShareFragment(location.hash)) return;
      const result = decodeShareFragment(location.hash);
      if (result.ok) void run(commands.showShared, result.doc);
      else {
        useSessionStore.getState().set({ notice: { tone: 'error', text: `This share link could not be opened: ${result.errors.slice(0, 3).join('; ')}. Your own diagram is shown instead.` } });
        history.replaceState(null, '', location.pathname + location.search);
      }
    };
    open();
    window.addEventListener('hashchange', open);
    return () => window.removeEventListener('hashchange', open);
  }, []);
}

export const forgetSharedLink = () => history.replaceState(null, '', location.pathname + location.search);
