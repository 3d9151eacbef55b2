import { Readable } from 'node:stream';
import { pack, type Header } from 'tar-stream';
import { describe, expect, it } from 'vitest';
import { listArchiveFolder } from './tar-listing';

const mtime = new Date('2026-01-02T03:04:05Z');

/** An archive the way the engine sends a folder: every entry under the folder's own name. */
function archive(entries: (Partial<Header> & { name: string; body?: string })[]): Readable {
  const p = pack();
  for (const { body, ...header } of entries) p.entry({ mtime, mode: 0o644, ...header, ...(body !== undefined ? { size: Buffer.byteLength(body) } : {}) }, body ?? '');
  p.finalize();
  return p as unknown as Readable;
}

describe('listArchiveFolder', () => {
  it('lists only the children, folders first, each folder sized by everything beneath it', async () => {
    const listing = await listArchiveFolder(archive([
      { name: 'data', type: 'directory', mode: 0o755 },
      { name: 'data/b.txt', body: 'hello', uid: 1000, gid: 100 },
      { name: 'data/sub', type: 'directory', mode: 0o750 },
      { name: 'data/sub/deep', type: 'directory' },
      { name: 'data/sub/deep/x.bin', body: 'x'.repeat(3000) },
      { name: 'data/sub/y', body: 'yy' },
      { name: 'data/a-link', type: 'symlink', linkname: '/etc/passwd' },
    ]));
    expect(listing.truncated).toBe(false);
    expect(listing.entries.map((e) => [e.name, e.kind, e.size])).toEqual([
      ['sub', 'folder', 3002], ['a-link', 'link', 0], ['b.txt', 'file', 5],
    ]);
    const file = listing.entries.find((e) => e.name === 'b.txt');
    expect(file).toMatchObject({ mode: 0o644, uid: 1000, gid: 100, modified: mtime.getTime() });
    expect(listing.entries.find((e) => e.name === 'a-link')?.link).toBe('/etc/passwd');
    expect(listing.entries[0]?.mode).toBe(0o750);
  });

  it('lists a folder whose own entry the archive leaves out', async () => {
    const listing = await listArchiveFolder(archive([{ name: 'root/only/inner.txt', body: 'abc' }]));
    expect(listing.entries).toEqual([expect.objectContaining({ name: 'only', kind: 'folder', size: 3 })]);
  });

  it('stops at the limit, says so, and stops reading the archive', async () => {
    const many = Array.from({ length: 50 }, (_, i) => ({ name: `f/${i}.txt`, body: String(i) }));
    const source = archive([{ name: 'f', type: 'directory' }, ...many]);
    const listing = await listArchiveFolder(source, 10);
    expect(listing.truncated).toBe(true);
    expect(listing.entries).toHaveLength(9);
    expect(source.destroyed).toBe(true);
  });

  it('fails with the archive’s own error', async () => {
    const broken = new Readable({ read() { this.destroy(new Error('engine went away')); } });
    await expect(listArchiveFolder(broken)).rejects.toThrow('engine went away');
  });
});
