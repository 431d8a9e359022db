import { useEffect, useSyncExternalStore } from 'react';
import { useSessionStore } from '../store';

const DARK = '(prefers-color-scheme: dark)';
const subscribe = (change: () => void) => {
  const query = matchMedia(DARK);
  query.addEventListener('change', change);
  return () => query.removeEventListener('change', change);
};

/** Light or dark as chosen, or as the system says; set on the page root for the CSS and returned for React Flow. */
export function useTheme(): 'light' | 'dark' {
  const choice = useSessionStore((state) => state.theme);
  const systemDark = useSyncExternalStore(subscribe, () => matchMedia(DARK).matches);
  const theme = choice === 'system' ? (systemDark ? 'dark' : 'light') : choice;
  useEffect(() => {
    document.documentElement.dataset.theme = theme;
  }, [theme]);
  return theme;
}
