/**
 * The compose CLI's command lines, built as argument arrays (never a shell string) for the flavour found: the `docker
 * compose` plugin (v2) or a standalone `docker-compose` (v1 or v2). Pure, so every action's line is unit-tested.
 */

export interface ComposeFlavor {
  /** The program, and the words before compose's own (`docker compose …` vs `docker-compose …`). */
  file: string;
  prefix: string[];
  version: string;
  major: 1 | 2;
}

/** A project as compose is told about it: its files (or none: then it is found by name), folder, env file, profiles. */
export interface ProjectRef {
  name: string;
  files: string[];
  workingDir: string | null;
  envFile: string | null;
  profiles: string[];
}

export type ComposeAction =
  | { action: 'up'; services: string[]; build: boolean; pull: 'missing' | 'always' | 'never'; forceRecreate: boolean; removeOrphans: boolean; scale: Record<string, number> }
  | { action: 'down'; volumes: boolean; images: 'none' | 'local' | 'all'; removeOrphans: boolean }
  | { action: 'start' | 'stop' | 'restart' | 'pull' | 'build'; services: string[] }
  | { action: 'config' };

/** v2 writes machine-readable progress from 2.29 (`--progress json`); before, plain lines; v1 writes its own text. */
export function progressFlag(flavor: ComposeFlavor): string[] {
  if (flavor.major === 1) return [];
  const [major = 0, minor = 0] = flavor.version.split('.').map(Number);
  return major > 2 || (major === 2 && minor >= 29) ? ['--progress', 'json'] : ['--progress', 'plain'];
}

function projectArgs(project: ProjectRef): string[] {
  const args = ['-p', project.name];
  for (const file of project.files) args.push('-f', file);
  if (project.workingDir) args.push('--project-directory', project.workingDir);
  if (project.envFile) args.push('--env-file', project.envFile);
  for (const profile of project.profiles) args.push('--profile', profile);
  return args;
}

function actionArgs(flavor: ComposeFlavor, a: ComposeAction): string[] {
  switch (a.action) {
    case 'up': {
      const args = ['up', '-d'];
      if (a.build) args.push('--build');
      // v1 has no pull policy on up: "always" becomes a pull before it (see composeSteps), "never" is its default.
      if (flavor.major === 2 && a.pull !== 'missing') args.push('--pull', a.pull);
      if (a.forceRecreate) args.push('--force-recreate');
      if (a.removeOrphans) args.push('--remove-orphans');
      for (const [service, n] of Object.entries(a.scale)) args.push('--scale', `${service}=${n}`);
      return [...args, ...a.services];
    }
    case 'down': {
      const args = ['down'];
      if (a.volumes) args.push('--volumes');
      if (a.images !== 'none') args.push('--rmi', a.images);
      if (a.removeOrphans) args.push('--remove-orphans');
      return args;
    }
    case 'config':
      return flavor.major === 2 ? ['config', '--format', 'json'] : ['config'];
    case 'stop':
    case 'restart':
      return [a.action, '-t', '10', ...a.services];
    default:
      return [a.action, ...a.services];
  }
}

export interface ComposeCommand { file: string; args: string[] }

/** The commands one action takes, in order (most take one; `up --pull always` on v1 takes a pull first). */
export function composeSteps(flavor: ComposeFlavor, project: ProjectRef, action: ComposeAction): ComposeCommand[] {
  const line = (a: ComposeAction): ComposeCommand => ({
    file: flavor.file,
    // The progress flag is global: before the project's flags and the command, for config it is not wanted.
    args: [...flavor.prefix, ...(a.action === 'config' ? [] : progressFlag(flavor)), ...projectArgs(project), ...actionArgs(flavor, a)],
  });
  if (action.action === 'up' && flavor.major === 1 && action.pull === 'always') return [line({ action: 'pull', services: action.services }), line(action)];
  return [line(action)];
}
