import type { Readable } from 'node:stream';
import { extract, type Header } from 'tar-stream';
import type { FileEntry, FileKind } from '../../../shared/files';

/** Beyond this many entries beneath a folder the listing stops (folder sizes then are lower bounds). */
export const MAX_LISTED = 200_000;

const KINDS: Partial<Record<NonNullable<Header['type']>, FileKind>> = {
  file: 'file', 'contiguous-file': 'file', link: 'file', directory: 'folder', symlink: 'link',
};

export const entryOf = (name: string, header: Header): FileEntry => ({
  name,
  kind: KINDS[header.type ?? 'file'] ?? 'other',
  size: header.type === 'file' || header.type === 'contiguous-file' ? header.size ?? 0 : 0,
  mode: (header.mode ?? 0) & 0o7777,
  uid: header.uid ?? 0,
  gid: header.gid ?? 0,
  modified: header.mtime?.getTime() ?? 0,
  ...(header.type === 'symlink' && header.linkname ? { link: header.linkname } : {}),
});

/**
 * The children of the folder an engine's archive holds (`GET /containers/{id}/archive?path=/a/b` names every entry
 * under `b/`). The archive has no depth limit, so the whole subtree is read: bodies are skipped at socket speed, and each
 * child folder's size is the sum of everything beneath it. Children are sorted folders first, then by name.
 */
export async function listArchiveFolder(archive: Readable, max = MAX_LISTED): Promise<{ entries: FileEntry[]; truncated: boolean }> {
  const children = new Map<string, FileEntry>();
  const reader = extract();
  let seen = 0;
  let truncated = false;
  // Fed by hand rather than piped: a pipe into a parser we stop early reports the stop as an error.
  const feeding = (async () => {
    for await (const chunk of archive as AsyncIterable<Buffer>) {
      if (reader.destroyed) return;
      if (!reader.write(chunk)) await new Promise<void>((resume) => {
        const done = () => { reader.off('drain', done); reader.off('close', done); resume(); };
        reader.on('drain', done).on('close', done);
      });
    }
    reader.end(null);
  })().catch((err: unknown) => { reader.destroy(err as Error); });
  try {
    for await (const entry of reader) {
      const relative = entry.header.name.replace(/\/+$/, '').split('/').slice(1);
      const [child] = relative;
      if (child) {
        const known = children.get(child);
        const own = entryOf(child, entry.header);
        if (relative.length === 1) children.set(child, known ? { ...own, size: own.size + known.size } : own);
        else if (known) known.size += own.size;
        // A child folder whose own entry the archive left out (or has not given yet) is still listed.
        else children.set(child, { name: child, kind: 'folder', size: own.size, mode: 0o755, uid: 0, gid: 0, modified: 0 });
      }
      // Its error, if any, is the archive's, and ends the loop through the reader; an entry cut off by our stop is none.
      entry.on('error', () => {});
      entry.resume();
      if (++seen >= max) {
        truncated = true;
        break;
      }
    }
  } finally {
    // Stops the engine sending the rest (a truncated listing, or a parse that failed) and frees the parser.
    archive.destroy();
    reader.destroy();
    await feeding;
  }
  const entries = [...children.values()].sort((a, b) => Number(b.kind === 'folder') - Number(a.kind === 'folder') || a.name.localeCompare(b.name));
  return { entries, truncated };
}
