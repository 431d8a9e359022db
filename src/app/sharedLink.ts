import { decodeShareScenario } from '../io';
import { readDiagramOffThread } from '../io/browser';
import type { LoadResult } from '../model';
import { commands, run } from '../commands';
import { useSessionStore } from '../store';

const isShareFragment = (hash: string) => /^#?d=/.test(hash);

/** A share link being read: unpacked and validated in a Web Worker (a big map's link would freeze the tab for seconds). */
export interface SharedLinkRead {
  link: string;
  read: Promise<LoadResult>;
}

/** The address bar's share link, if it has one, with its reading started. */
export function readSharedLink(): SharedLinkRead | undefined {
  const link = location.hash;
  return isShareFragment(link) ? { link, read: readDiagramOffThread({ link }) } : undefined;
}

/** A `#d=…` link opens read-only for review, with its what-if scenario (`&f=…`) on; a broken one says why and the visitor's diagram stays. */
export async function showSharedLink({ link, read }: SharedLinkRead): Promise<void> {
  const result = await read;
  if (location.hash !== link) return;
  if (result.ok) {
    void run(commands.showShared, result.doc);
    const { fault, error } = decodeShareScenario(link, result.doc);
    if (fault) void run(commands.chooseFault, fault);
    else if (error) useSessionStore.getState().set({ notice: { tone: 'error', text: `The diagram opened, but not the what-if scenario in its link (${error}).` } });
  } else {
    useSessionStore.getState().set({ notice: { tone: 'error', text: `This share link could not be opened: ${result.errors.slice(0, 3).join('; ')}. Your own diagram is shown instead.` } });
    forgetSharedLink();
  }
}

/** Follows share links put in the address bar of the open app, including one put there since start-up read `opened`. */
export function followSharedLinks(opened: string) {
  const open = () => {
    const shared = readSharedLink();
    if (shared) void showSharedLink(shared);
  };
  addEventListener('hashchange', open);
  if (location.hash !== opened) open();
}

export const forgetSharedLink = () => history.replaceState(null, '', location.pathname + location.search);
