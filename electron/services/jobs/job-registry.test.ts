import { describe, expect, it } from 'vitest';
import { BerthError } from '../../../shared/errors';
import { JOBS_KEPT } from '../../../shared/jobs';
import { JobRegistry } from './job-registry';

async function collect(source: AsyncIterable<unknown>): Promise<unknown[]> {
  const all: unknown[] = [];
  for await (const item of source) all.push(item);
  return all;
}
const never = new AbortController().signal;

/** A job whose events come when told. */
function controlled() {
  const queue: unknown[] = [];
  let wake: (() => void) | null = null;
  let finished = false;
  const push = (...events: unknown[]) => { queue.push(...events); wake?.(); };
  const end = () => { finished = true; wake?.(); };
  async function* run(signal: AbortSignal): AsyncGenerator<unknown> {
    while (!signal.aborted) {
      while (queue.length) yield queue.shift();
      if (finished) return;
      await new Promise<void>((resolve) => { wake = resolve; signal.addEventListener('abort', () => resolve(), { once: true }); });
    }
  }
  return { push, end, run };
}

describe('jobs in main', () => {
  it('runs on after its caller leaves; a follower gets every event so far (the last progress only), then the new ones', async () => {
    const jobs = new JobRegistry();
    const job = controlled();
    const id = jobs.start('images.pull', 'local', { reference: 'x' }, job.run);
    job.push({ type: 'progress', n: 1 }, { type: 'progress', n: 2 }, { type: 'log', text: 'a' }, { type: 'progress', n: 3 });
    await expect.poll(() => jobs.list()[0]!.events).toEqual([{ type: 'progress', n: 2 }, { type: 'log', text: 'a' }, { type: 'progress', n: 3 }]);
    const first = jobs.follow({ id }, never)[Symbol.asyncIterator]();
    expect((await first.next()).value).toEqual({ type: 'progress', n: 2 });
    await first.return?.(undefined); // the caller leaves
    job.push({ type: 'progress', n: 4 }, { type: 'done' });
    await expect.poll(() => jobs.list()[0]!.state).toBe('done');
    expect(await collect(jobs.follow({ id }, never))).toEqual([{ type: 'progress', n: 2 }, { type: 'log', text: 'a' }, { type: 'progress', n: 4 }, { type: 'done' }]);
    expect(jobs.list()[0]).toMatchObject({ id, kind: 'images.pull', engine: 'local', input: { reference: 'x' }, state: 'done' });
    jobs.dismiss({ id });
    expect(jobs.list()).toEqual([]);
  });

  it('a follower still given earlier events when the job ends gets the end too', async () => {
    const jobs = new JobRegistry();
    const job = controlled();
    const id = jobs.start('files.upload', 'local', {}, job.run);
    job.push({ type: 'log', text: 'a' });
    await expect.poll(() => jobs.list()[0]!.events).toHaveLength(1);
    const given: unknown[] = [];
    for await (const event of jobs.follow({ id }, never)) {
      given.push(event);
      if (given.length === 1) {
        job.push({ type: 'done', results: [] }); // the job ends while the follower holds its first event
        await expect.poll(() => jobs.list()[0]!.state).toBe('done');
      }
    }
    expect(given).toEqual([{ type: 'log', text: 'a' }, { type: 'done', results: [] }]);
  });

  it('cancel stops the job; a follower ends with it; a refusal before any event is the caller’s error, not a job', async () => {
    const jobs = new JobRegistry();
    const job = controlled();
    const id = jobs.start('files.upload', 'local', {}, job.run);
    job.push({ type: 'progress', bytes: 1 });
    await expect.poll(() => jobs.list()[0]!.events).toHaveLength(1);
    const following = collect(jobs.follow({ id }, never));
    jobs.cancel({ id });
    expect(await following).toEqual([{ type: 'progress', bytes: 1 }]);
    expect(jobs.list()[0]!.state).toBe('cancelled');

    const refusal = new BerthError({ code: 'INVALID_INPUT', fields: { path: { key: 'validation.file.exists' } } });
    const refused = jobs.start('files.download', 'local', {}, async function* () {
      yield* []; // refused before its first event
      throw refusal;
    });
    await expect(collect(jobs.follow({ id: refused }, never))).rejects.toBe(refusal);
    expect(jobs.list().map((j) => j.id)).not.toContain(refused);
    expect(() => jobs.cancel({ id: 'no-such-job' })).toThrow(BerthError);
  });

  it('keeps the newest ended jobs, and every running one', async () => {
    const jobs = new JobRegistry();
    const running = controlled();
    jobs.start('images.build', 'local', {}, running.run);
    for (let i = 0; i < JOBS_KEPT + 5; i++) {
      const id = jobs.start('images.save', 'local', { i }, async function* () { yield { type: 'done', results: [] }; });
      await collect(jobs.follow({ id }, never));
    }
    expect(jobs.list()).toHaveLength(JOBS_KEPT + 1);
    expect(jobs.list().filter((j) => j.state === 'running')).toHaveLength(1);
    running.end();
  });
});
