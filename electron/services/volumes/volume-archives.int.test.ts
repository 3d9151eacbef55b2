// Against the sandbox engine.
import { execFileSync } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { docker, removeBrowsedVolume, removeContainers } from '../../../e2e/support/engine';
import { startConnected } from '../../../e2e/support/connected-services';
import { lastOf } from '../../../e2e/support/streams';
import type { RunningServices } from '../create-services';

let services: RunningServices;
let host: string;
const SOURCE = 'berth-int-arch-src';
const BACK = 'berth-int-arch-back';
const CLONE = 'berth-int-arch-clone';
const BROKEN = 'berth-int-arch-broken';
const never = new AbortController().signal;


/** Every file's checksum in a volume, as a container that mounts it computes them. */
function checksums(volume: string): string {
  return execFileSync('docker', ['run', '--rm', '--network', 'none', '-v', `${volume}:/v`, 'berth/busybox', 'sh', '-c', 'cd /v && find . -type f | sort | xargs md5sum'], { encoding: 'utf8' });
}

async function clean(): Promise<void> {
  await removeContainers('berth-int-arch');
  for (const name of [SOURCE, BACK, CLONE, BROKEN]) await removeBrowsedVolume(name);
}
beforeAll(async () => {
  await clean();
  services = await startConnected();
  host = await mkdtemp(path.join(tmpdir(), 'berth-arch-'));
  execFileSync('docker', ['run', '--rm', '--network', 'none', '-v', `${SOURCE}:/v`, 'berth/busybox', 'sh', '-c',
    'mkdir -p /v/a/b && echo one > /v/a/one.txt && head -c 200000 /dev/urandom > /v/a/b/blob && echo 数据 > /v/top.txt']);
});
afterAll(async () => {
  await clean();
  await rm(host, { recursive: true, force: true });
  services.stop();
});

describe('volume export, import and clone', () => {
  it('exports as the CLI’s tar would, imports into a new volume with the same files, gzip too', async () => {
    const tar = path.join(host, 'src.tar');
    const gz = path.join(host, 'src.tar.gz');
    expect(await lastOf(services.api.volumes.export({ name: SOURCE, path: tar, overwrite: false }, never))).toMatchObject({ type: 'done' });
    expect(await lastOf(services.api.volumes.export({ name: SOURCE, path: gz, overwrite: false }, never))).toMatchObject({ type: 'done' });
    const cli = execFileSync('sh', ['-c', `docker run --rm --network none -v ${SOURCE}:/v berth/busybox tar -C /v -c . | tar -t | sort`], { encoding: 'utf8' });
    expect(execFileSync('sh', ['-c', `tar -tf ${tar} | sort`], { encoding: 'utf8' })).toBe(cli);
    expect(execFileSync('sh', ['-c', `tar -tzf ${gz} | sort`], { encoding: 'utf8' })).toBe(cli);

    expect(await lastOf(services.api.volumes.import({ name: BACK, path: gz }, never))).toEqual({ type: 'done', results: [BACK] });
    expect(checksums(BACK)).toBe(checksums(SOURCE));
  });

  it('refuses a non-empty volume and a taken name at their fields', async () => {
    await expect(lastOf(services.api.volumes.import({ name: SOURCE, path: path.join(host, 'src.tar') }, never)))
      .rejects.toMatchObject({ data: { fields: { name: { key: 'validation.volumeImport.notEmpty' } } } });
    await expect(lastOf(services.api.volumes.clone({ name: SOURCE, to: BACK }, never)))
      .rejects.toMatchObject({ data: { fields: { to: { key: 'validation.volumeImport.taken' } } } });
  });

  it('clones into a new volume with the same files', async () => {
    expect(await lastOf(services.api.volumes.clone({ name: SOURCE, to: CLONE }, never))).toEqual({ type: 'done', results: [CLONE] });
    expect(checksums(CLONE)).toBe(checksums(SOURCE));
  });

  it('a file that is not a tar fails the import and leaves no volume behind', async () => {
    const junk = path.join(host, 'junk.tar');
    await writeFile(junk, 'this is not a tar archive at all'.repeat(100));
    expect(await lastOf(services.api.volumes.import({ name: BROKEN, path: junk }, never))).toMatchObject({ type: 'error' });
    await expect(docker.getVolume(BROKEN).inspect()).rejects.toThrow(/no such volume/);
  });
});
