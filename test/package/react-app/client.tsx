// Browser entry: hydrates the server's markup when there is some (the /ssr page), else renders.
import { StrictMode } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { App } from './app.js';

declare global {
  interface Window {
    hydrationErrors?: string[];
  }
}

const container = document.getElementById('root')!;
const app = (
  <StrictMode>
    <App />
  </StrictMode>
);
if (container.hasChildNodes()) {
  window.hydrationErrors = [];
  hydrateRoot(container, app, {
    onRecoverableError: (error) => window.hydrationErrors!.push(String(error)),
  });
} else {
  createRoot(container).render(app);
}
