import path from 'node:path';
import { app, BrowserWindow, session, shell } from 'electron';
import { createIPCHandler } from 'trpc-electron/main';
import { createAppRouter } from '../../shared/api';
import { startServices } from '../services/create-services';
import { DESKTOP_CSP, isSafeExternalUrl, isTrustedSender, rendererIndexUrl, secureWebPreferences } from './window-security';

// Bundled to dist-electron/main.cjs; the app root is one level up.
const appRoot = path.join(__dirname, '..');
const indexUrl = rendererIndexUrl(appRoot);

function createWindow(): BrowserWindow {
  const win = new BrowserWindow({
    width: 1280, height: 800, minWidth: 900, minHeight: 560, title: 'Berth', show: false,
    icon: path.join(appRoot, 'assets', 'icon.png'),
    webPreferences: secureWebPreferences(path.join(__dirname, 'preload.cjs')),
  });
  win.once('ready-to-show', () => win.show());
  // Web links open in the system browser; nothing opens a new Electron window or navigates this one away.
  win.webContents.setWindowOpenHandler(({ url }) => {
    if (isSafeExternalUrl(url)) void shell.openExternal(url);
    return { action: 'deny' };
  });
  win.webContents.on('will-navigate', (event, url) => {
    if (!url.startsWith(indexUrl)) event.preventDefault();
  });
  void win.loadURL(indexUrl);
  return win;
}

app.enableSandbox();
void app.whenReady().then(() => {
  session.defaultSession.webRequest.onHeadersReceived((details, callback) => {
    callback({ responseHeaders: { ...details.responseHeaders, 'Content-Security-Policy': [DESKTOP_CSP] } });
  });
  session.defaultSession.setPermissionRequestHandler((_wc, permission, callback) => callback(permission === 'clipboard-sanitized-write'));

  const services = startServices();
  const win = createWindow();
  createIPCHandler({
    router: createAppRouter(services.api),
    windows: [win],
    createContext: async ({ event }) => {
      if (!isTrustedSender(event.senderFrame?.url, event.senderFrame === event.sender.mainFrame, indexUrl)) {
        throw new Error('IPC refused: the sender is not Berth’s own page');
      }
      return {};
    },
  });
  app.on('window-all-closed', () => {
    services.stop();
    app.quit();
  });
});
