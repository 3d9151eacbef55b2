import { create } from 'zustand';
import { isJobStarted, type JobStarted } from '../../../shared/jobs';
import { api } from '../../app/api-client';
import { notify } from '../../ui/notices-store';

export type JobPhase = 'running' | 'done' | 'failed' | 'cancelled';

/** A long engine job as every view sees it: the dialog that started it, the Jobs panel, the toast when it ends. */
export interface Job<Detail = unknown> {
  id: number;
  title: string;
  engine: string;
  phase: JobPhase;
  /** The engine's last word on it (a pull's status, a build's step). */
  status: string;
  /** Done so far of a known whole; null while it cannot be told. */
  progress: { value: number; max: number } | null;
  /** What the job's own view draws (a pull's layers, a file job's results). */
  detail: Detail | null;
  /** The job's full log (a build's output); kept to the last LOG_CHARS characters. */
  log: string;
  /** How it ended, in words: the result, or why it failed. */
  outcome: string;
  started: number;
  ended: number | null;
}

const LOG_CHARS = 2_000_000;

/** A job's stream: main says the job's id first (JobStarted), then its events; it completes when the job has ended. */
export interface Handlers<E> { onData(event: E | JobStarted): void; onError(err: unknown): void; onComplete?(): void }
/** What a job is: how to start it, and what each of its events changes. `onEvent` returns the change, or an end. */
export interface JobSpec<E, Detail = unknown> {
  title: string;
  engine: string;
  subscribe(handlers: Handlers<E>): { unsubscribe(): void };
  onEvent(event: E, job: Job<Detail>): Partial<Job<Detail>> & { appendLog?: string };
  /** A refusal before the job began (field errors): the job is forgotten and the dialog is told instead. */
  onRefused?(err: unknown): boolean;
  /** Why it failed, in words, from a thrown error. */
  describe(err: unknown): string;
}

const subscriptions = new Map<number, { unsubscribe(): void }>();
const specs = new Map<number, JobSpec<never>>();
/** Each job's id in main, once main has said it: cancel goes there (leaving the stream leaves the job running). */
const mainIds = new Map<number, string>();
let nextId = 1;

export const useJobs = create<{ jobs: Job[] }>(() => ({ jobs: [] }));

const update = (id: number, change: (job: Job) => Partial<Job>): void =>
  useJobs.setState((s) => ({ jobs: s.jobs.map((j) => (j.id === id ? { ...j, ...change(j) } : j)) }));
const jobOf = (id: number): Job | undefined => useJobs.getState().jobs.find((j) => j.id === id);

function ended(id: number, quiet = false): void {
  subscriptions.get(id)?.unsubscribe();
  subscriptions.delete(id);
  const job = jobOf(id);
  if (!job || quiet) return;
  notify(job.phase === 'failed' ? 'error' : 'info', `${job.title}: ${job.outcome || job.phase}`);
  // In the desktop app (and a browser that allowed it) the OS says so too, when Berth is not in front.
  if (!document.hasFocus() && typeof Notification !== 'undefined' && Notification.permission === 'granted') {
    new Notification(job.title, { body: job.outcome });
  }
}

/** How a job is shown when a page finds it in main (after a reload): its id there, and how it went so far. */
export interface RestoredJob { mainId: string; started: number; ended: boolean; events: unknown[] }

/** Starts a job that outlives the dialog that asked for it (main runs it to its end); returns its id in this page. */
export function startJob<E, Detail>(spec: JobSpec<E, Detail>, restored?: RestoredJob): number {
  const id = nextId++;
  specs.set(id, spec as JobSpec<never>);
  if (restored) mainIds.set(id, restored.mainId);
  const job: Job = { id, title: spec.title, engine: spec.engine, phase: 'running', status: '', progress: null, detail: null, log: '', outcome: '', started: restored?.started ?? Date.now(), ended: null };
  useJobs.setState((s) => ({ jobs: [job, ...s.jobs] }));
  const apply = (event: E, quiet = false): void => {
    const current = jobOf(id);
    if (!current || current.phase !== 'running') return;
    const { appendLog, ...change } = spec.onEvent(event, current as Job<Detail>);
    update(id, (j) => ({ ...change, ...(appendLog ? { log: (j.log + appendLog).slice(-LOG_CHARS) } : {}), ...(change.phase && change.phase !== 'running' ? { ended: Date.now() } : {}) }));
    if (change.phase && change.phase !== 'running') ended(id, quiet);
  };
  // The stream ended without an end of its own: the job was cancelled (here, in another page, or as Berth quit).
  const stopped = () => {
    if (jobOf(id)?.phase === 'running') update(id, () => ({ phase: 'cancelled', ended: Date.now() }));
  };
  if (restored?.ended) {
    // Shown as it ended, at once and without telling it again.
    for (const event of restored.events) apply(event as E, true);
    stopped();
    return id;
  }
  subscriptions.set(id, spec.subscribe({
    onData: (event) => {
      if (!isJobStarted(event)) apply(event);
      else if (!restored) {
        mainIds.set(id, event.id);
        void api.jobs.describe.mutate({ id: event.id, title: spec.title }).catch(() => undefined);
      }
    },
    onError: (err) => {
      if (spec.onRefused?.(err)) {
        forget(id);
        return;
      }
      update(id, () => ({ phase: 'failed', outcome: spec.describe(err), ended: Date.now() }));
      ended(id);
    },
    onComplete: stopped,
  }));
  return id;
}

/** Stops a running job: main cancels it, which stops the work in the engine. */
export function cancelJob(id: number, outcome: string): void {
  if (jobOf(id)?.phase !== 'running') return;
  const mainId = mainIds.get(id);
  if (mainId) void api.jobs.cancel.mutate({ id: mainId }).catch(() => undefined);
  subscriptions.get(id)?.unsubscribe();
  subscriptions.delete(id);
  update(id, () => ({ phase: 'cancelled', outcome, ended: Date.now() }));
}

/** The same job again, as a new one. */
export const retryJob = (id: number): number | null => {
  const spec = specs.get(id);
  return spec ? startJob(spec) : null;
};

/** Takes an ended job off the list (main's too, so a page that comes back does not show it again). */
export function forget(id: number): void {
  const mainId = mainIds.get(id);
  if (mainId && jobOf(id)?.phase !== 'running') void api.jobs.dismiss.mutate({ id: mainId }).catch(() => undefined);
  subscriptions.get(id)?.unsubscribe();
  subscriptions.delete(id);
  specs.delete(id);
  mainIds.delete(id);
  useJobs.setState((s) => ({ jobs: s.jobs.filter((j) => j.id !== id) }));
}

export const useJob = <Detail>(id: number | null): Job<Detail> | null =>
  useJobs((s) => (id === null ? null : ((s.jobs.find((j) => j.id === id) as Job<Detail> | undefined) ?? null)));
