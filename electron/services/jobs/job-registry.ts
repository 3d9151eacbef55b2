import { randomUUID } from 'node:crypto';
import { EventEmitter } from 'node:events';
import type { JobRunner } from '../../../shared/api/define';
import type { JobsService } from '../../../shared/api/jobs';
import { BerthError } from '../../../shared/errors';
import { jobFailed } from '../engine/engine-errors';
import { JOB_EVENTS_KEPT, JOBS_KEPT, type JobRecord, type JobState } from '../../../shared/jobs';

interface Job extends Omit<JobRecord, 'events'> {
  abort: AbortController;
  /** Set when the job threw before its first event: a refusal (its fields), said to the caller, not kept as a job. */
  refusal: unknown;
  /** Its events, each numbered: a follower goes on after the last number it gave, whatever was dropped or replaced. */
  entries: { seq: number; event: unknown }[];
  seq: number;
  /** Wakes followers: a new event, or the end. */
  news: EventEmitter<{ news: [] }>;
}

/** A refused call is kept this long, for its caller's follow to hear the refusal. */
const REFUSAL_KEPT_MS = 60_000;

const isProgress = (event: unknown): boolean => (event as { type?: string } | null)?.type === 'progress';
const endState = (event: unknown): JobState | null => {
  const type = (event as { type?: string } | null)?.type;
  return type === 'done' ? 'done' : type === 'error' ? 'failed' : null;
};

/**
 * The jobs of this Berth, across every engine: each runs in main, detached from whoever started it, to its end or
 * until cancelled. Followers get its events so far, then the new ones; the newest JOBS_KEPT ended jobs stay listed.
 */
export class JobRegistry implements JobRunner, JobsService {
  private readonly jobs = new Map<string, Job>();

  start(kind: string, engine: string | null, input: unknown, run: (signal: AbortSignal) => AsyncIterable<unknown>): string {
    const id = randomUUID();
    const job: Job = {
      id, kind, engine, input, title: '', state: 'running', started: Date.now(), ended: null,
      abort: new AbortController(), refusal: undefined, entries: [], seq: 0, news: new EventEmitter(),
    };
    job.news.setMaxListeners(0); // one per follower: pages, windows
    this.jobs.set(id, job);
    void this.drive(job, run);
    return id;
  }

  list = (): JobRecord[] =>
    [...this.jobs.values()].filter((j) => j.refusal === undefined).map(({ id, kind, engine, input, title, state, started, ended, entries }) =>
      ({ id, kind, engine, input, title, state, started, ended, events: entries.map((e) => e.event) }));

  async* follow({ id }: { id: string }, signal: AbortSignal): AsyncGenerator<unknown> {
    const job = this.known(id);
    let last = 0;
    while (!signal.aborted) {
      const fresh = job.entries.filter((e) => e.seq > last);
      if (fresh.length) {
        // More may come while these are given: look again before deciding the job has ended.
        for (const entry of fresh) {
          last = entry.seq;
          yield entry.event;
        }
        continue;
      }
      if (job.state !== 'running') {
        if (job.refusal !== undefined) throw job.refusal;
        return;
      }
      await news(job, signal);
    }
  }

  cancel = ({ id }: { id: string }): void => {
    this.known(id).abort.abort();
  };

  dismiss = ({ id }: { id: string }): void => {
    if (this.known(id).state !== 'running') this.jobs.delete(id);
  };

  describe = ({ id, title }: { id: string; title: string }): void => {
    this.known(id).title = title;
  };

  /** Cancels every running job (Berth is quitting). */
  stopAll(): void {
    for (const job of this.jobs.values()) job.abort.abort();
  }

  private known(id: string): Job {
    const job = this.jobs.get(id);
    if (!job) throw new BerthError({ code: 'NOT_FOUND', message: { key: 'errors.jobs.unknown' } });
    return job;
  }

  private async drive(job: Job, run: (signal: AbortSignal) => AsyncIterable<unknown>): Promise<void> {
    try {
      for await (const event of run(job.abort.signal)) {
        this.add(job, event);
        const ended = endState(event);
        if (ended) {
          job.state = ended;
          break;
        }
      }
      if (job.state === 'running') job.state = job.abort.signal.aborted ? 'cancelled' : 'done';
    } catch (err) {
      if (job.abort.signal.aborted) job.state = 'cancelled';
      else {
        // Thrown before any event: the call was refused (a field, a missing engine), which its caller hears and no
        // list keeps; after one, the job failed, worded as any job failure.
        if (!job.seq) {
          job.refusal = err;
          setTimeout(() => this.jobs.delete(job.id), REFUSAL_KEPT_MS).unref();
        } else this.add(job, jobFailed(err));
        job.state = 'failed';
      }
    } finally {
      job.ended = Date.now();
      job.news.emit('news');
      this.trim();
    }
  }

  private add(job: Job, event: unknown): void {
    // A progress snapshot stands for every one before it.
    if (isProgress(event) && isProgress(job.entries.at(-1)?.event)) job.entries.pop();
    job.entries.push({ seq: ++job.seq, event });
    if (job.entries.length > JOB_EVENTS_KEPT) job.entries.splice(0, job.entries.length - JOB_EVENTS_KEPT);
    job.news.emit('news');
  }

  /** Ended jobs beyond the newest JOBS_KEPT go. */
  private trim(): void {
    const ended = [...this.jobs.values()].filter((j) => j.state !== 'running' && j.refusal === undefined).sort((a, b) => b.started - a.started);
    for (const job of ended.slice(JOBS_KEPT)) this.jobs.delete(job.id);
  }
}

/** Resolves at the job's next event or end, or when the follower leaves. */
function news(job: Job, signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      job.news.off('news', done);
      signal.removeEventListener('abort', done);
      resolve();
    };
    job.news.once('news', done);
    signal.addEventListener('abort', done, { once: true });
  });
}
