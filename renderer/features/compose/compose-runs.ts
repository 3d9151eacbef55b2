import { create } from 'zustand';
import type { ComposeEvent, ComposeRunInput } from '../../../shared/compose';
import { isJobStarted, type JobRecord } from '../../../shared/jobs';
import type { ErrorData } from '../../../shared/errors';
import { api } from '../../app/api-client';
import { errorData } from '../../ui/api-error';
import type { Handlers } from '../jobs/jobs-store';

/** The most output lines a run keeps (compose's build output can be long). */
const MAX_LINES = 2_000;

export interface StepView { id: string; text: string; state: 'working' | 'done' | 'error' }
export interface ComposeRun {
  /** The action's words ("Up", "Stop web"). */
  label: string;
  state: 'working' | 'done' | 'failed' | 'cancelled';
  lines: string[];
  /** The last word on each resource (container, network, volume, image), in the order they first came. */
  steps: StepView[];
  error: ErrorData | null;
}

/**
 * Each project's last compose run (by engine and project). The run itself is a job in main; the page shows it, on any
 * screen and after a reload. One run per project at a time.
 */
const useRuns = create<{ runs: Record<string, ComposeRun> }>(() => ({ runs: {} }));
const subscriptions = new Map<string, { unsubscribe(): void }>();
/** Each run's job id in main. */
const mainIds = new Map<string, string>();
const keyOf = (engine: string, project: string) => `${engine}/${project}`;

const change = (key: string, update: (run: ComposeRun) => ComposeRun) =>
  useRuns.setState((s) => (s.runs[key] ? { runs: { ...s.runs, [key]: update(s.runs[key]) } } : s));

export const useProjectRun = (engine: string, project: string): ComposeRun | null => useRuns((s) => s.runs[keyOf(engine, project)] ?? null);

type Follow = (handlers: Handlers<ComposeEvent>) => { unsubscribe(): void };

/** Shows a run's events as they come (or again from its first, for a run found in main after a reload). */
function showRun(key: string, label: string, follow: Follow): void {
  subscriptions.get(key)?.unsubscribe();
  useRuns.setState((s) => ({ runs: { ...s.runs, [key]: { label, state: 'working', lines: [], steps: [], error: null } } }));
  const settle = (to: Partial<ComposeRun>) => {
    subscriptions.delete(key);
    change(key, (r) => ({ ...r, ...to }));
  };
  subscriptions.set(key, follow({
    onData: (event) => {
      if (isJobStarted(event)) {
        mainIds.set(key, event.id);
        void api.jobs.describe.mutate({ id: event.id, title: label }).catch(() => undefined);
      } else if (event.type === 'done') settle({ state: 'done' });
      else if (event.type === 'error') settle({ state: 'failed', error: event.error });
      else change(key, (r) => {
        const steps = [...r.steps];
        for (const step of event.steps) {
          const at = steps.findIndex((s) => s.id === step.id);
          if (at >= 0) steps[at] = step;
          else steps.push(step);
        }
        return { ...r, lines: [...r.lines, ...event.lines].slice(-MAX_LINES), steps };
      });
    },
    onError: (err) => settle({ state: 'failed', error: errorData(err) }),
    // Ended without its own end: cancelled (here, in another page, or as Berth quit).
    onComplete: () => change(key, (r) => (r.state === 'working' ? { ...r, state: 'cancelled' } : r)),
  }));
}

/** Runs compose in main: the run goes on to its end whatever happens to this page. */
export function startRun(engine: string, label: string, input: ComposeRunInput): void {
  showRun(keyOf(engine, input.project.name), label, (handlers) => api.compose.run.subscribe({ engine, ...input }, handlers));
}

/** The runs main has, shown on their projects' pages again (after a reload), each followed from its first event. */
export function restoreRuns(records: JobRecord[]): void {
  for (const record of records) {
    const project = (record.input as Partial<ComposeRunInput> | null)?.project?.name;
    if (record.kind !== 'compose.run' || !record.engine || !project) continue;
    const key = keyOf(record.engine, project);
    mainIds.set(key, record.id);
    showRun(key, record.title, (handlers) => api.jobs.follow.subscribe({ id: record.id }, handlers as Handlers<unknown>));
  }
}

/** Cancel: main stops compose (SIGINT, then a kill after a grace period). */
export function cancelRun(engine: string, project: string): void {
  const key = keyOf(engine, project);
  const mainId = mainIds.get(key);
  if (mainId) void api.jobs.cancel.mutate({ id: mainId }).catch(() => undefined);
  subscriptions.get(key)?.unsubscribe();
  subscriptions.delete(key);
  change(key, (r) => ({ ...r, state: 'cancelled' }));
}
