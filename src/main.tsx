import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { registerServiceWorker } from './offline/register';
import { App } from './shell/App';
import './shell/theme.css';

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
}

// Offline use (issue 5): production builds only; the worker would serve stale files in dev.
if (import.meta.env.PROD) registerServiceWorker();
