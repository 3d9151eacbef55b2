import { describe, expect, it, vi } from 'vitest';
import type { HostCommand } from '../../../shared/host';
import { BROWSER_PAGE_HOST, createHostService, type DesktopHost } from './shell-host';

describe('what only some shells have', () => {
  it('a browser page has no file dialog nor desktop settings, says so when asked, and sends no commands', async () => {
    const host = createHostService(BROWSER_PAGE_HOST);
    expect(host.features()).toEqual({ pickPath: false, desktop: false });
    await expect(host.pickPath({ kind: 'save' })).rejects.toMatchObject({ data: { code: 'INVALID_INPUT' } });
    await expect(Promise.resolve().then(() => host.desktopPrefs())).rejects.toMatchObject({ data: { message: { key: 'errors.host.noDesktop' } } });
    await host.setLanguage('zh-CN'); // nothing to tell: no error either
    await host.jobsProgress('indeterminate');
    const abort = new AbortController();
    const commands = host.commands(abort.signal)[Symbol.asyncIterator]().next();
    abort.abort();
    expect(await commands).toEqual({ done: true, value: undefined });
  });
  it('a shell with them passes the requests on', async () => {
    const setLanguage = vi.fn();
    const setProgress = vi.fn();
    const desktop: DesktopHost = {
      commands: async function* () { yield { type: 'open', what: 'jobs' } satisfies HostCommand; },
      setLanguage, setProgress, prefs: () => ({ keepInTray: true, openAtLogin: false }), setPrefs: vi.fn(async () => {}),
    };
    const host = createHostService({ ...BROWSER_PAGE_HOST, pickPath: async (r) => `/picked/${r.kind}`, desktop });
    expect(host.features()).toEqual({ pickPath: true, desktop: true });
    expect(await host.pickPath({ kind: 'directory' })).toBe('/picked/directory');
    await host.setLanguage('zh-CN');
    expect(setLanguage).toHaveBeenCalledWith('zh-CN');
    await host.jobsProgress(0.5);
    expect(setProgress).toHaveBeenCalledWith(0.5);
    expect(await host.desktopPrefs()).toEqual({ keepInTray: true, openAtLogin: false });
    const first = await host.commands(new AbortController().signal)[Symbol.asyncIterator]().next();
    expect(first.value).toEqual({ type: 'open', what: 'jobs' });
  });
});
