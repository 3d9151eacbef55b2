import { randomBytes } from 'node:crypto';
import path from 'node:path';

/**
 * A temp name in the target's folder (so the final rename is atomic), unpredictable, to be opened with 'wx' (exclusive:
 * fails on anything already there, a planted link included) — never a fixed `target.partial` that a link could
 * redirect to another file. It does not repeat the target's name: a 250-byte name plus a suffix is over the OS's limit.
 */
export const tempBeside = (target: string): string =>
  path.join(path.dirname(target), `.berth-${randomBytes(8).toString('hex')}.tmp`);
