// Against the sandbox engine (classic builder), FROM the local berth/busybox only.
import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BuildEvent, BuildInput } from '../../../shared/build';
import { docker } from '../../../e2e/support/engine';
import { startConnected, untilConnected } from '../../../e2e/support/connected-services';
import type { RunningServices } from '../create-services';

let services: RunningServices;
const TAG = 'berth-int/built:1';

async function context(files: Record<string, string>): Promise<string> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'berth-build-'));
  for (const [name, text] of Object.entries(files)) {
    await mkdir(path.dirname(path.join(dir, name)), { recursive: true });
    await writeFile(path.join(dir, name), text);
  }
  return dir;
}
const form = (over: Partial<BuildInput>): BuildInput =>
  ({ context: '', dockerfile: 'Dockerfile', tags: '', buildArgs: '', target: '', noCache: false, pull: false, ...over });

async function build(input: BuildInput, signal = new AbortController().signal): Promise<BuildEvent[]> {
  const events: BuildEvent[] = [];
  for await (const e of services.api.images.build(input, signal)) events.push(e);
  return events;
}
const containerCount = async () => (await docker.listContainers({ all: true })).length;

async function runIn(image: string, script: string): Promise<string> {
  const c = await docker.createContainer({ Image: image, Cmd: ['sh', '-c', script], Tty: true });
  await c.start();
  await c.wait();
  const out = (await c.logs({ stdout: true })).toString();
  await c.remove();
  return out.replace(/\r/g, '');
}

beforeAll(async () => {
  services = await startConnected();
});
afterAll(async () => {
  await docker.getImage(TAG).remove({ force: true }).catch(() => undefined);
  services.stop();
});

describe('docker build on a real engine', () => {
  it('builds with a build arg and a target stage, honouring .dockerignore (with an exception), and the image runs', async () => {
    const dir = await context({
      'build/Dockerfile': 'FROM berth/busybox:latest AS base\nARG GREETING=none\nCOPY . /ctx/\nRUN echo "$GREETING" > /greeting\nFROM base AS final\nRUN echo final > /final\n',
      '.dockerignore': '# not sent\nsecret.txt\ndeps\n!deps/keep.txt\n',
      'app.txt': 'app', 'secret.txt': 'secret', 'deps/big.bin': 'x'.repeat(10_000), 'deps/keep.txt': 'keep',
    });
    const events = await build(form({ context: dir, dockerfile: 'build/Dockerfile', tags: TAG, buildArgs: 'GREETING=hello berth', target: 'base' }));
    const done = events.at(-1);
    expect(done).toMatchObject({ type: 'done', id: expect.stringMatching(/^sha256:/), tags: [TAG] });
    expect(events.filter((e) => e.type === 'step').map((e) => e.type === 'step' && e.step)).toEqual([1, 2, 3, 4]);
    expect(events.some((e) => e.type === 'log' && e.text.includes('Successfully tagged berth-int/built:1'))).toBe(true);
    const out = await runIn(TAG, 'cat /greeting; find /ctx -type f | sort; test -e /final && echo has-final');
    expect(out.trim().split('\n')).toEqual(['hello berth', '/ctx/.dockerignore', '/ctx/app.txt', '/ctx/build/Dockerfile', '/ctx/deps/keep.txt']);
  });

  it('checks the form and the files at their fields before anything is sent', async () => {
    const dir = await context({ 'Dockerfile': 'FROM berth/busybox:latest\n' });
    await expect(build(form({ context: dir, dockerfile: 'Nope.Dockerfile' }))).rejects.toMatchObject({ data: { fields: { dockerfile: { key: 'validation.build.dockerfileMissing' } } } });
    await expect(build(form({ context: path.join(dir, 'absent') }))).rejects.toMatchObject({ data: { fields: { context: { key: 'validation.build.contextMissing' } } } });
    await expect(build(form({ context: dir, dockerfile: '../x/Dockerfile' }))).rejects.toMatchObject({ data: { fields: { dockerfile: { key: 'validation.build.dockerfileOutside' } } } });
    await expect(build(form({ context: 'relative/dir' }))).rejects.toMatchObject({ data: { fields: { context: { key: 'validation.build.contextRelative' } } } });
    await expect(build(form({ context: path.join(dir, 'Dockerfile') }))).rejects.toMatchObject({ data: { fields: { context: { key: 'validation.build.contextNotFolder' } } } });
    // A name that starts with two dots is inside the context: only a ".." segment leaves it.
    await expect(build(form({ context: dir, dockerfile: '..Dockerfile' }))).rejects.toMatchObject({ data: { fields: { dockerfile: { key: 'validation.build.dockerfileMissing' } } } });
    await expect(build(form({ context: dir, tags: 'bad tag', buildArgs: 'no-equals', target: '-x' }))).rejects.toMatchObject({
      data: { fields: { tags: { key: 'validation.image.format' }, buildArgs: { key: 'validation.env.missingEquals' }, target: { key: 'validation.build.target' } } },
    });
  });

  it('a failing step reports the engine error, tags nothing and leaves no container behind', async () => {
    const dir = await context({ 'Dockerfile': 'FROM berth/busybox:latest\nRUN echo one > /one\nRUN echo broken; exit 3\n' });
    const before = await containerCount();
    const events = await build(form({ context: dir, tags: 'berth-int/broken:1' }));
    expect(events.at(-1)).toMatchObject({ type: 'error', error: { detail: expect.stringMatching(/returned a non-zero code: 3/) } });
    expect(events.some((e) => e.type === 'log' && e.text.includes('broken'))).toBe(true);
    await expect(docker.getImage('berth-int/broken:1').inspect()).rejects.toMatchObject({ statusCode: 404 });
    expect(await containerCount()).toBe(before);
  });

  it('cancel stops the build in the engine: no tag, and its container goes away', async () => {
    const dir = await context({ 'Dockerfile': 'FROM berth/busybox:latest\nRUN sleep 30\n' });
    const before = await containerCount();
    const abort = new AbortController();
    const events: BuildEvent[] = [];
    for await (const e of services.api.images.build(form({ context: dir, tags: 'berth-int/cancelled:1', noCache: true }), abort.signal)) {
      events.push(e);
      // Cancel once the RUN step's container exists in the engine.
      if (e.type === 'step' && e.step === 2) void expect.poll(containerCount).toBeGreaterThan(before).then(() => abort.abort());
    }
    expect(events.some((e) => e.type === 'done')).toBe(false);
    await expect.poll(containerCount, { timeout: 20_000, message: 'the build container was left behind' }).toBe(before);
    await expect(docker.getImage('berth-int/cancelled:1').inspect()).rejects.toMatchObject({ statusCode: 404 });
  });

  it('an engine crash mid-step leaves that step’s container: named as a leftover once the engine is back, and removable', async () => {
    const dir = await context({ 'Dockerfile': 'FROM berth/busybox:latest\nRUN sleep 60\n' });
    const events: BuildEvent[] = [];
    let crashed = false;
    for await (const e of services.api.images.build(form({ context: dir, tags: 'berth-int/crashed:1', noCache: true }), new AbortController().signal)) {
      events.push(e);
      if (!crashed && e.type === 'log' && / ---> Running in /.test(e.text)) {
        crashed = true;
        execFile('bash', [path.resolve('scripts/sandbox.sh'), 'crash'], () => undefined);
      }
    }
    const leftover = events.find((e) => e.type === 'leftover');
    expect(leftover).toMatchObject({ type: 'leftover', name: expect.stringMatching(/^berth-build-leftover-[0-9a-f]{12}$/) });
    expect(events.at(-1)).toMatchObject({ type: 'error' });
    if (leftover?.type !== 'leftover') return;
    await untilConnected(services);
    await expect.poll(async () => (await docker.getContainer(leftover.container).inspect()).Name, { timeout: 20_000 }).toBe(`/${leftover.name}`);
    const [removed] = await services.api.containers.act({ action: 'remove', ids: [leftover.container] });
    expect(removed).toEqual({ id: leftover.container, ok: true });
    await expect(docker.getImage('berth-int/crashed:1').inspect()).rejects.toMatchObject({ statusCode: 404 });
  }, 90_000);
});
