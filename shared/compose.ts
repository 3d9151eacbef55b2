import { z } from 'zod';
import type { ContainerSummary, PortMapping } from './containers';
import { JobFailed } from './errors';
import { FilePath } from './refs';

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
function labelledFiles(labels: Record<string, string>): string[] {
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

/** Compose's own rule for a project name. */
export const ProjectName = z.string().regex(/^[a-z0-9][a-z0-9_-]{0,62}$/, 'validation.compose.projectName');
const ServiceName = z.string().regex(/^[a-zA-Z0-9][a-zA-Z0-9_.-]{0,62}$/, 'validation.compose.serviceName');

/** A project by its files (absolute paths on the machine running Berth), or by name alone (one started elsewhere). */
export const ProjectInput = z.object({
  name: ProjectName, files: z.array(FilePath).max(10), workingDir: FilePath.nullable(), envFile: FilePath.nullable(),
  profiles: z.array(ServiceName).max(20),
});
export type ProjectInput = z.infer<typeof ProjectInput>;
/** A project the user opened from its files (remembered per engine), before or without any container. */
export type OpenedProject = ProjectInput;

/** Open: a compose file or a folder holding one (or several files, merged in order); the name defaults to the folder's. */
export const OpenProjectInput = z.object({
  paths: z.array(FilePath.min(1, 'validation.file.required')).min(1).max(10), name: z.union([z.literal(''), ProjectName]), envFile: FilePath,
  profiles: z.array(ServiceName).max(20),
});
export type OpenProjectInput = z.infer<typeof OpenProjectInput>;

/** A compose file's text, to show in the editor or to write (kept as typed: formatting and comments are the user's). */
export const ComposeFileInput = z.object({ path: FilePath });
export const SaveComposeFileInput = z.object({ path: FilePath, text: z.string().max(1_000_000) });
/** The editor's text checked by compose as if it were `path`, in the project it belongs to (nothing written there). */
export const ValidateComposeInput = z.object({ project: ProjectInput, path: FilePath, text: z.string().max(1_000_000) });
export interface ComposeProblem { line: number | null; message: string }

/** Containers to write a compose file for (ids or names). */
export const GenerateComposeInput = z.object({ containers: z.array(z.string().min(1).max(128)).min(1).max(100) });

const Services = z.array(ServiceName).max(200);
export const ComposeActionInput = z.discriminatedUnion('action', [
  z.object({
    action: z.literal('up'), services: Services, build: z.boolean(), pull: z.enum(['missing', 'always', 'never']), forceRecreate: z.boolean(),
    removeOrphans: z.boolean(), scale: z.record(ServiceName, z.number().int().min(0).max(100)),
  }),
  z.object({ action: z.literal('down'), volumes: z.boolean(), images: z.enum(['none', 'local', 'all']), removeOrphans: z.boolean() }),
  z.object({ action: z.enum(['start', 'stop', 'restart', 'pull', 'build']), services: Services }),
]);
export const ComposeRunInput = z.object({ project: ProjectInput, run: ComposeActionInput });
export type ComposeRunInput = z.infer<typeof ComposeRunInput>;

export interface ComposeInstall {
  found: { command: string; version: string; major: 1 | 2 } | null;
  looked: string[];
  /** The OS Berth runs on, for the install hint (Node's names). */
  platform: string;
}

/** One service of a resolved project, as the screen lists it. */
export interface ComposeConfigService {
  name: string;
  image: string | null;
  build: boolean;
  ports: string[];
  volumes: string[];
  networks: string[];
  dependsOn: string[];
  profiles: string[];
}
export interface ComposeConfig { services: ComposeConfigService[]; volumes: string[]; networks: string[] }

export const ComposeEvent = z.discriminatedUnion('type', [
  /** Output lines as compose wrote them, and the steps read from them (a resource, what it is doing, how it ended). */
  z.object({ type: z.literal('output'), lines: z.array(z.string()), steps: z.array(z.object({ id: z.string(), text: z.string(), state: z.enum(['working', 'done', 'error']) })) }),
  z.object({ type: z.literal('done') }),
  JobFailed,
]);
export type ComposeEvent = z.infer<typeof ComposeEvent>;
