import { act, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { fakeSubscription } from '../../../e2e/support/fake-subscription';
import type { HostCommand } from '../../../shared/host';
import { useHostCommands } from '../../app/use-host-commands';
import { DesktopSection } from './DesktopSection';

// The desktop app's shell: it has menus, a tray and its own settings.
const commands = vi.hoisted(() => ({ feed: null as ReturnType<typeof fakeSubscription<undefined, HostCommand>> | null }));
const api = vi.hoisted(() => ({
  host: {
    features: { query: async () => ({ pickPath: true, desktop: true }) },
    desktopPrefs: { query: vi.fn(async () => ({ keepInTray: false, openAtLogin: true })) },
    setDesktopPrefs: { mutate: vi.fn(async () => undefined) },
    setLanguage: { mutate: vi.fn(async () => undefined) },
    commands: { subscribe: (input: undefined, handlers: object) => commands.feed!.subscribe(input, handlers) },
  },
}));
vi.mock('../../app/api-client', () => ({ api }));

describe('the desktop app’s side of the page', () => {
  it('its settings show as they are kept, and a change is sent to the app', async () => {
    const user = userEvent.setup();
    render(<DesktopSection />);
    const keep = await screen.findByRole('checkbox', { name: 'Keep running in the tray when the window closes' });
    expect((keep as HTMLInputElement).checked).toBe(false);
    expect((screen.getByRole('checkbox', { name: 'Open Berth when I log in' }) as HTMLInputElement).checked).toBe(true);
    await user.click(keep);
    expect(api.host.setDesktopPrefs.mutate).toHaveBeenCalledWith({ keepInTray: true, openAtLogin: true });
  });

  it('menu, tray and link commands move the page or open a panel; the page tells the app its language', async () => {
    commands.feed = fakeSubscription<undefined, HostCommand>();
    const opened: string[] = [];
    function Page() {
      useHostCommands((panel) => opened.push(panel));
      return null;
    }
    render(<Page />);
    await waitFor(() => expect(commands.feed!.subscribers).toHaveLength(1));
    expect(api.host.setLanguage.mutate).toHaveBeenCalledWith('en');
    act(() => commands.feed!.push(0, { type: 'navigate', hash: 'e/build/containers/web/logs' }));
    expect(window.location.hash).toBe('#/e/build/containers/web/logs');
    act(() => commands.feed!.push(0, { type: 'navigate', hash: 'settings' }));
    expect(window.location.hash).toMatch(/^#\/e\/[a-z0-9-]+\/settings$/);
    act(() => commands.feed!.push(0, { type: 'navigate', hash: 'javascript:alert(1)' })); // not a place: ignored
    expect(window.location.hash).toMatch(/\/settings$/);
    act(() => commands.feed!.push(0, { type: 'open', what: 'jobs' }));
    expect(opened).toEqual(['jobs']);
  });
});
