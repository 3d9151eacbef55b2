import path from 'node:path';
import { Readable } from 'node:stream';
import { app, BrowserWindow, dialog, protocol, session, shell, type WebContents } from 'electron';
import { createIPCHandler } from 'trpc-electron/main';
import { createAppRouter } from '../../shared/api/app';
import { startServices } from '../services/create-services';
import { guardProcess } from '../services/process/process-guard';
import { subscriptionBudget } from '../services/process/subscription-budget';
import { electronPathPicker } from './path-picker';
import { electronScreenReader } from './screen-reader';
import { answerLogExport } from '../services/logs/export-route';
import { DESKTOP_CSP, EXPORT_SCHEME, isAppPageUrl, isAppWindowUrl, isSafeExternalUrl, isTrustedSender, rendererIndexUrl, secureWebPreferences } from './window-security';

// Bundled to dist-electron/main.cjs; the app root is one level up.
const appRoot = path.join(__dirname, '..');
const indexUrl = rendererIndexUrl(appRoot);

/** Every window shows the app's own page; `url` adds a route (a popped-out log or shell). */
function createWindow(url = indexUrl, onWindow: (win: BrowserWindow) => void = () => {}): BrowserWindow {
  const win = new BrowserWindow({
    width: url === indexUrl ? 1280 : 1000, height: url === indexUrl ? 800 : 640, minWidth: 600, minHeight: 400, title: 'Berth', show: false,
    icon: path.join(appRoot, 'assets', 'icon.png'),
    webPreferences: secureWebPreferences(path.join(__dirname, 'preload.cjs')),
  });
  win.once('ready-to-show', () => win.show());
  // Web links open in the system browser; the app's pop-out routes open as app windows; nothing else opens.
  win.webContents.setWindowOpenHandler(({ url: target }) => {
    if (isAppWindowUrl(target, indexUrl)) onWindow(createWindow(target, onWindow));
    else if (isSafeExternalUrl(target)) void shell.openExternal(target);
    return { action: 'deny' };
  });
  // Neither a navigation nor a server redirect may take the window (and its IPC bridge) off the app's own page.
  const stayOnAppPage = (event: Electron.Event, target: string): void => {
    if (!isAppPageUrl(target, indexUrl)) event.preventDefault();
  };
  win.webContents.on('will-navigate', stayOnAppPage);
  win.webContents.on('will-redirect', stayOnAppPage);
  void win.loadURL(url);
  return win;
}

guardProcess();
app.enableSandbox();
protocol.registerSchemesAsPrivileged([{ scheme: EXPORT_SCHEME, privileges: { stream: true } }]);
void app.whenReady().then(() => {
  session.defaultSession.webRequest.onHeadersReceived((details, callback) => {
    callback({ responseHeaders: { ...details.responseHeaders, 'Content-Security-Policy': [DESKTOP_CSP] } });
  });
  // Copy and paste in the terminal; nothing else.
  session.defaultSession.setPermissionRequestHandler((_wc, permission, callback) => callback(permission === 'clipboard-sanitized-write' || permission === 'clipboard-read'));

  const services = startServices(process.env, {
    screenReader: electronScreenReader(app),
    pickPath: electronPathPicker(dialog, () => BrowserWindow.getFocusedWindow()),
  });
  protocol.handle(EXPORT_SCHEME, async (request) => {
    const answer = await answerLogExport(services.app, new URL(request.url).searchParams.get('q'));
    const body = typeof answer.body === 'string' ? answer.body : (Readable.toWeb(Readable.from(answer.body)) as ReadableStream);
    return new Response(body, { status: answer.status, headers: answer.headers });
  });
  // trpc-electron makes a context per message: each window's subscriptions are counted on its own budget.
  const budgets = new WeakMap<WebContents, ReturnType<typeof subscriptionBudget>>();
  const budgetOf = (sender: WebContents) => budgets.get(sender) ?? budgets.set(sender, subscriptionBudget()).get(sender)!;
  let attach: (win: BrowserWindow) => void = () => {};
  const win = createWindow(indexUrl, (popped) => attach(popped));
  const ipc = createIPCHandler({
    router: createAppRouter(services.app),
    windows: [win],
    createContext: async ({ event }) => {
      if (!isTrustedSender(event.senderFrame?.url, event.senderFrame === event.sender.mainFrame, indexUrl)) {
        throw new Error('IPC refused: the sender is not Berth’s own page');
      }
      return budgetOf(event.sender);
    },
  });
  attach = (popped) => ipc.attachWindow(popped);
  app.on('window-all-closed', () => {
    services.stop();
    app.quit();
  });
});
