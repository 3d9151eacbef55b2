import { readFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { ProjectInput, type OpenedProject } from '../../../shared/compose';
import { writeFileAtomic } from '../daemon/atomic-write';

const ProjectsFile = z.object({ engines: z.record(z.string(), z.array(ProjectInput)) });

/**
 * The compose projects the user opened from files, per engine, in `compose-projects.json` beside Berth's settings:
 * read once, written whole and atomically. An unreadable file is set aside (a warning), not written over, and Berth
 * starts with none.
 */
export class OpenedProjects {
  private engines: Record<string, OpenedProject[]> = {};
  readonly problem: string | null = null;

  constructor(private readonly file: string) {
    try {
      this.engines = ProjectsFile.parse(JSON.parse(readFileSync(file, 'utf8'))).engines;
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'ENOENT') this.problem = `${file}: ${(err as Error).message}`;
    }
  }

  static in(configDir: string): OpenedProjects {
    return new OpenedProjects(path.join(configDir, 'compose-projects.json'));
  }

  list(engine: string): OpenedProject[] {
    return this.engines[engine] ?? [];
  }

  /** Adds the project, or replaces the one of the same name. */
  async put(engine: string, project: OpenedProject): Promise<void> {
    await this.write(engine, [...this.list(engine).filter((p) => p.name !== project.name), project]);
  }

  async remove(engine: string, name: string): Promise<void> {
    await this.write(engine, this.list(engine).filter((p) => p.name !== name));
  }

  private async write(engine: string, projects: OpenedProject[]): Promise<void> {
    if (this.problem) throw new Error(`Berth does not write over a file it could not read: ${this.problem}`);
    const engines = { ...this.engines, [engine]: projects };
    await writeFileAtomic(this.file, `${JSON.stringify({ engines }, null, 2)}\n`, 0o600);
    this.engines = engines;
  }
}
