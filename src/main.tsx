import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App, startApp } from './app';

const root = document.getElementById('root');
if (!root) throw new Error('Flowmap: #root element missing from index.html');
await startApp();
createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
