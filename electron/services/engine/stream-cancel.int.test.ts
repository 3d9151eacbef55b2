// Against the sandbox engine: every kind of stream Berth reads from or writes to the engine is closed end to end when
// its job is cancelled, so the engine holds nothing open for it (a download's response left unread kept the engine's
// lock on the container: `docker inspect` of it hung until Berth exited).
import { execFileSync } from 'node:child_process';
import { mkdtemp, rm, truncate, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FileJobEvent } from '../../../shared/image-files';
import { docker, removeContainers } from '../../../e2e/support/engine';
import { startConnected } from '../../../e2e/support/connected-services';
import type { RunningServices } from '../create-services';

const NAME = 'berth-int-cancel';
let services: RunningServices;
let dir: string;

/** Runs a job until its first progress past `bytes`, then cancels it; resolves once the job has ended. */
async function cancelAfter(start: (signal: AbortSignal) => AsyncIterable<FileJobEvent>, bytes = 8 << 20): Promise<FileJobEvent[]> {
  const abort = new AbortController();
  const events: FileJobEvent[] = [];
  try {
    for await (const event of start(abort.signal)) {
      events.push(event);
      if (event.type === 'progress' && event.bytes > bytes) abort.abort();
    }
  } catch {
    // a cancelled job may end with its error
  }
  return events;
}

/** The engine answers for the container at once: inspect and exec, each within 5 s (the CLI's own call). */
function answers(): void {
  expect(execFileSync('docker', ['inspect', '-f', '{{.State.Running}}', NAME], { timeout: 5_000 }).toString().trim()).toBe('true');
  expect(execFileSync('docker', ['exec', NAME, 'true'], { timeout: 5_000 }).toString()).toBe('');
}

beforeAll(async () => {
  await removeContainers(NAME);
  services = await startConnected();
  dir = await mkdtemp(path.join(tmpdir(), 'berth-cancel-'));
  const c = await docker.createContainer({ name: NAME, Image: 'berth/busybox:latest', Cmd: ['sleep', '600'] });
  await c.start();
  execFileSync('docker', ['exec', NAME, 'sh', '-c', 'head -c 400000000 /dev/zero > /big']);
});
afterAll(async () => {
  services.stop();
  await removeContainers(NAME);
  await rm(dir, { recursive: true, force: true });
});

describe('a cancelled stream holds nothing in the engine', () => {
  it('download of a file (the archive through the single-file reader)', async () => {
    const events = await cancelAfter((s) => services.api.files.download({ target: { kind: 'container', id: NAME }, path: '/big', to: path.join(dir, 'big'), overwrite: false }, s));
    expect(events.some((e) => e.type === 'done')).toBe(false);
    answers();
  });

  it('download of a folder (the archive as it comes)', async () => {
    await cancelAfter((s) => services.api.files.download({ target: { kind: 'container', id: NAME }, path: '/', to: path.join(dir, 'root.tar'), overwrite: false }, s));
    answers();
  });

  it('container export', async () => {
    await cancelAfter((s) => services.api.images.exportContainer({ container: NAME, path: path.join(dir, 'fs.tar'), overwrite: false }, s));
    answers();
  });

  it('image save', async () => {
    const image = 'berth-int/cancel-save:1';
    execFileSync('docker', ['commit', NAME, image]); // the container's 400 MB file is in its top layer
    try {
      await cancelAfter((s) => services.api.images.save({ images: [image], path: path.join(dir, 'image.tar'), overwrite: false }, s));
      expect(execFileSync('docker', ['image', 'inspect', '-f', '{{.Id}}', image], { timeout: 5_000 }).toString()).toMatch(/^sha256:/);
      answers();
    } finally {
      execFileSync('docker', ['rmi', image], { timeout: 30_000 });
    }
  });

  it('upload', async () => {
    const big = path.join(dir, 'upload.bin');
    await writeFile(big, '');
    await truncate(big, 512 << 20);
    await cancelAfter((s) => services.api.files.upload({ target: { kind: 'container', id: NAME }, folder: '/tmp', from: [big], overwrite: false }, s), 64 << 20);
    answers();
  });

  it('a followed log of a flood ends when left, and the container goes at once', async () => {
    const flood = await docker.createContainer({ name: `${NAME}-flood`, Image: 'berth/busybox:latest', Cmd: ['yes', 'flood'] });
    await flood.start();
    const abort = new AbortController();
    let lines = 0;
    for await (const batch of services.api.logs.follow({ id: flood.id, tail: 10, follow: true }, abort.signal)) {
      if (batch.type === 'lines') lines += batch.stderr.length + batch.text.split('\n').length;
      if (lines > 100_000) abort.abort();
    }
    execFileSync('docker', ['rm', '-f', flood.id], { timeout: 5_000 });
  });
});
