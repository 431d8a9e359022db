import { ReactFlowProvider } from '@xyflow/react';
import { FlowCanvas } from '../canvas';
import { ariaShortcut, commands, run } from '../commands';
import { useSessionStore } from '../store';
import { CommandButton } from './CommandButton';
import { CompareDialog } from './CompareDialog';
import { ExportMenu } from './ExportMenu';
import { FindOverlay } from './FindOverlay';
import { HelpOverlay } from './HelpOverlay';
import { HistoryButtons } from './HistoryButtons';
import { NewMenu } from './NewMenu';
import { NoticeBanner } from './NoticeBanner';
import { OpenButton, openFiles } from './OpenButton';
import { ShareBar } from './ShareBar';
import { ViewMenu } from './ViewMenu';
import { VersionsDialog } from './VersionsDialog';
import { useTheme } from './useTheme';
import { Sidebar } from './Sidebar';
import { TitleField } from './TitleField';
import { useCommandKeys } from './useCommandKeys';
import './app.css';
import './dark.css';

/** The open panel hides from its own tab row; the toolbar brings it back. */
function ShowPanelButton() {
  const open = useSessionStore((state) => state.panel.open);
  if (open) return null;
  return (
    <button type="button" aria-keyshortcuts={ariaShortcut(commands.togglePanel.keys!)} title="Show the review panel (Ctrl+.)" onClick={() => void run(commands.togglePanel, undefined)}>
      Show panel
    </button>
  );
}

export function App() {
  useCommandKeys();
  const theme = useTheme();
  const reviewing = useSessionStore((state) => state.review !== undefined);
  return (
    <ReactFlowProvider>
      <div className="fm-app">
        <ShareBar />
        <NoticeBanner />
        <header className="fm-toolbar">
          <strong className="fm-brand">Flowmap</strong>
          <TitleField />
          {reviewing ? null : (
            <>
              <NewMenu />
              <OpenButton />
              <HistoryButtons />
              <ViewMenu />
            </>
          )}
          <ExportMenu />
          {reviewing ? null : <CommandButton command={commands.copyLink} onClick={() => void run(commands.copyLink, undefined)} title="Copy a link that carries this diagram">Copy link</CommandButton>}
          <button type="button" className="fm-help-button" aria-label="Keyboard shortcuts" aria-keyshortcuts={ariaShortcut(commands.help.keys!)} title="Keyboard shortcuts (?)" onClick={() => void run(commands.help, undefined)}>
            ?
          </button>
          <ShowPanelButton />
        </header>
        <main className="fm-main">
          <FlowCanvas readOnly={reviewing} colorMode={theme} onDropFiles={(files) => void openFiles(files)} />
        </main>
        <Sidebar reviewing={reviewing} />
        <HelpOverlay />
        <FindOverlay />
        <CompareDialog />
        <VersionsDialog />
      </div>
    </ReactFlowProvider>
  );
}
