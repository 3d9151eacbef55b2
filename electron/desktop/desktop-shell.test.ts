import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import type { ContainerSummary } from '../../shared/containers';
import type { EngineEntry } from '../../shared/engine';
import type { HostCommand } from '../../shared/host';
import { appMenuTemplate } from './app-menu';
import { deepLinkHash, linkInArgv } from './deep-link';
import { DesktopSide } from './desktop-host';
import { translator } from './translate';
import { trayMenuTemplate, trayTooltip, type TrayState } from './tray-menu';
import { restoreWindow, WindowStateFile } from './window-state';

const labels = (items: MenuItemConstructorOptions[]): string[] => items.map((i) => i.label ?? i.type ?? '');
const submenu = (item: MenuItemConstructorOptions | undefined): MenuItemConstructorOptions[] => (item?.submenu ?? []) as MenuItemConstructorOptions[];
const click = (item: MenuItemConstructorOptions | undefined, checked = false) =>
  (item!.click as unknown as (i: { checked: boolean }) => void)({ checked });

describe('the application menu', () => {
  it('has File, Edit, View, Window and Help, an app menu first on macOS only, translated', () => {
    expect(labels(appMenuTemplate(translator('en'), 'linux', vi.fn(), false))).toEqual(['File', 'Edit', 'View', 'Window', 'Help']);
    expect(labels(appMenuTemplate(translator('en'), 'darwin', vi.fn(), false))).toEqual(['Berth', 'File', 'Edit', 'View', 'Window', 'Help']);
    expect(labels(appMenuTemplate(translator('zh-CN'), 'win32', vi.fn(), false))).toEqual(['文件', '编辑', '视图', '窗口', '帮助']);
  });

  it('View goes to each screen with its Ctrl/Cmd+number and opens the palette; the page is told, not the menu', () => {
    const sent: HostCommand[] = [];
    const view = submenu(appMenuTemplate(translator('en'), 'linux', (c) => sent.push(c), false)[2]);
    const dashboard = view.find((i) => i.label === 'Dashboard')!;
    expect(dashboard.accelerator).toBe('CmdOrCtrl+1');
    expect(dashboard.registerAccelerator).toBe(false); // the page answers the key itself
    click(dashboard);
    click(view.find((i) => i.label === 'Command Palette…'));
    expect(sent).toEqual([{ type: 'navigate', hash: 'home' }, { type: 'open', what: 'palette' }]);
    expect(view.some((i) => i.role === 'toggleDevTools')).toBe(false);
    expect(submenu(appMenuTemplate(translator('en'), 'linux', vi.fn(), true)[2]).some((i) => i.role === 'toggleDevTools')).toBe(true);
  });

  it('Settings sits in the app menu on macOS (Cmd+,) and in File elsewhere; Quit is in File only off macOS', () => {
    const mac = appMenuTemplate(translator('en'), 'darwin', vi.fn(), false);
    expect(submenu(mac[0]).find((i) => i.label === 'Settings…')?.accelerator).toBe('CmdOrCtrl+,');
    expect(submenu(mac[1]).map((i) => i.role)).toEqual(['close']);
    const linux = appMenuTemplate(translator('en'), 'linux', vi.fn(), false);
    expect(submenu(linux[0]).map((i) => i.label ?? i.type)).toEqual(['Settings…', 'separator', 'Close Window', 'Quit Berth']);
  });
});

const engine = (id: string, label: string): EngineEntry => ({ id, label, endpoint: `unix:///${id}.sock`, local: true, source: 'berth' });
const container = (name: string, state: ContainerSummary['state'], since: number): ContainerSummary => ({
  id: `${name}-id`, name, image: 'busybox', command: 'sh', created: 0, state, since, exitCode: null, health: null, ports: [], labels: {}, composeProject: null, composeService: null, networks: [], volumes: [],
});

describe('the tray', () => {
  const state: TrayState = {
    current: 'local',
    engines: [
      { entry: engine('local', 'Local'), status: { state: 'connected', info: { running: 2 } as never } },
      { entry: engine('build', 'Build box'), status: { state: 'disconnected', attempts: [], retryInMs: 1000, wasConnected: true } as never },
    ],
    containers: [container('old', 'exited', 1), container('web', 'running', 5), container('db', 'exited', 3)],
    keepInTray: true,
  };

  it('shows the engine and its running count, the latest containers first with start or stop, and every engine to switch to', () => {
    const actions = { open: vi.fn(), act: vi.fn(), setKeepInTray: vi.fn(), quit: vi.fn() };
    const menu = trayMenuTemplate(translator('en'), state, actions);
    expect(menu[0]).toMatchObject({ label: 'Local: 2 running', enabled: false });
    expect(trayTooltip(translator('zh-CN'), state)).toBe('Berth — Local：2 个运行中');
    const rows = menu.filter((i) => i.submenu && i.label?.includes(' — '));
    expect(rows.map((i) => i.label)).toEqual(['web — running', 'db — exited', 'old — exited']);
    click(submenu(rows[0])[1]);
    click(submenu(rows[1])[1]);
    expect(actions.act.mock.calls).toEqual([['local', 'web-id', 'stop'], ['local', 'db-id', 'start']]);
    const engines = submenu(menu.find((i) => i.label === 'Switch engine'));
    expect(engines.map((i) => [i.label, i.checked])).toEqual([['Local — 2 running', true], ['Build box — down', false]]);
    click(engines[1]);
    expect(actions.open).toHaveBeenCalledWith('e/build/home');
    click(menu.find((i) => i.type === 'checkbox'), false);
    expect(actions.setKeepInTray).toHaveBeenCalledWith(false);
    click(menu.at(-1));
    expect(actions.quit).toHaveBeenCalled();
  });
});

describe('berth:// links', () => {
  it('open a container, its logs or shell, on an engine, or a screen; anything else is refused', () => {
    expect(deepLinkHash('berth://containers/web')).toBe('e/local/containers/web');
    expect(deepLinkHash('berth://containers/abc123/logs')).toBe('e/local/containers/abc123/logs');
    expect(deepLinkHash('berth://e/build/containers/web/shell')).toBe('e/build/containers/web/shell');
    expect(deepLinkHash('berth://images')).toBe('e/local/images');
    for (const bad of ['http://containers/web', 'berth://containers/../../etc', 'berth://containers/web/rm', 'berth://e/BAD/containers/x',
      'berth://containers/web?x=1', 'berth://nowhere', 'not a url', 'berth://containers/a/logs/more']) {
      expect(deepLinkHash(bad), bad).toBeNull();
    }
    expect(linkInArgv(['/usr/bin/berth', '--flag', 'berth://containers/web'])).toBe('berth://containers/web');
    expect(linkInArgv(['/usr/bin/berth'])).toBeNull();
  });
});

describe('the window’s place', () => {
  const laptop = [{ id: 1, workArea: { x: 0, y: 0, width: 1440, height: 900 } }];
  const docked = [...laptop, { id: 2, workArea: { x: 1440, y: 0, width: 2560, height: 1440 } }];

  it('is kept per arrangement of displays, and a place off every display is not used', async () => {
    const file = new WindowStateFile(path.join(mkdtempSync(path.join(tmpdir(), 'berth-win-')), 'window.json'));
    const onBig = { bounds: { x: 1600, y: 100, width: 1600, height: 1000 }, maximized: true };
    await file.write(docked, onBig);
    await file.write(laptop, { bounds: { x: 10, y: 20, width: 1200, height: 800 }, maximized: false });
    expect(file.read(docked)).toEqual(onBig);
    expect(restoreWindow(file.read(docked), docked, { width: 1280, height: 800 })).toEqual(onBig);
    // Undocked, the window that was on the big display comes back centred on the laptop's.
    expect(restoreWindow(onBig, laptop, { width: 1280, height: 800 })).toEqual({ bounds: { x: 80, y: 50, width: 1280, height: 800 }, maximized: false });
  });

  it('a file Berth cannot read, or an entry that is not a place, is a fresh start', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'berth-win-'));
    writeFileSync(path.join(dir, 'bad.json'), '{ not json');
    expect(new WindowStateFile(path.join(dir, 'bad.json')).read(laptop)).toBeUndefined();
    writeFileSync(path.join(dir, 'odd.json'), JSON.stringify({ '1:1440x900@0,0': { bounds: { x: 'a' } } }));
    expect(new WindowStateFile(path.join(dir, 'odd.json')).read(laptop)).toBeUndefined();
  });
});

describe('the desktop side of the host service', () => {
  it('passes menu commands to every page that listens, and keeps its settings in desktop.json', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'berth-desktop-'));
    const side = new DesktopSide(dir);
    expect(side.prefs()).toEqual({ keepInTray: false, openAtLogin: false });
    const abort = new AbortController();
    const got: HostCommand[] = [];
    const reading = (async () => { for await (const c of side.commands(abort.signal)) got.push(c); })();
    await new Promise((r) => setImmediate(r));
    side.send({ type: 'open', what: 'jobs' });
    await vi.waitFor(() => expect(got).toEqual([{ type: 'open', what: 'jobs' }]));
    abort.abort();
    await reading;
    const changed = vi.fn();
    side.on('prefs', changed);
    await side.setPrefs({ keepInTray: true, openAtLogin: false });
    expect(changed).toHaveBeenCalledWith({ keepInTray: true, openAtLogin: false });
    expect(new DesktopSide(dir).prefs()).toEqual({ keepInTray: true, openAtLogin: false });
    writeFileSync(path.join(dir, 'desktop.json'), '{"keepInTray": "yes"}');
    expect(new DesktopSide(dir).prefs()).toEqual({ keepInTray: false, openAtLogin: false });
  });
});
