import './ui/styles.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/app';
import { loadBrand } from './app/brand';
import { initI18n } from './app/i18n';
import { installQuickExitShortcut, onQuickExit } from './app/quick-exit';
import { startSessionCheck } from './app/session';
import { registerServiceWorker } from './app/service-worker';
import { isPublicPath } from './app/router';
import { captureSetupTokenFromHash } from './app/setup-token';

// First of all: Esc Esc must work even while the app is still loading.
installQuickExitShortcut();
captureSetupTokenFromHash();
// A public page (the self-report link) has no session to check and installs nothing on the phone.
const publicPage = isPublicPath(location.pathname);
if (!publicPage) startSessionCheck();
void loadBrand();
await initI18n();

const container = document.getElementById('root');
if (!container) throw new Error('missing #root');
const root = createRoot(container);
// Leaving in a hurry drops the whole React tree, with every piece of data it held.
onQuickExit(() => root.unmount());
root.render(
  <StrictMode>
    <App />
  </StrictMode>,
);
if (!publicPage) registerServiceWorker();
