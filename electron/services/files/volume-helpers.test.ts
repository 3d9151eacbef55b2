import { EventEmitter } from 'node:events';
import { hostname } from 'node:os';
import { describe, expect, it } from 'vitest';
import { BerthError } from '../../../shared/errors';
import type { EngineMonitor } from '../engine/engine-monitor';
import { HELPER_OWNER, VolumeHelpers } from './volume-helpers';

/** An engine that answers until `down()`; then every call finds it unavailable, as requireClient says. */
function engine() {
  const removed: string[] = [];
  const made: string[] = [];
  let up = true;
  /** Calls that found the engine down. */
  let refused = 0;
  const docker = {
    listContainers: async () => made.filter((id) => !removed.includes(id)).map((Id) => ({ Id, Labels: { [HELPER_OWNER]: `${hostname()}:${process.pid}` } })),
    listImages: async () => [{ Id: 'sha256:img', Size: 1 }],
    getVolume: () => ({ inspect: async () => ({}) }),
    createContainer: async () => {
      made.push(`helper-${made.length + 1}`);
      return { id: made.at(-1) };
    },
    getContainer: (id: string) => ({ remove: async () => void removed.push(id) }),
  };
  const monitor = Object.assign(new EventEmitter(), {
    requireClient: () => {
      if (!up) {
        refused++;
        throw new BerthError({ code: 'ENGINE_UNAVAILABLE' });
      }
      return docker;
    },
  });
  return { monitor: monitor as unknown as EngineMonitor, removed, refused: () => refused, down: () => { up = false; }, back: () => { up = true; monitor.emit('connected'); } };
}

describe('volume helpers when the engine goes away', () => {
  it('a helper let go while the engine is down is removed once it is back, and nothing rejects unheard', async () => {
    const unheard: unknown[] = [];
    const hear = (err: unknown) => unheard.push(err);
    process.on('unhandledRejection', hear);
    try {
      const e = engine();
      const helpers = new VolumeHelpers(e.monitor, 10);
      const { release } = await helpers.hold('data');
      e.down();
      release(); // its idle removal runs while the engine is down
      await expect.poll(() => e.refused()).toBe(1);
      expect(e.removed).toEqual([]);
      e.back();
      // The sweep on its return lists this Berth's helpers: helper-1 is there, held by no job.
      await expect.poll(() => e.removed).toEqual(['helper-1']);
      expect(unheard).toEqual([]);
    } finally {
      process.off('unhandledRejection', hear);
    }
  });
});
