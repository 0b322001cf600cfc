import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/app';
import { withRememberedSettings } from './app/remembered-settings';
import { switchLanguage } from './i18n/i18n';
import { parseLanguage } from './i18n/languages';
import './styles/tokens.css';
import './styles/base.css';
import './styles/print.css';

// The first paint is already in the reader's language: load its texts before rendering. If they
// cannot be loaded, render anyway (in English); LanguageSync says what happened.
const [hashPath = '', hashQuery = ''] = window.location.hash.slice(1).split('?');
await switchLanguage(parseLanguage(withRememberedSettings(hashQuery, hashPath))).catch(
  () => undefined,
);

createRoot(document.getElementById('root') as HTMLElement).render(
  <StrictMode>
    <App />
  </StrictMode>,
);

// Offline support, in built apps only (a service worker in development would serve stale code).
// Registered after the page has loaded so it never competes with the first view.
if (import.meta.env.PROD) {
  const register = () =>
    void import('./app/service-worker-client').then((m) => m.registerServiceWorker());
  if (document.readyState === 'complete') register();
  else window.addEventListener('load', register, { once: true });
}
