import type { OpenedProject, ProjectInput } from './compose';
import type { ContainerSummary, PortMapping } from './containers';

// Compose projects as the page groups them from its container list: pure, and without the schemas (the compose
// screens load without zod; the schemas are in shared/compose.ts).

/** The labels compose puts on what it makes (v1 and v2 alike). */
export const COMPOSE_LABELS = {
  project: 'com.docker.compose.project',
  service: 'com.docker.compose.service',
  workingDir: 'com.docker.compose.project.working_dir',
  configFiles: 'com.docker.compose.project.config_files',
  number: 'com.docker.compose.container-number',
  oneoff: 'com.docker.compose.oneoff',
} as const;

export type ProjectState = 'running' | 'partial' | 'exited' | 'notCreated';

export interface ComposeService {
  name: string;
  running: number;
  total: number;
  ports: PortMapping[];
  /** Container ids, by container number. */
  containers: string[];
}

export interface ComposeProject {
  name: string;
  state: ProjectState;
  running: number;
  total: number;
  services: ComposeService[];
  /** Where compose ran, and the files it read: from the labels, or the files the user opened. */
  workingDir: string | null;
  configFiles: string[];
  /** How the user opened it in Berth (files, env file, profiles), if they did. */
  opened: ProjectInput | null;
}


const stateOf = (running: number, total: number): ProjectState =>
  total === 0 ? 'notCreated' : running === total ? 'running' : running === 0 ? 'exited' : 'partial';

const isAbsolute = (p: string): boolean => p.startsWith('/') || /^[A-Za-z]:[\\/]/.test(p) || p.startsWith('\\\\');

/** The files a container's labels name: v1 writes them as given (relative to the working dir), v2 absolute. */
export function labelledFiles(labels: Record<string, string>): string[] {
  const dir = labels[COMPOSE_LABELS.workingDir] ?? '';
  const sep = dir.includes('\\') ? '\\' : '/';
  return (labels[COMPOSE_LABELS.configFiles] ?? '').split(',').filter(Boolean)
    .map((f) => (isAbsolute(f) || !dir ? f : `${dir.replace(/[\\/]$/, '')}${sep}${f.replace(/^\.[\\/]/, '')}`));
}

/**
 * Every compose project on an engine: grouped from the containers' labels (one-off `run` containers left out), joined
 * with the projects opened from files — a project started from the CLI links back to its files through its labels.
 */
export function composeProjects(containers: ContainerSummary[], opened: OpenedProject[]): ComposeProject[] {
  const byProject = new Map<string, ContainerSummary[]>();
  for (const c of containers) {
    const project = c.labels[COMPOSE_LABELS.project];
    if (!project || c.labels[COMPOSE_LABELS.oneoff] === 'True') continue;
    (byProject.get(project) ?? byProject.set(project, []).get(project)!).push(c);
  }
  const names = new Set([...byProject.keys(), ...opened.map((o) => o.name)]);
  return [...names].sort().map((name) => {
    const members = byProject.get(name) ?? [];
    const file = opened.find((o) => o.name === name);
    const labelled = members.find((c) => c.labels[COMPOSE_LABELS.workingDir]);
    const services = new Map<string, ContainerSummary[]>();
    for (const c of members) {
      const service = c.labels[COMPOSE_LABELS.service] ?? c.name;
      (services.get(service) ?? services.set(service, []).get(service)!).push(c);
    }
    const number = (c: ContainerSummary) => Number(c.labels[COMPOSE_LABELS.number] ?? 0);
    const running = members.filter((c) => c.state === 'running').length;
    return {
      name, state: stateOf(running, members.length), running, total: members.length,
      services: [...services.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([service, list]) => ({
        name: service, running: list.filter((c) => c.state === 'running').length, total: list.length,
        ports: list.flatMap((c) => c.ports), containers: list.sort((a, b) => number(a) - number(b)).map((c) => c.id),
      })),
      workingDir: file?.workingDir ?? labelled?.labels[COMPOSE_LABELS.workingDir] ?? null,
      configFiles: file?.files ?? labelledFiles(labelled?.labels ?? {}),
      opened: file ?? null,
    };
  });
}

/** The service a resource id names, if it is a container of this project (v1: `p_svc_1`, v2: `p-svc-1`). */
export function serviceOfResource(id: string, project: string): string | null {
  const name = id.replace(/^Container /, '');
  for (const sep of ['_', '-']) {
    const prefix = `${project}${sep}`;
    const m = name.startsWith(prefix) ? new RegExp(`^(.+)${sep}\\d+$`).exec(name.slice(prefix.length)) : null;
    if (m) return m[1]!;
  }
  return null;
}
