import { ReactFlowProvider } from '@xyflow/react';
import { FlowCanvas } from '../canvas/FlowCanvas';
import { LENSES } from '../canvas/lenses';
import { Inspector } from '../inspector';
import { ReviewPanel } from '../panel/ReviewPanel';
import { useDocumentStore } from '../store';
import { CopyLinkButton } from './CopyLinkButton';
import { ExportMenu } from './ExportMenu';
import { HistoryButtons } from './HistoryButtons';
import { NewMenu } from './NewMenu';
import { NoticeBanner } from './NoticeBanner';
import { OpenButton, openFiles } from './OpenButton';
import { ShareBar } from './ShareBar';
import { TidyButton } from './TidyButton';
import { TitleField } from './TitleField';
import { useFileShortcuts } from './useFileShortcuts';
import { useSharedLink } from './useSharedLink';
import './app.css';

function LensPicker() {
  const lens = useDocumentStore((state) => state.lens);
  const setLens = useDocumentStore((state) => state.setLens);
  return (
    <fieldset className="fm-lenses">
      <legend>Lens</legend>
      {LENSES.map((option) => (
        <label key={option.id}>
          <input type="radio" name="lens" value={option.id} checked={lens === option.id} onChange={() => setLens(option.id)} />
          {option.name}
        </label>
      ))}
    </fieldset>
  );
}

function SnapToggle() {
  const snapToGrid = useDocumentStore((state) => state.snapToGrid);
  const setSnapToGrid = useDocumentStore((state) => state.setSnapToGrid);
  return (
    <label className="fm-toggle">
      <input type="checkbox" checked={snapToGrid} onChange={(event) => setSnapToGrid(event.target.checked)} />
      Snap to grid
    </label>
  );
}

export function App() {
  useSharedLink();
  const reviewing = useDocumentStore((state) => state.review !== undefined);
  useFileShortcuts(!reviewing);
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
          {reviewing ? null : <CopyLinkButton />}
        </header>
        <ShareBar />
        <NoticeBanner />
        <main className="fm-main">
          <div className="fm-canvas">
            <FlowCanvas readOnly={reviewing} onDropFiles={(files) => void openFiles(files)} />
          </div>
          <div className="fm-sidebar">
            {reviewing ? null : <Inspector />}
            <ReviewPanel />
          </div>
        </main>
      </div>
    </ReactFlowProvider>
  );
}
