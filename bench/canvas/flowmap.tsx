import { createRoot } from 'react-dom/client';
import { App } from '../../src/app/App';
import { useDocumentStore } from '../../src/store';
import { pageDiagram } from './pageDiagram';

localStorage.clear();
useDocumentStore.getState().openDocument(pageDiagram());
createRoot(document.getElementById('root')!).render(<App />);
