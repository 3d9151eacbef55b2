import { create } from 'zustand';
import type { ComposeRunInput } from '../../../shared/compose';
import type { ErrorData } from '../../../shared/errors';
import { api } from '../../app/api-client';
import { errorData } from '../../ui/api-error';

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
 * Each project's last compose run (by engine and project), kept in the page rather than in a screen: going elsewhere
 * while an up runs does not stop it, and coming back shows where it is. One run per project at a time.
 */
const useRuns = create<{ runs: Record<string, ComposeRun> }>(() => ({ runs: {} }));
const subscriptions = new Map<string, { unsubscribe(): void }>();
const keyOf = (engine: string, project: string) => `${engine}/${project}`;

const change = (key: string, update: (run: ComposeRun) => ComposeRun) =>
  useRuns.setState((s) => (s.runs[key] ? { runs: { ...s.runs, [key]: update(s.runs[key]) } } : s));

export const useProjectRun = (engine: string, project: string): ComposeRun | null => useRuns((s) => s.runs[keyOf(engine, project)] ?? null);

export function startRun(engine: string, label: string, input: ComposeRunInput): void {
  const key = keyOf(engine, input.project.name);
  subscriptions.get(key)?.unsubscribe();
  useRuns.setState((s) => ({ runs: { ...s.runs, [key]: { label, state: 'working', lines: [], steps: [], error: null } } }));
  const settle = (to: Partial<ComposeRun>) => {
    subscriptions.delete(key);
    change(key, (r) => ({ ...r, ...to }));
  };
  subscriptions.set(key, api.compose.run.subscribe({ engine, ...input }, {
    onData: (event) => {
      if (event.type === 'done') settle({ state: 'done' });
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
  }));
}

/** Leaving the subscription stops compose (SIGINT, then a kill after a grace period). */
export function cancelRun(engine: string, project: string): void {
  const key = keyOf(engine, project);
  subscriptions.get(key)?.unsubscribe();
  subscriptions.delete(key);
  change(key, (r) => ({ ...r, state: 'cancelled' }));
}
