import type Docker from 'dockerode';
import type { ActionOutcome, BulkActionInput, ContainerAction } from '../../../shared/containers';
import { isStatus, toBerthError } from '../engine/engine-errors';

/**
 * Most actions are engine work: a few at a time. Stop and restart mostly wait (up to the container's stop timeout,
 * 10 s by default, for a process that ignores SIGTERM): run them all at once, as `docker stop $(docker ps -q)` does,
 * or 202 such containers take 26 rounds of 10 s.
 */
const concurrency = (action: ContainerAction, count: number): number => Math.min(action === 'stop' || action === 'restart' ? 256 : 8, count);

function perform(container: Docker.Container, action: ContainerAction, signal?: string): Promise<unknown> {
  switch (action) {
    case 'start': return container.start();
    case 'stop': return container.stop();
    case 'restart': return container.restart();
    case 'kill': return container.kill(signal ? { signal } : {});
    case 'pause': return container.pause();
    case 'unpause': return container.unpause();
    // The confirmation names the anonymous volumes too: `docker rm -f -v`.
    case 'remove': return container.remove({ force: true, v: true });
  }
}

/** Runs one action on many containers, a few at a time; each gets its own outcome. */
export async function runBulkAction(docker: Docker, { action, ids, signal }: BulkActionInput): Promise<ActionOutcome[]> {
  const outcomes: ActionOutcome[] = new Array(ids.length);
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < ids.length) {
      const index = next++;
      const id = ids[index]!;
      try {
        await perform(docker.getContainer(id), action, signal);
        outcomes[index] = { id, ok: true };
      } catch (err) {
        // 304: already in the asked-for state, which is what the user wanted.
        outcomes[index] = isStatus(err, 304) ? { id, ok: true } : { id, ok: false, error: toBerthError(err).data };
      }
    }
  };
  await Promise.all(Array.from({ length: concurrency(action, ids.length) }, worker));
  return outcomes;
}
