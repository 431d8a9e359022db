import { useEffect } from 'react';
import { decodeShareFragment, decodeShareScenario } from '../io';
import { commands, run } from '../commands';
import { useSessionStore } from '../store';

const isShareFragment = (hash: string) => /^#?d=/.test(hash);

/** A `#d=…` link opens read-only for review, with its what-if scenario (`&f=…`) on; a broken one says why and the visitor's diagram stays. */
export function useSharedLink() {
  useEffect(() => {
    const open = () => {
      if (!isShareFragment(location.hash)) return;
      const result = decodeShareFragment(location.hash);
      if (result.ok) {
        void run(commands.showShared, result.doc);
        const { fault, error } = decodeShareScenario(location.hash, result.doc);
        if (fault) void run(commands.chooseFault, fault);
        else if (error) useSessionStore.getState().set({ notice: { tone: 'error', text: `The diagram opened, but not the what-if scenario in its link (${error}).` } });
      } else {
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
