import os from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import { app, BrowserWindow, dialog, Menu, protocol, screen, session, shell, Tray, type WebContents } from 'electron';
import { createIPCHandler } from 'trpc-electron/main';
import { createAppRouter } from '../../shared/api/app';
import { DEFAULT_ENGINE } from '../../shared/engine-id';
import type { UiLanguage } from '../../shared/host';
import { startServices } from '../services/create-services';
import { berthConfigDir } from '../services/daemon/berth-settings';
import { guardProcess } from '../services/process/process-guard';
import { subscriptionBudget } from '../services/process/subscription-budget';
import { answerLogExport } from '../services/logs/export-route';
import { appMenuTemplate } from './app-menu';
import { deepLinkHash, LINK_SCHEME, linkInArgv } from './deep-link';
import { DesktopSide } from './desktop-host';
import { electronPathPicker } from './path-picker';
import { electronScreenReader } from './screen-reader';
import { translator } from './translate';
import { trayFeed, type TrayFeedState } from './tray-feed';
import { trayMenuTemplate, trayTooltip } from './tray-menu';
import { DESKTOP_CSP, EXPORT_SCHEME, isAppPageUrl, isAppWindowUrl, isSafeExternalUrl, isTrustedSender, rendererIndexUrl, secureWebPreferences } from './window-security';
import { restoreWindow, WindowStateFile, type DisplayArea } from './window-state';

// Bundled to dist-electron/main.cjs; the app root is one level up.
const appRoot = path.join(__dirname, '..');
const indexUrl = rendererIndexUrl(appRoot);
const icon = path.join(appRoot, 'assets', 'icon.png');
const MAIN_SIZE = { width: 1280, height: 800 };

/** Every window shows the app's own page; `url` adds a route (a popped-out log or shell). */
function createWindow(url: string, onWindow: (win: BrowserWindow) => void, place?: { x: number; y: number; width: number; height: number }): BrowserWindow {
  const win = new BrowserWindow({
    ...(place ?? { width: 1000, height: 640 }), minWidth: 600, minHeight: 400, title: 'Berth', show: false, icon,
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

const displayAreas = (): DisplayArea[] => screen.getAllDisplays().map((d) => ({ id: d.id, workArea: d.workArea }));

guardProcess();
// A second launch hands its link to the first and leaves.
if (!app.requestSingleInstanceLock()) app.quit();
else start();

function start(): void {
  app.enableSandbox();
  protocol.registerSchemesAsPrivileged([{ scheme: EXPORT_SCHEME, privileges: { stream: true } }]);
  app.setAsDefaultProtocolClient(LINK_SCHEME);
  let quitting = false;
  let openLink: (link: string) => void;
  let pendingLink = linkInArgv(process.argv);
  // macOS sends links as events, possibly before the app is ready.
  app.on('open-url', (event, link) => {
    event.preventDefault();
    if (openLink) openLink(link);
    else pendingLink = link;
  });
  app.on('before-quit', () => { quitting = true; });

  void app.whenReady().then(() => {
    session.defaultSession.webRequest.onHeadersReceived((details, callback) => {
      callback({ responseHeaders: { ...details.responseHeaders, 'Content-Security-Policy': [DESKTOP_CSP] } });
    });
    // Copy and paste in the terminal, and job notifications; nothing else.
    session.defaultSession.setPermissionRequestHandler((_wc, permission, callback) =>
      callback(permission === 'clipboard-sanitized-write' || permission === 'clipboard-read' || permission === 'notifications'));

    const configDir = berthConfigDir({ env: process.env, platform: process.platform, homedir: os.homedir() });
    const desktop = new DesktopSide(configDir);
    const services = startServices(process.env, {
      screenReader: electronScreenReader(app),
      pickPath: electronPathPicker(dialog, () => BrowserWindow.getFocusedWindow()),
      desktop,
    });
    protocol.handle(EXPORT_SCHEME, async (request) => {
      const answer = await answerLogExport(services.app, new URL(request.url).searchParams.get('q'));
      const body = typeof answer.body === 'string' ? answer.body : (Readable.toWeb(Readable.from(answer.body)) as ReadableStream);
      return new Response(body, { status: answer.status, headers: answer.headers });
    });

    // The main window opens where it was on these displays, maximised if it was.
    const places = new WindowStateFile(path.join(configDir, 'window.json'));
    const place = restoreWindow(places.read(displayAreas()), displayAreas(), MAIN_SIZE);
    // trpc-electron makes a context per message: each window's subscriptions are counted on its own budget.
    const budgets = new WeakMap<WebContents, ReturnType<typeof subscriptionBudget>>();
    const budgetOf = (sender: WebContents) => budgets.get(sender) ?? budgets.set(sender, subscriptionBudget()).get(sender)!;
    let attach: (win: BrowserWindow) => void = () => {};
    const win = createWindow(indexUrl, (popped) => attach(popped), place.bounds);
    if (place.maximized) win.maximize();
    const savePlace = () => {
      if (!win.isDestroyed() && !win.isMinimized()) void places.write(displayAreas(), { bounds: win.getNormalBounds(), maximized: win.isMaximized() }).catch(() => {});
    };
    win.on('close', (event) => {
      savePlace();
      // Close vs quit: with "keep in the tray" the window hides and Berth goes on; Quit (menu, tray, Cmd+Q) ends it.
      if (desktop.prefs().keepInTray && !quitting) {
        event.preventDefault();
        win.hide();
      }
    });
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

    const show = () => {
      if (win.isMinimized()) win.restore();
      win.show();
      win.focus();
    };
    openLink = (link) => {
      const hash = deepLinkHash(link);
      if (!hash) return;
      show();
      desktop.send({ type: 'navigate', hash });
    };
    if (pendingLink) win.webContents.once('did-finish-load', () => openLink(pendingLink!));
    app.on('second-instance', (_event, argv) => {
      show();
      const link = linkInArgv(argv);
      if (link) openLink(link);
    });
    app.on('activate', show); // the Dock icon (macOS)

    // Menus and tray speak the page's language; until it says, the system's.
    let language: UiLanguage = app.getLocale().toLowerCase().startsWith('zh') ? 'zh-CN' : 'en';
    let trayState: TrayFeedState = { engines: [], containers: [] };
    let trayEngine: string = DEFAULT_ENGINE;
    const tray = new Tray(icon);
    tray.on('click', () => (win.isVisible() && win.isFocused() ? win.hide() : show()));
    const rebuild = () => {
      const t = translator(language);
      Menu.setApplicationMenu(Menu.buildFromTemplate(appMenuTemplate(t, process.platform, (command) => { show(); desktop.send(command); }, !app.isPackaged)));
      const state = { ...trayState, current: trayEngine, keepInTray: desktop.prefs().keepInTray };
      tray.setToolTip(trayTooltip(t, state));
      tray.setContextMenu(Menu.buildFromTemplate(trayMenuTemplate(t, state, {
        open: (hash) => { show(); if (hash) desktop.send({ type: 'navigate', hash }); },
        act: (engine, id, action) => void Promise.resolve(services.app.scope(engine).containers.act({ action, ids: [id] })).catch(() => {}),
        setKeepInTray: (keepInTray) => void desktop.setPrefs({ ...desktop.prefs(), keepInTray }),
        quit: () => app.quit(),
      })));
    };
    const feed = trayFeed(services.app, (state) => { trayState = state; rebuild(); });
    feed.follow(trayEngine);
    desktop.on('language', (l) => { language = l; rebuild(); });
    // Electron: a fraction, 2 for indeterminate, a negative number to remove the bar.
    desktop.on('progress', (p) => win.setProgressBar(p === null ? -1 : p === 'indeterminate' ? 2 : p));
    desktop.on('prefs', (prefs) => {
      app.setLoginItemSettings({ openAtLogin: prefs.openAtLogin });
      rebuild();
    });
    desktop.on('command', (command) => {
      // The tray follows the engine a link or the tray itself moved the window to.
      const engine = command.type === 'navigate' ? /^e\/([^/]+)\//.exec(command.hash)?.[1] : undefined;
      if (engine && engine !== trayEngine) feed.follow((trayEngine = engine));
    });
    rebuild();

    app.on('window-all-closed', () => {
      // macOS apps stay in the Dock with no window; elsewhere the last window closing quits (unless kept in the tray).
      if (process.platform === 'darwin' || (desktop.prefs().keepInTray && !quitting)) return;
      feed.stop();
      services.stop();
      app.quit();
    });
    app.on('will-quit', () => {
      feed.stop();
      services.stop();
    });
  });
}
