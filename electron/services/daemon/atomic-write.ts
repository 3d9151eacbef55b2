import { chown, mkdir, open, realpath, rename, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import { tempBeside } from '../files/temp-beside';

/**
 * Replaces a file so that a reader (or a crash) sees the old or the new content, never half of it: a temp file in
 * the same folder, fsync, rename, then fsync of the folder. Mode and owner of the old file are kept; a new file gets
 * `newMode` (0600 for files holding credentials).
 */
/**
 * The file a path names, through links (a daemon.json or config.json kept in a dotfiles folder, say): writing goes
 * there, since renaming over the link would replace it with a regular file and leave the real one as it was.
 */
export const throughLinks = (file: string): Promise<string> => realpath(file).catch(() => file);

export async function writeFileAtomic(target: string, text: string | Buffer, newMode = 0o644): Promise<void> {
  const file = await throughLinks(target);
  const dir = path.dirname(file);
  const old = await stat(file).catch(() => null);
  await mkdir(dir, { recursive: true });
  const temp = tempBeside(file);
  const handle = await open(temp, 'wx', old ? old.mode & 0o777 : newMode);
  try {
    await handle.writeFile(text);
    await handle.sync();
  } finally {
    await handle.close();
  }
  try {
    if (old && process.getuid?.() === 0) await chown(temp, old.uid, old.gid);
    await rename(temp, file);
  } catch (err) {
    await rm(temp, { force: true });
    throw err;
  }
  await syncDir(dir);
}

async function syncDir(dir: string): Promise<void> {
  const handle = await open(dir, 'r').catch(() => null); // Windows cannot open a folder; rename is durable there
  if (!handle) return;
  try {
    await handle.sync();
  } catch {
    // some filesystems refuse fsync on a directory
  } finally {
    await handle.close();
  }
}

/** Removes the file (restoring "there was no daemon.json"). */
export const removeFile = (file: string): Promise<void> => rm(file, { force: true });
