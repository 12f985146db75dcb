import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { StudioApp } from './ui/StudioApp';
import '../shell/theme.css';
import './studio.css';

const root = document.getElementById('studio');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <StudioApp />
    </StrictMode>,
  );
}
