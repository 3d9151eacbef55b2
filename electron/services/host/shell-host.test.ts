import { describe, expect, it } from 'vitest';
import { BROWSER_PAGE_HOST, createHostService } from './shell-host';

describe('what only some shells have', () => {
  it('a browser page has no file dialog, and says so when one is asked for', async () => {
    const host = createHostService(BROWSER_PAGE_HOST);
    expect(host.features()).toEqual({ pickPath: false });
    await expect(host.pickPath({ kind: 'save' })).rejects.toMatchObject({ data: { code: 'INVALID_INPUT' } });
  });
  it('a shell with one passes the request on', async () => {
    const host = createHostService({ ...BROWSER_PAGE_HOST, pickPath: async (r) => `/picked/${r.kind}` });
    expect(host.features()).toEqual({ pickPath: true });
    expect(await host.pickPath({ kind: 'directory' })).toBe('/picked/directory');
  });
});
