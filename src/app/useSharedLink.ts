import { useEffect } from 'react';
import { decodeShareFragment } from '../io';
import { useDocumentStore } from '../store';

const isShareFragment = (hash: string) => /^#?d=/.test(hash);

/** A `#d=…` link opens read-only for review; a broken one says why and the visitor's diagram stays. */
export function useSharedLink() {
  useEffect(() => {
    const open = () => {
      if (!isShareFragment(location.hash)) return;
      const result = decodeShareFragment(location.hash);
      const store = useDocumentStore.getState();
      if (result.ok) store.showShared(result.doc);
      else {
        store.setNotice({ tone: 'error', text: `This share link could not be opened: ${result.errors.slice(0, 3).join('; ')}. Your own diagram is shown instead.` });
        history.replaceState(null, '', location.pathname + location.search);
      }
    };
    open();
    window.addEventListener('hashchange', open);
    return () => window.removeEventListener('hashchange', open);
  }, []);
}

export const forgetSharedLink = () => history.replaceState(null, '', location.pathname + location.search);
