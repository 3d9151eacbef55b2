// Against the sandbox engine: files are written to and read from a temp folder.
import { existsSync } from 'node:fs';
import { mkdtemp, readdir, readFile, stat, symlink, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FileJobEvent } from '../../../shared/image-files';
import { docker } from '../../../e2e/support/engine';
import { startConnected } from '../../../e2e/support/connected-services';
import type { RunningServices } from '../create-services';

let services: RunningServices;
let dir: string;
const SOURCE = 'berth-int/files-source:1';
const never = () => new AbortController().signal;

async function job(events: AsyncIterable<FileJobEvent>): Promise<FileJobEvent[]> {
  const all: FileJobEvent[] = [];
  for await (const e of events) all.push(e);
  return all;
}

async function output(image: string, script: string): Promise<string> {
  const c = await docker.createContainer({ Image: image, Cmd: ['sh', '-c', script], Tty: true });
  await c.start();
  await c.wait();
  const out = (await c.logs({ stdout: true })).toString().replace(/\r/g, '').trim();
  await c.remove();
  return out;
}

beforeAll(async () => {
  services = await startConnected();
  dir = await mkdtemp(path.join(os.tmpdir(), 'berth-files-'));
  const maker = await docker.createContainer({ name: 'berth-int-files-maker', Image: 'berth/busybox:latest', Cmd: ['sh', '-c', 'head -c 2000000 /dev/urandom > /blob; echo marked > /marker'] });
  await maker.start();
  await maker.wait();
  await maker.commit({ repo: 'berth-int/files-source', tag: '1' });
});
afterAll(async () => {
  await docker.getContainer('berth-int-files-maker').remove({ force: true }).catch(() => undefined);
  for (const ref of [SOURCE, 'berth-int/imported:1', 'berth-int/committed:1']) await docker.getImage(ref).remove({ force: true }).catch(() => undefined);
  services.stop();
});

describe('image files on a real engine', () => {
  it('save → remove → load gives back the same image id, with progress both ways', async () => {
    const id = (await docker.getImage(SOURCE).inspect()).Id;
    const file = path.join(dir, 'saved.tar');
    const saved = await job(services.api.images.save({ images: [SOURCE], path: file, overwrite: false }, never()));
    expect(saved.at(-1)).toEqual({ type: 'done', results: [file] });
    const last = saved.filter((e) => e.type === 'progress').at(-1);
    expect(last).toMatchObject({ bytes: (await stat(file)).size });
    expect((await stat(file)).size).toBeGreaterThan(2_000_000);
    expect(await readdir(dir)).toEqual(['saved.tar']); // no partial file left

    await docker.getImage(SOURCE).remove();
    const loaded = await job(services.api.images.load({ path: file }, never()));
    expect(loaded.at(-1)).toEqual({ type: 'done', results: [`Loaded image: ${SOURCE}`] });
    expect(loaded.filter((e) => e.type === 'progress').at(-1)).toEqual({ type: 'progress', bytes: (await stat(file)).size, total: (await stat(file)).size });
    expect((await docker.getImage(SOURCE).inspect()).Id).toBe(id);
  });

  it('saves to a name as long as the OS allows (the temp file beside it once was longer, ENAMETOOLONG)', async () => {
    const file = path.join(dir, `${'n'.repeat(251)}.tar`);
    const saved = await job(services.api.images.save({ images: [SOURCE], path: file, overwrite: false }, never()));
    expect(saved.at(-1)).toEqual({ type: 'done', results: [file] });
  });

  it('refuses a bad target at the field and never replaces a file unless asked', async () => {
    const file = path.join(dir, 'saved.tar');
    const refused = (p: string, overwrite = false) => job(services.api.images.save({ images: [SOURCE], path: p, overwrite }, never()));
    await expect(refused(file)).rejects.toMatchObject({ data: { fields: { path: { key: 'validation.file.exists' } } } });
    await expect(refused('relative.tar')).rejects.toMatchObject({ data: { fields: { path: { key: 'validation.file.absolute' } } } });
    await expect(refused(path.join(dir, 'no-such-folder', 'x.tar'))).rejects.toMatchObject({ data: { fields: { path: { key: 'validation.file.noFolder' } } } });
    expect((await refused(file, true)).at(-1)).toMatchObject({ type: 'done' });
  });

  it('a file that is not an image archive: the engine’s reason, and nothing loaded', async () => {
    const junk = path.join(dir, 'junk.tar');
    await writeFile(junk, 'not a tar');
    const events = await job(services.api.images.load({ path: junk }, never()));
    expect(events.at(-1)).toMatchObject({ type: 'error' });
    await expect(job(services.api.images.load({ path: path.join(dir, 'absent.tar') }, never()))).rejects.toMatchObject({ data: { fields: { path: { key: 'validation.file.missing' } } } });
  });

  it('export a container, import it with a name and changes: the imported image runs', async () => {
    const file = path.join(dir, 'exported.tar');
    const exported = await job(services.api.images.exportContainer({ container: 'berth-int-files-maker', path: file, overwrite: false }, never()));
    expect(exported.at(-1)).toEqual({ type: 'done', results: [file] });
    await expect(job(services.api.images.import({ path: file, reference: 'Bad Ref', changes: 'RUN rm -rf /' }, never())))
      .rejects.toMatchObject({ data: { fields: { reference: expect.anything(), changes: { key: 'validation.changes.instruction' } } } });
    const imported = await job(services.api.images.import({ path: file, reference: 'berth-int/imported:1', changes: 'ENV PATH=/bin\nCMD ["sh"]' }, never()));
    const done = imported.at(-1);
    expect(done).toMatchObject({ type: 'done', results: [expect.stringMatching(/^sha256:/)] });
    expect((await docker.getImage('berth-int/imported:1').inspect()).Config.Env).toEqual(['PATH=/bin']);
    expect(await output('berth-int/imported:1', 'cat /marker')).toBe('marked');
  });

  it('commit with author, message and changes: the image runs and carries them', async () => {
    const { id } = await services.api.images.commit({
      container: 'berth-int-files-maker', reference: 'berth-int/committed:1', author: 'Berth Tester <t@example.com>', message: 'made by a test',
      changes: 'ENV STAGE=committed\nLABEL berth.test=yes', pause: true,
    });
    const image = await docker.getImage('berth-int/committed:1').inspect();
    expect(image.Id).toBe(id);
    expect(image).toMatchObject({ Author: 'Berth Tester <t@example.com>', Comment: 'made by a test', Config: { Labels: { 'berth.test': 'yes' } } });
    expect(await output('berth-int/committed:1', 'cat /marker; echo $STAGE')).toBe('marked\ncommitted');
    expect(existsSync(path.join(dir, 'exported.tar.berth-partial'))).toBe(false);
  });
});

describe('temp files of file jobs', () => {
  it('never write through a link planted where a temp file could be, and leave no temp behind', async () => {
    const victim = path.join(dir, 'victim.txt');
    await writeFile(victim, 'keep me');
    const target = path.join(dir, 'planted.tar');
    // Where the old fixed temp name was, and a guess at the new pattern: both links to the victim.
    await symlink(victim, `${target}.berth-partial`);
    const guess = `.berth-${'0'.repeat(16)}.tmp`;
    await symlink(victim, path.join(dir, guess));
    const events = await job(services.api.images.save({ images: [SOURCE], path: target, overwrite: false }, never()));
    expect(events.at(-1)).toMatchObject({ type: 'done' });
    expect(await readFile(victim, 'utf8')).toBe('keep me');
    expect((await stat(target)).size).toBeGreaterThan(2_000_000);
    expect((await readdir(dir)).filter((f) => (f.includes('planted') || f.startsWith('.berth-')) && f !== 'planted.tar').sort())
      .toEqual([guess, 'planted.tar.berth-partial']);
  });
});

