// Against the sandbox engine and its docker CLI.
import { execFileSync } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { EventRecord } from '../../../shared/system';
import { docker, removeContainers } from '../../../e2e/support/engine';
import { startConnected } from '../../../e2e/support/connected-services';
import type { RunningServices } from '../create-services';

let services: RunningServices;
beforeAll(async () => {
  services = await startConnected();
});
afterAll(async () => {
  await removeContainers('berth-int-sys');
  services.stop();
});

/** The CLI's sizes (go-units HumanSize: four significant digits, powers of 1000). */
function humanSize(bytes: number): string {
  const units = ['B', 'kB', 'MB', 'GB', 'TB'];
  let value = bytes;
  let unit = 0;
  while (value >= 1000 && unit < units.length - 1) {
    value /= 1000;
    unit++;
  }
  return `${Number(value.toPrecision(4))}${units[unit]}`;
}

describe('the system on a real engine', () => {
  it('sums disk usage as `docker system df` does', async () => {
    await docker.createContainer({ name: 'berth-int-sys-df', Image: 'berth/busybox:latest', Cmd: ['true'] });
    const [usage, cli] = await Promise.all([
      services.api.system.diskUsage(),
      Promise.resolve(execFileSync('docker', ['system', 'df', '--format', '{{json .}}'], { encoding: 'utf8' })),
    ]);
    const rows = cli.trim().split('\n').map((line) => JSON.parse(line) as { Type: string; TotalCount: string; Active: string; Size: string; Reclaimable: string });
    const kinds = { Images: usage.images, Containers: usage.containers, 'Local Volumes': usage.volumes, 'Build Cache': usage.buildCache };
    for (const row of rows) {
      const kind = kinds[row.Type as keyof typeof kinds];
      expect({ type: row.Type, count: String(kind.count), active: String(kind.active), size: humanSize(kind.size), reclaimable: humanSize(kind.reclaimable) })
        .toEqual({ type: row.Type, count: row.TotalCount, active: row.Active, size: row.Size, reclaimable: row.Reclaimable.split(' ')[0] });
    }
    expect(usage.containers.items.some((c) => c.name === 'berth-int-sys-df')).toBe(true);
  });

  it('streams every engine event, with its attributes, within a second', async () => {
    const abort = new AbortController();
    const seen: EventRecord[] = [];
    const reading = (async () => {
      for await (const batch of services.api.system.events(abort.signal)) seen.push(...batch);
    })();
    await new Promise((r) => setImmediate(r));
    const started = Date.now();
    await docker.createContainer({ name: 'berth-int-sys-ev', Image: 'berth/busybox:latest', Cmd: ['true'], Labels: { team: 'blue' } });
    await expect.poll(() => seen.find((e) => e.type === 'container' && e.action === 'create' && e.attributes.name === 'berth-int-sys-ev'), { timeout: 1000 })
      .toMatchObject({ attributes: { team: 'blue', image: 'berth/busybox:latest' } });
    expect(Date.now() - started).toBeLessThan(1000);
    abort.abort();
    await reading;
  });
});
