import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { ContainerSummary } from '../../../shared/containers';
import { useEngineList } from '../engine/engine-list';
import { CommandPalette } from './CommandPalette';

const api = vi.hoisted(() => ({ containers: {} as Record<string, { mutate: unknown }>, containersWatch: null }));
vi.mock('../../app/api-client', () => ({ api }));
const containers = vi.hoisted(() => ({ byId: {} as Record<string, unknown> }));
vi.mock('../containers/containers-store', () => ({ useContainers: (select: (s: typeof containers) => unknown) => select(containers) }));

const container = (id: string, name: string, state: ContainerSummary['state']) => ({ id, name, image: 'berth/busybox', state }) as ContainerSummary;
const act = vi.fn(async () => [{ id: 'c2', ok: true }]);
beforeEach(() => {
  localStorage.clear();
  window.location.hash = '#/e/local/containers';
  act.mockClear();
  api.containers = { act: { mutate: act } };
  containers.byId = { c1: container('c1', 'web-1', 'running'), c2: container('c2', 'db', 'running'), c3: container('c3', 'worker', 'exited') };
  useEngineList.setState({ engines: [
    { id: 'local', label: 'Local', endpoint: 'unix:///d.sock', local: true, source: 'environment' },
    { id: 'home', label: 'Home server', endpoint: 'ssh://me@home', local: false, source: 'berth' },
  ] });
});

describe('CommandPalette', () => {
  it('finds screens and engines with their shortcuts, and goes there on Enter', async () => {
    const user = userEvent.setup();
    const close = vi.fn();
    render(<CommandPalette onClose={close} />);
    const palette = screen.getByRole('dialog', { name: 'Command palette' });
    expect(within(palette).getByRole('option', { name: /Images/ }).textContent).toContain('Ctrl+3');
    await user.type(within(palette).getByRole('combobox'), 'home ser');
    expect(within(palette).getAllByRole('option').map((o) => o.textContent)).toEqual(['Switch to engine Home serverAlt+2']);
    await user.keyboard('{Enter}');
    expect(close).toHaveBeenCalled();
    expect(window.location.hash).toBe('#/e/home/containers');
  });

  it('lists a matching container’s pages and actions; an action runs on it, and is offered first next time', async () => {
    const user = userEvent.setup();
    const { unmount } = render(<CommandPalette onClose={() => undefined} />);
    await user.type(screen.getByRole('combobox'), 'db');
    const options = screen.getAllByRole('option').map((o) => o.textContent);
    expect(options).toEqual(expect.arrayContaining(['Open db', 'Logs of db', 'Shell in db', 'Stop db', 'Restart db']));
    expect(options.some((o) => o?.includes('web-1'))).toBe(false);
    await user.click(screen.getByRole('option', { name: 'Stop db' }));
    expect(act).toHaveBeenCalledWith({ engine: 'local', action: 'stop', ids: ['c2'] });
    unmount();
    render(<CommandPalette onClose={() => undefined} />);
    const recent = screen.getByRole('group', { name: 'Recent' });
    expect(within(recent).getAllByRole('option').map((o) => o.textContent)).toEqual(['Stop db']);
  });

  it('opens a container on the tab asked for', async () => {
    const user = userEvent.setup();
    render(<CommandPalette onClose={() => undefined} />);
    await user.type(screen.getByRole('combobox'), 'worker');
    expect(screen.queryByRole('option', { name: 'Shell in worker' })).toBeNull(); // not running
    await user.click(screen.getByRole('option', { name: 'Logs of worker' }));
    expect(window.location.hash).toBe('#/e/local/containers/c3/logs');
  });
});
