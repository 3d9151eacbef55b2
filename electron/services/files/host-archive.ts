import { createReadStream } from 'node:fs';
import { lstat, readdir, readlink } from 'node:fs/promises';
import path from 'node:path';
import { Readable } from 'node:stream';
import { pack, type Header } from 'tar-stream';
import { invalid } from './file-job';

/** More entries than this in one upload is refused before anything is sent. */
const MAX_ENTRIES = 200_000;

interface HostEntry { header: Partial<Header> & { name: string }; hostPath: string }

/** One file or folder picked on the machine running Berth, walked: its tar entries, named from its own base name. */
export interface HostSource { name: string; bytes: number; entries: HostEntry[] }

async function walk(hostPath: string, name: string, into: HostEntry[]): Promise<number> {
  if (into.length >= MAX_ENTRIES) throw invalid('from', 'validation.files.tooMany', String(MAX_ENTRIES));
  const facts = await lstat(hostPath);
  const base = { name, mode: facts.mode & 0o7777, mtime: facts.mtime };
  if (facts.isDirectory()) {
    into.push({ hostPath, header: { ...base, type: 'directory' } });
    let bytes = 0;
    for (const child of (await readdir(hostPath)).sort()) bytes += await walk(path.join(hostPath, child), `${name}/${child}`, into);
    return bytes;
  }
  if (facts.isSymbolicLink()) {
    into.push({ hostPath, header: { ...base, type: 'symlink', linkname: await readlink(hostPath) } });
    return 0;
  }
  if (!facts.isFile()) return 0; // sockets, devices and pipes are not carried
  into.push({ hostPath, header: { ...base, type: 'file', size: facts.size } });
  return facts.size;
}

/** The same source under another name (its entries moved along with it), the bytes still read from where they are. */
export function renamedSource(source: HostSource, name: string): HostSource {
  const entries = source.entries.map((e) => ({ ...e, header: { ...e.header, name: name + e.header.name.slice(source.name.length) } }));
  return { ...source, name, entries };
}

/** Checks and walks the picked paths (absolute, existing, distinct names) before any byte is sent. */
export async function sourcesOf(from: string[]): Promise<HostSource[]> {
  const sources: HostSource[] = [];
  for (const raw of from) {
    const hostPath = raw.trim();
    if (!path.isAbsolute(hostPath)) throw invalid('from', 'validation.file.absolute', raw);
    if (!(await lstat(hostPath).catch(() => null))) throw invalid('from', 'validation.file.missing', hostPath);
    const name = path.basename(hostPath);
    if (sources.some((s) => s.name === name)) throw invalid('from', 'validation.files.sameName', name);
    const entries: HostEntry[] = [];
    sources.push({ name, bytes: await walk(hostPath, name, entries), entries });
  }
  return sources;
}

function drainedOrClosed(entry: NodeJS.WritableStream): Promise<void> {
  return new Promise((resume) => {
    const done = () => { entry.off('drain', done); entry.off('close', done); resume(); };
    entry.on('drain', done).on('close', done);
  });
}

/** A file's bytes into its tar entry, at the pace the reader takes them. */
async function feed(entry: NodeJS.WritableStream & { destroyed?: boolean }, hostPath: string): Promise<void> {
  for await (const chunk of createReadStream(hostPath)) {
    if (entry.destroyed) return;
    if (!entry.write(chunk)) await drainedOrClosed(entry);
  }
  entry.end();
}

/** The sources as one tar, produced as it is read (a file's bytes are read only when the engine takes them). */
export async function* packSources(sources: HostSource[]): AsyncGenerator<Buffer> {
  const tar = pack();
  const producing = (async () => {
    for (const { header, hostPath } of sources.flatMap((s) => s.entries)) {
      await new Promise<void>((resolve, reject) => {
        const entry = tar.entry(header, (err) => (err ? reject(err) : resolve()));
        if (header.type === 'file') feed(entry, hostPath).catch(reject);
      });
    }
    tar.finalize();
  })().catch((err: unknown) => { tar.destroy(err as Error); });
  try {
    for await (const chunk of tar as AsyncIterable<Buffer>) yield chunk;
  } finally {
    tar.destroy();
    await producing;
  }
}

/** A tar holding one empty folder: how a folder is made through the archive API. */
export function folderArchive(name: string): Readable {
  const tar = pack();
  tar.entry({ name, type: 'directory', mode: 0o755, mtime: new Date() });
  tar.finalize();
  return Readable.from(tar as AsyncIterable<Buffer>);
}
