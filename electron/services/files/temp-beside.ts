import { randomBytes } from 'node:crypto';
import path from 'node:path';

/**
 * A temp name in the target's folder (so the final rename is atomic), unpredictable, to be opened with 'wx' (exclusive:
 * fails on anything already there, a planted link included) — never a fixed `target.partial` that a link could
 * redirect to another file.
 */
export const tempBeside = (target: string): string =>
  path.join(path.dirname(target), `.${path.basename(target)}.berth-${randomBytes(6).toString('hex')}.tmp`);
