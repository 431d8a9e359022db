import { createRoot } from 'react-dom/client';
import { App, startApp } from '../../src/app';
import { useDocumentStore } from '../../src/store';
import { pageDiagram } from './pageDiagram';

localStorage.clear();
await startApp();
useDocumentStore.getState().load(pageDiagram());
createRoot(document.getElementById('root')!).render(<App />);
