import { useEffect } from 'react';
import { decodeShareScenario } from '../io';
import { readDiagramOffThread } from '../io/browser';
import { commands, run } from '../commands';
import { useSessionStore } from '../store';

const isShareFragment = (hash: string) => /^#?d=/.test(hash);

/** A `#d=…` link opens read-only for review, with its what-if scenario (`&f=…`) on; a broken one says why and the visitor's diagram stays. */
export function useSharedLink() {
  useEffect(() => {
    const open = async () => {
      const link = location.hash;
      if (!isShareFragment(link)) return;
      // Unpacked and validated off the main thread: a link of a big map would freeze the tab for seconds.
      const result = await readDiagramOffThread({ link });
      if (location.hash !== link) return;
      if (result.ok) {
        void run(commands.showShared, result.doc);
        const { fault, error } = decodeShareScenario(link, result.doc);
        if (fault) void run(commands.chooseFault, fault);
        else if (error) useSessionStore.getState().set({ notice: { tone: 'error', text: `The diagram opened, but not the what-if scenario in its link (${error}).` } });
      } else {
        useSessionStore.getState().set({ notice: { tone: 'error', text: `This share link could not be opened: ${result.errors.slice(0, 3).join('; ')}. Your own diagram is shown instead.` } });
        history.replaceState(null, '', location.pathname + location.search);
      }
    };
    const openLink = () => void open();
    openLink();
    window.addEventListener('hashchange', openLink);
    return () => window.removeEventListener('hashchange', openLink);
  }, []);
}

export const forgetSharedLink = () => history.replaceState(null, '', location.pathname + location.search);
