import { encodeShareFragment } from '../io';
import { useDocumentStore } from '../store';

function shareLinkFor(href: string, fragment: string): string {
  return `${href.split('#')[0]}#${fragment}`;
}

export async function copyShareLink(): Promise<void> {
  const { doc, setNotice } = useDocumentStore.getState();
  const link = shareLinkFor(location.href, encodeShareFragment(doc));
  try {
    await navigator.clipboard.writeText(link);
    setNotice({ tone: 'info', text: `Link copied (${link.length.toLocaleString('en')} characters). The diagram travels inside the link; no server sees it.` });
  } catch (error) {
    setNotice({ tone: 'error', text: `The link could not be copied: ${(error as Error).message}` });
  }
}

export function CopyLinkButton() {
  return (
    <button type="button" onClick={() => void copyShareLink()} aria-keyshortcuts="Control+Shift+L Meta+Shift+L" title="Copy a link that carries this diagram (Ctrl+Shift+L)">
      Copy link
    </button>
  );
}
