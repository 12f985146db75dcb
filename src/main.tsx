import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { registerServiceWorker } from './offline/register';
import { firstRenderSettled } from './render/firstRender';
import './shell/theme.css';

// React is evaluated first; the app's own code comes in its own chunk (preloaded by index.html,
// see scripts/vite-plugin-preload-app.ts), evaluated in a task of its own, so that neither is
// one long task. Until then the page shows the first screen written into index.html.
const root = document.getElementById('root');
if (root) {
  void import('./shell/App').then(({ App }) => {
    createRoot(root).render(
      <StrictMode>
        <App />
      </StrictMode>,
    );
  });
}

// Offline use (issue 5): production builds only; the worker would serve stale files in dev. It
// waits for the first render, or at most ten seconds (a presenter window shows no explorer).
const SETTLE_LIMIT_MS = 10_000;
if (import.meta.env.PROD) {
  const limit = new Promise<void>((resolve) => setTimeout(resolve, SETTLE_LIMIT_MS));
  registerServiceWorker({ after: Promise.race([firstRenderSettled, limit]) });
}
