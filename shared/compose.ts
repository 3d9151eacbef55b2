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
}

/** A project the user opened from its files (remembered per engine), before or without any container. */
export interface OpenedProject { name: string; workingDir: string; configFiles: string[] }

const stateOf = (running: number, total: number): ProjectState =>
  total === 0 ? 'notCreated' : running === total ? 'running' : running === 0 ? 'exited' : 'partial';

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
      configFiles: file?.configFiles ?? (labelled?.labels[COMPOSE_LABELS.configFiles]?.split(',').filter(Boolean) ?? []),
    };
  });
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
