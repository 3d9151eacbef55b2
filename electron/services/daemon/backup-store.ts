import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';

export interface StoredBackup { id: string; createdAt: number; existed: boolean; text: string }

const ID = /^(\d{13})-(\d{3})\.(json|absent)$/;

/**
 * Timestamped copies of daemon.json taken before every write, newest first, the last `keep` kept. A file that did
 * not exist is recorded too (`.absent`): restoring it removes daemon.json again.
 */
export class BackupStore {
  constructor(private readonly dir: string, private readonly keep: number) {}

  async save(text: string | null): Promise<string> {
    await mkdir(this.dir, { recursive: true });
    const taken = new Set((await this.names()).map((name) => name.replace(/\.\w+$/, '')));
    const now = Date.now();
    let stem = '';
    for (let n = 0; !stem || taken.has(stem); n++) stem = `${now}-${String(n).padStart(3, '0')}`;
    const id = `${stem}.${text === null ? 'absent' : 'json'}`;
    await writeFile(path.join(this.dir, id), text ?? '', { mode: 0o600 });
    await this.prune();
    return id;
  }

  async list(): Promise<StoredBackup[]> {
    const names = await this.names();
    return Promise.all(names.map((id) => this.read(id)));
  }

  async read(id: string): Promise<StoredBackup> {
    const m = ID.exec(id);
    if (!m) throw new Error(`no backup ${id}`);
    const text = await readFile(path.join(this.dir, id), 'utf8');
    return { id, createdAt: Number(m[1]), existed: m[3] === 'json', text };
  }

  /** Newest first. */
  private async names(): Promise<string[]> {
    const names = await readdir(this.dir).catch(() => [] as string[]);
    return names.filter((n) => ID.test(n)).sort().reverse();
  }

  private async prune(): Promise<void> {
    const old = (await this.names()).slice(this.keep);
    await Promise.all(old.map((id) => rm(path.join(this.dir, id), { force: true })));
  }
}
