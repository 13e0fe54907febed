import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import '../ui/styles.css';
import { App } from './App';
import { loadCorePack } from './corePack';
import { installQaApi } from './qaApi';
import { qaMode } from './urlFlags';

if (qaMode) installQaApi();
loadCorePack().catch((error: Error) => console.error(error.message));

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');
createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
