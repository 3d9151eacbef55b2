/**
 * Jobs live in main (pull, push, build, file transfers, compose runs): they run to their end unless cancelled, whatever
 * happens to the page that started them, and a page that comes back finds them here. Pure types and limits: the page
 * loads this without zod.
 */

/** What a job's stream says first: the job's id in main, for following it again or cancelling it. */
export interface JobStarted { type: 'job'; id: string }

export const isJobStarted = (event: unknown): event is JobStarted => (event as JobStarted | null)?.type === 'job';

export type JobState = 'running' | 'done' | 'failed' | 'cancelled';

/** A job as main keeps it: what it is (its call, engine and input), how it went, and its events so far. */
export interface JobRecord {
  id: string;
  /** The call that started it, as `domain.name` (`images.pull`, `compose.run`). */
  kind: string;
  engine: string | null;
  /** The call's input as main took it (the page finds a compose run's project in it). */
  input?: unknown;
  /** The words the page gave it, in the page's language. */
  title: string;
  state: JobState;
  started: number;
  ended: number | null;
  /** Its events in order; of the progress snapshots only the last is kept. */
  events: unknown[];
}

/** The jobs main keeps: the running ones, and this many ended ones (the newest). */
export const JOBS_KEPT = 100;
/** Events one job keeps beyond its last progress: a build's or compose's output lines come in many. */
export const JOB_EVENTS_KEPT = 5_000;
