import type { ProjectInput } from '../../../shared/compose';
import type { ComposeProject } from '../../../shared/compose-projects';

/**
 * How compose is told about a project: as the user opened it, else by the files its labels name (main falls back to
 * the engine when those are not on this machine).
 */
export const projectInput = (project: ComposeProject): ProjectInput =>
  project.opened ?? { name: project.name, files: project.configFiles, workingDir: project.workingDir, envFile: null, profiles: [] };
