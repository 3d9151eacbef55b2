import { act, fireEvent, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { LogBatch, LogQuery } from '../../../shared/logs';
import { packLines } from '../../../shared/log-wire';
import { usePrefs } from '../../app/prefs-store';
import { fakeSubscription } from '../../../e2e/support/fake-subscription';
import { LogView } from './LogView';

const follow = vi.hoisted(() => ({ current: null as unknown as ReturnType<typeof fakeSubscription<LogQuery, LogBatch>> }));
vi.mock('../../app/api-client', () => ({ api: { logs: { follow: { subscribe: (input: LogQuery, handlers: object) => follow.current.subscribe(input, handlers) } } }, logExportHref: () => '/export' }));

let n = 0;
/** Sends `count` more lines to the view's live subscription, and lets its next animation frame render them. */
async function lines(count: number): Promise<void> {
  const batch = Array.from({ length: count }, () => ({ ts: `2026-01-01T00:00:00.${String(++n).padStart(9, '0')}Z`, stream: 'stdout' as const, text: `line ${n}` }));
  const live = follow.current.subscribers.findLast((s) => !s.closed)!;
  await act(async () => {
    live.handlers.onData?.(packLines(batch));
    await new Promise((resolve) => requestAnimationFrame(resolve));
  });
}

/** happy-dom lays nothing out: give the log a viewport of 200 px over its content, scrolled to `top`. */
function scrollTo(log: HTMLElement, top: number): void {
  Object.defineProperty(log, 'clientHeight', { configurable: true, value: 200 });
  Object.defineProperty(log, 'scrollHeight', { configurable: true, value: 18 * 1000 });
  log.scrollTop = top;
  fireEvent.scroll(log);
}

beforeEach(() => {
  n = 0;
  follow.current = fakeSubscription<LogQuery, LogBatch>();
  usePrefs.setState({ logCapacity: 10_000 });
});

describe('LogView', () => {
  it('pauses when scrolled up, counts what arrives meanwhile, and follows again on "Jump to latest"', async () => {
    const user = userEvent.setup();
    render(<LogView sources={[{ id: 'c1', name: 'web' }]} name="web" clearKey="c1" />);
    await lines(1000);
    const log = screen.getByRole('log', { name: /web/ });
    scrollTo(log, 0);
    await lines(5);
    const jump = screen.getByRole('button', { name: 'Jump to latest (5 new)' });
    await lines(2);
    expect(jump.textContent).toBe('Jump to latest (7 new)');
    await user.click(jump);
    expect(screen.queryByRole('button', { name: /Jump to latest/ })).toBeNull();
    expect(log.scrollTop).toBe(18 * 1007);
    expect(follow.current.subscribers.filter((s) => !s.closed)).toHaveLength(1); // pausing never stopped the stream
  });

  it('says what "All" keeps, and raises this view’s limit when asked, reading the log again', async () => {
    const user = userEvent.setup();
    render(<LogView sources={[{ id: 'c1', name: 'web' }]} name="web" clearKey="c1" />);
    expect(screen.getByRole('option', { name: 'All (this view keeps the newest 10,000)' })).toBeTruthy();
    expect(screen.getByRole('option', { name: '100,000 (this view keeps the newest 10,000)' })).toBeTruthy();
    await user.selectOptions(screen.getByLabelText('Last lines'), 'all');
    await waitFor(() => expect(follow.current.subscribers.at(-1)!.input).toMatchObject({ tail: 'all' }));
    await lines(10_005);
    await user.click(screen.getByRole('button', { name: 'Keep up to 100,000 lines in this view' }));
    expect(follow.current.subscribers.filter((s) => !s.closed)).toHaveLength(1);
    expect(follow.current.subscribers.at(-1)!.input).toMatchObject({ tail: 'all' });
    expect(screen.getByRole('option', { name: 'All (this view keeps the newest 100,000)' })).toBeTruthy();
    expect(usePrefs.getState().logCapacity).toBe(10_000); // the setting for every view is unchanged
  });
});
