import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App, preloadScreen } from './app/App';
import { usePrefs } from './app/prefs-store';
import { followContainers } from './features/containers/containers-store';
import { followEngineStatus } from './features/engine/engine-store';
import { followImages } from './features/images/images-store';
import { networks } from './features/networks/networks-store';
import { volumes } from './features/volumes/volumes-store';
import { initialState } from './app/initial-state';
import { useRoute, type Place } from './app/route-store';
import { defaultLanguage, initI18n } from './i18n/i18n';
import './app/styles.css';
import { stampStyleNonce } from './ui/style-nonce';
import { retryFailedStylesheets } from './ui/stylesheet-retry';
import { withRetries } from './ui/lazy-component';

stampStyleNonce();
retryFailedStylesheets();
// The engine streams start first; the render waits only for a non-English language's strings.
// Every engine the page goes to is followed from then on: switching back shows its state at once.
const follow = ({ engine, route }: Place): void => {
  preloadScreen(route.screen);
  followEngineStatus(engine);
  followContainers(engine);
  if (route.screen === 'images') followImages(engine);
  if (route.screen === 'volumes') volumes.follow(engine);
  if (route.screen === 'networks') networks.follow(engine);
  // The All engines view: every engine's list is on its way while the screen's code loads.
  if (route.screen === 'all') for (const other of initialState()?.engines ?? []) followContainers(other.id);
};
follow(useRoute.getState());
useRoute.subscribe(follow);
const root = createRoot(document.getElementById('root')!);
void initI18n(defaultLanguage(usePrefs.getState().language, navigator.language)).then((i18n) => {
  root.render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
  // The jobs main runs (started by this page before a reload, or by another window) are shown again.
  void withRetries(() => import('./features/jobs/restore-jobs')).then((m) => m.restoreJobs(i18n.t)).catch(() => undefined);
});
