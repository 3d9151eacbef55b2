import { z } from 'zod';
import { ErrorData } from './errors';
import { liveUpdate, type LiveUpdate } from './live';
import { ContainerKey } from './refs';

export const ContainerState = z.enum(['created', 'running', 'paused', 'restarting', 'removing', 'exited', 'dead']);
export type ContainerState = z.infer<typeof ContainerState>;
/** The engine's state word as a ContainerState; one Berth does not know reads as dead. */
export function containerState(raw: unknown): ContainerState {
  const parsed = ContainerState.safeParse(raw);
  return parsed.success ? parsed.data : 'dead';
}
export const Health = z.enum(['starting', 'healthy', 'unhealthy']);
export type Health = z.infer<typeof Health>;

export const PortMapping = z.object({
  ip: z.string().optional(),
  privatePort: z.number(),
  publicPort: z.number().optional(),
  type: z.string(),
});
export type PortMapping = z.infer<typeof PortMapping>;

export const ContainerSummary = z.object({
  id: z.string(),
  name: z.string(),
  image: z.string(),
  command: z.string(),
  created: z.number(),
  state: ContainerState,
  /** When the current state began (ms since the epoch): started (running, paused), finished (exited, restarting), created. */
  since: z.number(),
  /** The last exit code while exited or restarting; null otherwise. */
  exitCode: z.number().nullable(),
  health: Health.nullable(),
  ports: z.array(PortMapping),
  labels: z.record(z.string(), z.string()),
  composeProject: z.string().nullable(),
  composeService: z.string().nullable(),
  /** The networks it is on and the named volumes it mounts: the list's `network:` and `volume:` filters. */
  networks: z.array(z.string()),
  volumes: z.array(z.string()),
});
export type ContainerSummary = z.infer<typeof ContainerSummary>;

/** `containers.watch` sends a snapshot first, then coalesced changes. */
export const ContainerListUpdate = liveUpdate(ContainerSummary);
export type ContainerListUpdate = LiveUpdate<ContainerSummary>;

const ContainerId = ContainerKey;
export const ContainerRef = z.object({ id: ContainerId });

/** A container's name from a list entry (the engine's `Names` carry a leading slash); its short id if it has none. */
export const listedName = (c: { Id: string; Names?: readonly string[] }): string => c.Names?.[0]?.replace(/^\//, '') ?? c.Id.slice(0, 12);

export const ContainerAction = z.enum(['start', 'stop', 'restart', 'kill', 'pause', 'unpause', 'remove']);
export type ContainerAction = z.infer<typeof ContainerAction>;
/** The signals `docker kill -s` is most often given. */
export const KILL_SIGNALS = ['SIGKILL', 'SIGTERM', 'SIGINT', 'SIGHUP', 'SIGQUIT', 'SIGUSR1', 'SIGUSR2'] as const;
export const BulkActionInput = z.object({ action: ContainerAction, ids: z.array(ContainerId).min(1).max(5000), signal: z.enum(KILL_SIGNALS).optional() });
export type BulkActionInput = z.infer<typeof BulkActionInput>;
export const ActionOutcome = z.object({
  id: z.string(),
  ok: z.boolean(),
  error: ErrorData.optional(),
});
export type ActionOutcome = z.infer<typeof ActionOutcome>;

export const RestartPolicyName = z.enum(['no', 'always', 'unless-stopped', 'on-failure']);
export type RestartPolicyName = z.infer<typeof RestartPolicyName>;
export const RestartPolicy = z.object({ name: RestartPolicyName, maxRetries: z.number().int().min(0).max(1000) });
export type RestartPolicy = z.infer<typeof RestartPolicy>;

/** The run form's limit (shared/run-form.ts): a 1 MB name never reaches the engine. */
export const RenameInput = z.object({ id: ContainerId, name: z.string().max(256) });
export const UpdateRestartInput = z.object({ id: ContainerId, policy: RestartPolicy });

/** `docker update`'s resource limits as the dialog shows them (0: not set; memorySwap -1: unlimited). */
export const Resources = z.object({
  nanoCpus: z.number(), cpuShares: z.number(), cpusetCpus: z.string(), memory: z.number(), memorySwap: z.number(), memoryReservation: z.number(),
});
export type Resources = z.infer<typeof Resources>;

/** The resources form as typed: `--cpus 1.5`, `--cpu-shares 512`, `--cpuset-cpus 0-1`, `-m 256m`, `--memory-swap 1g|-1`, `--memory-reservation`. */
export const ResourcesForm = z.object({
  cpus: z.string().max(20), cpuShares: z.string().max(10), cpusetCpus: z.string().max(200), memory: z.string().max(20),
  memorySwap: z.string().max(20), memoryReservation: z.string().max(20),
});
export type ResourcesForm = z.infer<typeof ResourcesForm>;
export const UpdateResourcesInput = ResourcesForm.extend({ id: ContainerKey });

export const ContainerDetails = z.object({
  id: z.string(),
  name: z.string(),
  image: z.string(),
  imageId: z.string(),
  state: ContainerState,
  health: Health.nullable(),
  exitCode: z.number(),
  error: z.string(),
  created: z.string(),
  startedAt: z.string(),
  finishedAt: z.string(),
  command: z.array(z.string()),
  entrypoint: z.array(z.string()),
  workingDir: z.string(),
  tty: z.boolean(),
  ports: z.array(PortMapping),
  mounts: z.array(z.object({ type: z.string(), source: z.string(), destination: z.string(), mode: z.string(), rw: z.boolean() })),
  networks: z.array(z.object({ name: z.string(), ipAddress: z.string(), gateway: z.string(), macAddress: z.string() })),
  restartPolicy: RestartPolicy,
  labels: z.record(z.string(), z.string()),
  env: z.array(z.object({ key: z.string(), value: z.string() })),
  resources: Resources,
  /** The health check's newest results (the engine keeps five), newest last; empty without a check. */
  healthChecks: z.array(z.object({ start: z.string(), exitCode: z.number(), output: z.string() })),
  failingStreak: z.number(),
  /** The engine's inspect document, for the searchable JSON view. */
  raw: z.record(z.string(), z.unknown()),
});
export type ContainerDetails = z.infer<typeof ContainerDetails>;

export const ProcessList = z.object({ titles: z.array(z.string()), processes: z.array(z.array(z.string())) });
export type ProcessList = z.infer<typeof ProcessList>;

/** `docker diff`: a path the container added, changed or deleted beside its image (A, C, D). */
export type ChangeKind = 'added' | 'changed' | 'deleted';
export interface FileChange { path: string; kind: ChangeKind }
/** The engine's `Kind` numbers, as `docker diff` prints them: 0 C, 1 A, 2 D. */
export const CHANGE_KINDS: readonly ChangeKind[] = ['changed', 'added', 'deleted'];
export const changeKindOf = (kind: number): ChangeKind => CHANGE_KINDS[kind] ?? 'changed';

export const StatsSample = z.object({
  time: z.number(),
  cpuPercent: z.number(),
  memoryBytes: z.number(),
  memoryLimitBytes: z.number(),
  networkRxBytes: z.number(),
  networkTxBytes: z.number(),
  blockReadBytes: z.number(),
  blockWriteBytes: z.number(),
});
export type StatsSample = z.infer<typeof StatsSample>;
