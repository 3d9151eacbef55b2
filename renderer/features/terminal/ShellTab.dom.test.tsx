import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import i18next from 'i18next';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { ContainerDetails } from '../../../shared/containers';
import { fakeSubscription } from '../../../e2e/support/fake-subscription';
import { ShellTab } from './ShellTab';

const output = fakeSubscription<{ sessionId: string }, unknown>();
const api = vi.hoisted(() => ({ terminal: {} as Record<string, unknown>, host: {} as Record<string, unknown> }));
vi.mock('../../app/api-client', () => ({ api }));

let opened = 0;
beforeEach(() => {
  opened = 0;
  output.subscribers.length = 0;
  api.terminal = {
    list: { query: vi.fn(async () => []) },
    open: { mutate: vi.fn(async () => ({ sessionId: `s${++opened}` })) },
    close: { mutate: vi.fn(async () => undefined) },
    write: { mutate: vi.fn(async () => undefined) },
    resize: { mutate: vi.fn(async () => undefined) },
    output: { subscribe: output.subscribe },
  };
  api.host = { screenReader: { subscribe: fakeSubscription<undefined, boolean>().subscribe } };
});

const details = { id: 'c1', name: 'web', state: 'running', tty: false } as ContainerDetails;
const following = (sessionId: string) => output.subscribers.filter((s) => s.input.sessionId === sessionId && !s.closed).length;

describe('ShellTab', () => {
  it('closing Shell 1 of two keeps Shell 2’s process: no new exec, its output still followed', async () => {
    const user = userEvent.setup();
    render(<ShellTab details={details} />);
    await waitFor(() => expect(following('s1')).toBe(1));
    await user.click(screen.getByRole('button', { name: 'New shell' }));
    await waitFor(() => expect(following('s2')).toBe(1));

    await user.click(screen.getByRole('button', { name: 'Close Shell 1' }));
    expect((api.terminal.close as { mutate: ReturnType<typeof vi.fn> }).mutate).toHaveBeenCalledWith({ engine: 'local', sessionId: 's1' });
    // The remaining tab is now "Shell 1": a new label, the same process.
    expect(screen.getByRole('tab', { name: 'Shell 1' })).toBeTruthy();
    expect(following('s2')).toBe(1);
    expect(following('s1')).toBe(0);
    expect(opened).toBe(2);
  });

  it('switching the language relabels the tabs without starting another shell', async () => {
    render(<ShellTab details={details} />);
    await waitFor(() => expect(following('s1')).toBe(1));
    i18next.addResourceBundle('zh-CN', 'translation', (await import('../../../shared/i18n/zh-CN')).zhCN);
    await i18next.changeLanguage('zh-CN');
    await waitFor(() => expect(screen.getByRole('tab', { name: /终端 1/ })).toBeTruthy());
    expect(opened).toBe(1);
    expect(following('s1')).toBe(1);
    await i18next.changeLanguage('en');
  });
});
