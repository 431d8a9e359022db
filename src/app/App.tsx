import { ReactFlowProvider } from '@xyflow/react';
import { FlowCanvas } from '../canvas/FlowCanvas';
import { ReviewPanel } from '../panel/ReviewPanel';
import { useDocumentStore } from '../store';
import { TEMPLATES } from '../templates';
import { LENSES } from '../canvas/lenses';
import './app.css';

export function App() {
  const title = useDocumentStore((state) => state.doc.title);
  const loadProblem = useDocumentStore((state) => state.loadProblem);
  const replaceDocument = useDocumentStore((state) => state.replaceDocument);
  const lens = useDocumentStore((state) => state.lens);
  const setLens = useDocumentStore((state) => state.setLens);
  return (
    <ReactFlowProvider>
      <div className="fm-app">
        <header className="fm-toolbar">
          <strong className="fm-brand">Flowmap</strong>
          <h1 className="fm-title">{title}</h1>
          <fieldset className="fm-lenses">
            <legend>Lens</legend>
            {LENSES.map((option) => (
              <label key={option.id}>
                <input type="radio" name="lens" value={option.id} checked={lens === option.id} onChange={() => setLens(option.id)} />
                {option.name}
              </label>
            ))}
          </fieldset>
          <label>
            Open template{' '}
            <select
              value=""
              onChange={(event) => {
                const template = TEMPLATES.find((t) => t.id === event.target.value);
                if (template) replaceDocument(template.create());
              }}
            >
              <option value="">Choose…</option>
              {TEMPLATES.map((t) => (
                <option key={t.id} value={t.id}>
                  {t.name}
                </option>
              ))}
            </select>
          </label>
        </header>
        {loadProblem ? (
          <p role="alert" className="fm-banner">
            Your saved diagram could not be opened ({loadProblem}); showing the fan-out template instead.
          </p>
        ) : null}
        <main className="fm-main">
          <div className="fm-canvas">
            <FlowCanvas />
          </div>
          <ReviewPanel />
        </main>
      </div>
    </ReactFlowProvider>
  );
}
