import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { act } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { useNotices } from '../../ui/notices-store';
import { startJob, useJobs } from './jobs-store';
import { JobsPanel } from './JobsPanel';

type Event = { kind: 'progress'; value: number } | { kind: 'done' } | { kind: 'failed' };

/** A job whose stream the test drives: every start is recorded, with its handlers and whether it was closed. */
function fakeJob(title: string) {
  const starts: { emit(e: Event): void; closed: boolean }[] = [];
  startJob<Event, null>({
    title, engine: 'local', describe: () => 'broken',
    subscribe: (handlers) => {
      const start = { emit: (e: Event) => act(() => handlers.onData(e)), closed: false };
      starts.push(start);
      return { unsubscribe: () => { start.closed = true; } };
    },
    onEvent: (e) => e.kind === 'progress' ? { status: `${e.value}%`, progress: { value: e.value, max: 100 }, appendLog: `at ${e.value}\n` }
      : e.kind === 'done' ? { phase: 'done', outcome: 'all done' } : { phase: 'failed', outcome: 'it broke' },
  });
  return starts;
}

describe('the Jobs panel', () => {
  it('shows progress and the log; Cancel closes the stream; a failure toasts and Retry runs it again; Dismiss clears it', async () => {
    const user = userEvent.setup();
    useJobs.setState({ jobs: [] });
    const pull = fakeJob('Pull app:1');
    const build = fakeJob('Build app');
    render(<JobsPanel onClose={vi.fn()} />);
    pull[0]!.emit({ kind: 'progress', value: 40 });
    const pullRow = screen.getByRole('listitem', { name: 'Pull app:1' });
    expect((within(pullRow).getByRole('progressbar', { name: 'Progress of Pull app:1' }) as HTMLProgressElement).value).toBe(40);
    await user.click(within(pullRow).getByText('Log'));
    expect(within(pullRow).getByRole('log', { name: 'Log of Pull app:1' }).textContent).toBe('at 40\n');
    await user.click(within(pullRow).getByRole('button', { name: 'Cancel Pull app:1' }));
    expect(pull[0]!.closed).toBe(true);
    expect(pullRow.textContent).toContain('cancelled');

    build[0]!.emit({ kind: 'failed' });
    expect(useNotices.getState().notices.at(-1)).toMatchObject({ kind: 'error', text: 'Build app: it broke' });
    await user.click(screen.getByRole('button', { name: 'Retry Build app' }));
    expect(build).toHaveLength(2);
    build[1]!.emit({ kind: 'done' });
    expect(useNotices.getState().notices.at(-1)).toMatchObject({ kind: 'info', text: 'Build app: all done' });
    expect(screen.getAllByRole('listitem', { name: 'Build app' })).toHaveLength(2);
    await user.click(screen.getAllByRole('button', { name: 'Dismiss Build app' })[0]!);
    expect(screen.getAllByRole('listitem', { name: 'Build app' })).toHaveLength(1);
  });
});
