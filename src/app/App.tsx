import { ReactFlowProvider } from '@xyflow/react';
import { FlowCanvas, LENSES } from '../canvas';
import { ariaShortcut, commands, run } from '../commands';
import { useSessionStore } from '../store';
import { CommandButton } from './CommandButton';
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
import { useSharedLink } from './useSharedLink';
import './app.css';
import './dark.css';

function LensPicker() {
  const lens = useSessionStore((state) => state.lens);
  return (
    <fieldset className="fm-lenses">
      <legend>Lens</legend>
      {LENSES.map((option) => (
        <label key={option.id}>
          <input type="radio" name="lens" value={option.id} checked={lens === option.id} onChange={() => void run(commands.setLens, option.id)} />
          {option.name}
        </label>
      ))}
    </fieldset>
  );
}

function PanelToggle() {
  const open = useSessionStore((state) => state.panel.open);
  return (
    <button type="button" aria-pressed={open} aria-keyshortcuts={ariaShortcut(commands.togglePanel.keys!)} title="Show or hide the review panel (Ctrl+.)" onClick={() => void run(commands.togglePanel, undefined)}>
      {open ? 'Hide panel' : 'Show panel'}
    </button>
  );
}

export function App() {
  useSharedLink();
  useCommandKeys();
  const theme = useTheme();
  const reviewing = useSessionStore((state) => state.review !== undefined);
  return (
    <ReactFlowProvider>
      <div className="fm-app">
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
          <LensPicker />
          <ExportMenu />
          {reviewing ? null : <CommandButton command={commands.copyLink} onClick={() => void run(commands.copyLink, undefined)} title="Copy a link that carries this diagram">Copy link</CommandButton>}
          <button type="button" className="fm-help-button" aria-label="Keyboard shortcuts" aria-keyshortcuts={ariaShortcut(commands.help.keys!)} title="Keyboard shortcuts (?)" onClick={() => void run(commands.help, undefined)}>
            ?
          </button>
          <PanelToggle />
        </header>
        <ShareBar />
        <NoticeBanner />
        <main className="fm-main">
          <div className="fm-canvas">
            <FlowCanvas readOnly={reviewing} colorMode={theme} onDropFiles={(files) => void openFiles(files)} />
          </div>
          <Sidebar reviewing={reviewing} />
        </main>
        <HelpOverlay />
        <FindOverlay />
        <VersionsDialog />
      </div>
    </ReactFlowProvider>
  );
}
