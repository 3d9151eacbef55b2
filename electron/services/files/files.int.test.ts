// Against the sandbox engine.
import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtemp, mkdir, readFile, rm, truncate, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FileTarget } from '../../../shared/files';
import type { FileJobEvent } from '../../../shared/image-files';
import { docker, removeBrowsedVolume, removeContainers } from '../../../e2e/support/engine';
import { startConnected, untilConnected } from '../../../e2e/support/connected-services';
import { lastOf } from '../../../e2e/support/streams';
import type { RunningServices } from '../create-services';
import { hostname } from 'node:os';
import { HELPER_LABEL, HELPER_OWNER } from './volume-helpers';

let services: RunningServices;
let host: string;
const VOLUME = 'berth-int-files';
const volume: FileTarget = { kind: 'volume', name: VOLUME };

async function clean(): Promise<void> {
  await removeContainers('berth-int-files');
  await removeBrowsedVolume(VOLUME);
}
const helpers = () => docker.listContainers({ all: true, filters: { label: [HELPER_LABEL] } });
const sha = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');

async function exec(container: string, cmd: string[]): Promise<string> {
  const run = await docker.getContainer(container).exec({ Cmd: cmd, AttachStdout: true, AttachStderr: true });
  const stream = await run.start({ hijack: true, stdin: false });
  const chunks: Buffer[] = [];
  for await (const chunk of stream as AsyncIterable<Buffer>) chunks.push(chunk);
  return Buffer.concat(chunks).subarray(8).toString('utf8'); // one frame: its 8-byte header, then the words
}


beforeAll(async () => {
  await clean();
  services = await startConnected();
  host = await mkdtemp(path.join(tmpdir(), 'berth-files-'));
  await mkdir(path.join(host, 'site/css'), { recursive: true });
  await writeFile(path.join(host, 'site/index.html'), '<h1>你好</h1>\n');
  await writeFile(path.join(host, 'site/css/a.css'), 'body{}');
  await writeFile(path.join(host, 'notes.txt'), 'hello from the host\n');
  await docker.createContainer({ name: 'berth-int-files-user', Image: 'berth/busybox:latest', Cmd: ['sleep', '300'], HostConfig: { Binds: [`${VOLUME}:/data`] } })
    .then((c) => c.start());
});
afterAll(async () => {
  await clean();
  await rm(host, { recursive: true, force: true });
  services.stop();
});

describe('files in a volume, through a stopped helper', () => {
  it('uploads files and folders, seen from the container that uses the volume; lists them; downloads them back byte for byte', async () => {
    const done = await lastOf(services.api.files.upload({ target: volume, folder: '/', from: [path.join(host, 'site'), path.join(host, 'notes.txt')], overwrite: false }, new AbortController().signal));
    expect(done).toEqual({ type: 'done', results: ['/site', '/notes.txt'] });
    expect(await exec('berth-int-files-user', ['cat', '/data/site/index.html'])).toBe('<h1>你好</h1>\n');

    const root = await services.api.files.list({ target: volume, path: '/' });
    expect(root.entries.map((e) => [e.name, e.kind, e.size])).toEqual([['site', 'folder', 22], ['notes.txt', 'file', 20]]);
    const site = await services.api.files.list({ target: volume, path: '/site' });
    expect(site.entries.map((e) => e.name)).toEqual(['css', 'index.html']);

    const back = path.join(host, 'notes-back.txt');
    expect(await lastOf(services.api.files.download({ target: volume, path: '/notes.txt', to: back, overwrite: false }, new AbortController().signal))).toEqual({ type: 'done', results: [back] });
    expect(sha(await readFile(back))).toBe(sha(await readFile(path.join(host, 'notes.txt'))));
    // The helper goes soon after its last use; nothing of it stays.
    await expect.poll(async () => (await helpers()).length, { timeout: 10_000 }).toBe(0);
  });

  it('refuses a name already there, makes a folder, renames and deletes', async () => {
    await expect(lastOf(services.api.files.upload({ target: volume, folder: '/', from: [path.join(host, 'notes.txt')], overwrite: false }, new AbortController().signal)))
      .rejects.toMatchObject({ data: { code: 'INVALID_INPUT', fields: { from: { key: 'validation.files.exists' } } } });
    await services.api.files.makeFolder({ target: volume, folder: '/', name: 'made' });
    await expect(services.api.files.makeFolder({ target: volume, folder: '/', name: 'made' }))
      .rejects.toMatchObject({ data: { fields: { name: { key: 'validation.files.taken' } } } });
    await services.api.files.rename({ target: volume, path: '/notes.txt', name: 'renamed.txt' });
    await services.api.files.delete({ target: volume, paths: ['/site'] });
    const names = (await services.api.files.list({ target: volume, path: '/' })).entries.map((e) => e.name);
    expect(names).toEqual(['made', 'renamed.txt']);
    expect(await exec('berth-int-files-user', ['ls', '/data'])).toBe('made\nrenamed.txt\n');
  });

  it('an upload cancelled half way leaves nothing in the volume and no helper', async () => {
    const big = path.join(host, 'big.bin');
    await writeFile(big, '');
    await truncate(big, 512 * 1024 * 1024);
    const abort = new AbortController();
    const events: FileJobEvent[] = [];
    const job = (async () => {
      for await (const event of services.api.files.upload({ target: volume, folder: '/made', from: [big], overwrite: false }, abort.signal)) {
        events.push(event);
        if (event.type === 'progress' && event.bytes > 64 * 1024 * 1024) abort.abort();
      }
    })();
    await job.catch(() => undefined);
    expect(events.some((e) => e.type === 'done')).toBe(false);
    await expect.poll(async () => (await services.api.files.list({ target: volume, path: '/made' })).entries).toEqual([]);
    await expect.poll(async () => (await helpers()).length, { timeout: 10_000 }).toBe(0);
  });
});

describe('helpers left behind', () => {
  it('an engine killed mid-upload into a volume: no part under the real name, every helper gone once it is back, and a retry works', async () => {
    const big = path.join(host, 'killed.bin');
    await writeFile(big, '');
    await truncate(big, 512 * 1024 * 1024);
    let killed = false;
    const upload = (signal: AbortSignal) => services.api.files.upload({ target: volume, folder: '/', from: [big], overwrite: false }, signal);
    for await (const event of upload(new AbortController().signal)) {
      if (!killed && event.type === 'progress' && event.bytes > 32 * 1024 * 1024) {
        killed = true;
        execFile('bash', [path.resolve('scripts/sandbox.sh'), 'crash'], () => undefined);
      }
    }
    expect(killed).toBe(true);
    await untilConnected(services);
    await expect.poll(async () => (await helpers()).length, { timeout: 20_000, message: 'helpers were left holding the volume' }).toBe(0);
    expect((await services.api.files.list({ target: volume, path: '/' })).entries.map((e) => e.name)).not.toContain('killed.bin');
    await truncate(big, 1024 * 1024);
    expect(await lastOf(upload(new AbortController().signal))).toEqual({ type: 'done', results: ['/killed.bin'] });
  }, 90_000);

  it('a helper whose Berth process is gone (killed, crashed) is removed the next time a helper is made', async () => {
    await services.api.files.list({ target: volume, path: '/' }); // this process's own sweep has run
    await expect.poll(async () => (await helpers()).length, { timeout: 10_000 }).toBe(0);
    const orphan = await docker.createContainer({ Image: 'berth/busybox:latest', Cmd: ['true'], Labels: { [HELPER_LABEL]: 'files', [HELPER_OWNER]: `${hostname()}:999999` } });
    const elsewhere = await docker.createContainer({ Image: 'berth/busybox:latest', Cmd: ['true'], Labels: { [HELPER_LABEL]: 'files', [HELPER_OWNER]: 'another-host:1' } });
    const fresh = await startConnected(); // a new Berth: its first helper sweeps
    try {
      await fresh.api.files.list({ target: volume, path: '/' });
      await expect(orphan.inspect()).rejects.toMatchObject({ statusCode: 404 });
      expect((await elsewhere.inspect()).Id).toBe(elsewhere.id);
    } finally {
      fresh.stop();
      await elsewhere.remove({ force: true });
    }
  });
});

describe('files in a container', () => {
  it('browses a stopped container’s own files, one it wrote among them; changes need it running', async () => {
    const c = await docker.createContainer({ name: 'berth-int-files-stopped', Image: 'berth/busybox:latest', Cmd: ['sh', '-c', 'mkdir -p /out && echo written > /out/result.txt && ln -s result.txt /out/link'] });
    await c.start();
    await c.wait();
    const target: FileTarget = { kind: 'container', id: 'berth-int-files-stopped' };
    const out = await services.api.files.list({ target, path: '/out' });
    expect(out.entries).toEqual([expect.objectContaining({ name: 'link', kind: 'link' }), expect.objectContaining({ name: 'result.txt', kind: 'file', size: 8 })]);
    // A link's archive holds the link: it is said, not saved as an empty file.
    await expect(lastOf(services.api.files.download({ target, path: '/out/link', to: path.join(host, 'link-back'), overwrite: false }, new AbortController().signal)))
      .rejects.toMatchObject({ data: { fields: { path: { key: 'validation.files.isLink', params: { target: '/out/result.txt' } } } } });
    expect(await services.api.files.abilities({ target })).toEqual({ change: 'errors.files.needsRunning' });
    await expect(services.api.files.delete({ target, paths: ['/out/result.txt'] })).rejects.toMatchObject({ data: { message: { key: 'errors.files.needsRunning' } } });
    await expect(services.api.files.list({ target, path: '/out/result.txt' })).rejects.toMatchObject({ data: { fields: { path: { key: 'validation.files.notFolder' } } } });
    await expect(services.api.files.list({ target, path: '/nowhere' })).rejects.toMatchObject({ data: { fields: { path: { key: 'validation.files.missing' } } } });
  });
});
