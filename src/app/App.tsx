import { ReactFlowProvider } from '@xyflow/react';
import { FlowCanvas } from '../canvas/FlowCanvas';
import { LENSES } from '../canvas/lenses';
import { ReviewPanel } from '../panel/ReviewPanel';
import { useDocumentStore } from '../store';
import { HistoryButtons } from './HistoryButtons';
import { NewMenu } from './NewMenu';
import { NoticeBanner } from './NoticeBanner';
import { TitleField } from './TitleField';
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
  return (
    <ReactFlowProvider>
      <div className="fm-app">
        <header className="fm-toolbar">
          <strong className="fm-brand">Flowmap</strong>
          <TitleField />
          <NewMenu />
          <HistoryButtons />
          <SnapToggle />
          <LensPicker />
        </header>
        <NoticeBanner />
        <main className="fm-main">
          <div className="fm-canvas">
            <FlowCanvas />
          </div>
          <div className="fm-sidebar">
            <ReviewPanel />
          </div>
        </main>
      </div>
    </ReactFlowProvider>
  );
}
