import { constants } from 'node:fs';
import { access, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { BerthError } from '../../../shared/errors';
import { readBoundedText } from '../fs/bounded-read';

/** Past this, daemon.json is not read at all (over DAEMON_TEXT_MAX characters it is shown read-only). */
const DAEMON_READ_MAX = 8 << 20;

export interface FileFacts {
  exists: boolean;
  /** User name (or uid) owning the file, or its folder when it does not exist yet. */
  owner: string;
  /** Octal permission bits, e.g. "644". */
  mode: string;
  writable: boolean;
  text: string;
  uid: number;
  gid: number;
}

const missing = (err: unknown): boolean => ['ENOENT', 'ENOTDIR'].includes((err as NodeJS.ErrnoException).code ?? '');

async function userName(uid: number): Promise<string> {
  try {
    const line = (await readFile('/etc/passwd', 'utf8')).split('\n').find((l) => l.split(':')[2] === String(uid));
    return line?.split(':')[0] ?? String(uid);
  } catch {
    return String(uid);
  }
}

/** The nearest existing folder: a new file's writability is its folder's. */
async function nearestExisting(dir: string): Promise<string> {
  for (let at = dir; ; at = path.dirname(at)) {
    try {
      await stat(at);
      return at;
    } catch (err) {
      if (!missing(err) || path.dirname(at) === at) return at;
    }
  }
}

const canWrite = (p: string): Promise<boolean> => access(p, constants.W_OK).then(() => true, () => false);

export async function readFileFacts(file: string): Promise<FileFacts> {
  try {
    const info = await stat(file);
    // Node's EISDIR carries no path and reads as an engine failure: say it is a folder, at this path.
    if (info.isDirectory()) throw new BerthError({ code: 'FILE_ERROR', message: { key: 'errors.file.EISDIR' }, detail: file });
    const text = await readBoundedText(file, { maxBytes: DAEMON_READ_MAX });
    return {
      exists: true, text, uid: info.uid, gid: info.gid, owner: await userName(info.uid),
      mode: (info.mode & 0o777).toString(8), writable: await canWrite(file),
    };
  } catch (err) {
    if (!missing(err)) throw err;
    const dir = await nearestExisting(path.dirname(file));
    const info = await stat(dir).catch(() => null);
    return {
      exists: false, text: '', uid: info?.uid ?? -1, gid: info?.gid ?? -1, owner: info ? await userName(info.uid) : '',
      mode: '', writable: await canWrite(dir),
    };
  }
}
