import { z } from 'zod';
import { JobFailed } from './errors';
import { FilePath } from './refs';

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
