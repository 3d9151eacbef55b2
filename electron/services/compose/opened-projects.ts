import path from 'node:path';
import { z } from 'zod';
import { ProjectInput, type OpenedProject } from '../../../shared/compose';
import { OwnJsonFile } from '../daemon/own-json-file';

const ProjectsFile = z.object({ engines: z.record(z.string(), z.array(ProjectInput)) });

/** The compose projects the user opened from files, per engine, in `compose-projects.json` beside Berth's settings. */
export class OpenedProjects {
  private readonly store: OwnJsonFile<z.output<typeof ProjectsFile>>;

  constructor(file: string) {
    this.store = new OwnJsonFile(file, ProjectsFile, { engines: {} }, 'errors.compose.projectsUnreadable');
  }

  static in(configDir: string): OpenedProjects {
    return new OpenedProjects(path.join(configDir, 'compose-projects.json'));
  }

  /** Why the file could not be read: Berth then starts without it and refuses to write over it. */
  get problem(): string | null {
    return this.store.problem;
  }

  list(engine: string): OpenedProject[] {
    return this.store.value.engines[engine] ?? [];
  }

  /** Adds the project, or replaces the one of the same name. */
  async put(engine: string, project: OpenedProject): Promise<void> {
    await this.write(engine, [...this.list(engine).filter((p) => p.name !== project.name), project]);
  }

  async remove(engine: string, name: string): Promise<void> {
    await this.write(engine, this.list(engine).filter((p) => p.name !== name));
  }

  private write(engine: string, projects: OpenedProject[]): Promise<void> {
    return this.store.write({ engines: { ...this.store.value.engines, [engine]: projects } });
  }
}
