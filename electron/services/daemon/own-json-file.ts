import { readFileSync } from 'node:fs';
import type { z } from 'zod';
import { BerthError } from '../../../shared/errors';
import { writeFileAtomic } from './atomic-write';

/**
 * A JSON file of Berth's own beside its settings (the engines the user added, the compose projects opened): read once
 * at start-up (a missing file is `empty`), every change written whole and atomically, so a crash leaves the old
 * content or the new. A file it cannot read is left as it is: Berth starts without it and refuses to write over it,
 * saying so in the user's language (`unreadableKey`).
 */
export class OwnJsonFile<T> {
  private current: T;
  /** Why the file could not be read. */
  readonly problem: string | null = null;

  constructor(private readonly file: string, schema: z.ZodType<T>, empty: T, private readonly unreadableKey: string) {
    this.current = empty;
    let text: string | null = null;
    try {
      text = readFileSync(file, 'utf8');
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'ENOENT') this.problem = `${file}: ${(err as Error).message}`;
    }
    try {
      if (text !== null) this.current = schema.parse(JSON.parse(text));
    } catch (err) {
      this.problem = `${file}: ${(err as Error).message}`;
    }
  }

  get value(): T {
    return this.current;
  }

  async write(value: T): Promise<void> {
    if (this.problem) throw new BerthError({ code: 'FILE_ERROR', message: { key: this.unreadableKey }, detail: this.problem });
    await writeFileAtomic(this.file, `${JSON.stringify(value, null, 2)}\n`, 0o600);
    this.current = value;
  }
}
