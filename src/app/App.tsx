import { ReactFlowProvider } from '@xyflow/react';
import { FlowCanvas, LENSES } from '../canvas';
import { ariaShortcut, commands, run } from '../commands';
import { Inspector } from '../inspector';
import { ReviewPanel } from '../panel';
import { useSessionStore } from '../store';
import { CommandButton } from './CommandButton';
import { ExportMenu } from './ExportMenu';
import { HelpOverlay } from './HelpOverlay';
import { HistoryButtons } from './HistoryButtons';
import { NewMenu } from './NewMenu';
import { NoticeBanner } from './NoticeBanner';
import { OpenButton, openFiles } from './OpenButton';
import { ShareBar } from './ShareBar';
import { TidyButton } from './TidyButton';
import { TitleField } from './TitleField';
import { useCommandKeys } from './useCommandKeys';
import { useSharedLink } from './useSharedLink';
import './app.css';

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

function SnapToggle() {
  const snapToGrid = useSessionStore((state) => state.snapToGrid);
  return (
    <label className="fm-toggle">
      <input type="checkbox" checked={snapToGrid} onChange={(event) => void run(commands.setSnap, event.target.checked)} />
      Snap to grid
    </label>
  );
}

export function App() {
  useSharedLink();
  useCommandKeys();
  const reviewing = useSessionStore((state) => state.review !== undefined);
  // A what-if scenario's narrative comes first in the sidebar: it is what the person asked for.
  const whatIf = useSessionStore((state) => state.scenario !== undefined || state.ranking === true);
  return (
    <ReactFlowProvider>
      <div className="fm-app">
        <header className="fm-toolbar">
          <strong className="fm-brand">Flowmap</strong>
          <TitleField readOnly={reviewing} />
          {reviewing ? null : (
            <>
              <NewMenu />
              <OpenButton />
              <HistoryButtons />
              <TidyButton />
              <SnapToggle />
            </>
          )}
          <LensPicker />
          <ExportMenu />
          {reviewing ? null : <CommandButton command={commands.copyLink} onClick={() => void run(commands.copyLink, undefined)} title="Copy a link that carries this diagram">Copy link</CommandButton>}
          <button type="button" className="fm-help-button" aria-label="Keyboard shortcuts" aria-keyshortcuts={ariaShortcut(commands.help.keys!)} title="Keyboard shortcuts (?)" onClick={() => void run(commands.help, undefined)}>
            ?
          </button>
        </header>
        <ShareBar />
        <NoticeBanner />
        <main className="fm-main">
          <div className="fm-canvas">
            <FlowCanvas readOnly={reviewing} onDropFiles={(files) => void openFiles(files)} />
          </div>
          <div className="fm-sidebar">
            {whatIf ? <ReviewPanel /> : null}
            {reviewing ? null : <Inspector />}
            {whatIf ? null : <ReviewPanel />}
          </div>
        </main>
        <HelpOverlay />
      </div>
    </ReactFlowProvider>
  );
}
