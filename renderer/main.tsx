import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { usePrefs } from './app/prefs-store';
import { followContainers } from './features/containers/containers-store';
import { followEngineStatus } from './features/engine/engine-store';
import { defaultLanguage, initI18n } from './i18n/i18n';
import './app/styles.css';
import { stampStyleNonce } from './ui/style-nonce';

stampStyleNonce();
initI18n(defaultLanguage(usePrefs.getState().language, navigator.language));
followEngineStatus();
followContainers();

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
