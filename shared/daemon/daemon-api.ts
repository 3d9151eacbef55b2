import { z } from 'zod';
import { Message } from '../errors';

/** Where the daemon.json path came from: the user (env, Berth's settings), the running dockerd, or the platform's default. */
export const DaemonConfigSource = z.enum(['env', 'setting', 'running-dockerd', 'linux-rootful', 'linux-rootless', 'desktop', 'windows-native']);
export type DaemonConfigSource = z.infer<typeof DaemonConfigSource>;

/** Where each engine command came from: a BERTH_ENGINE_* variable, Berth's settings file, the running dockerd, or the default. */
export const CommandSource = z.enum(['env', 'setting', 'running-dockerd', 'default']);
export type CommandSource = z.infer<typeof CommandSource>;

/** daemon.json is edited up to this size; a larger file is shown, not edited. */
export const DAEMON_TEXT_MAX = 1_000_000;

/**
 * Commands main runs to apply daemon.json. Set only in Berth's settings file or environment, never from the UI.
 * `validate` gets the candidate file's path in place of `{file}`.
 */
export const EngineControl = z.object({
  validate: z.string().nullable(), reload: z.string().nullable(), restart: z.string().nullable(), log: z.string().nullable(),
});
export type EngineControl = z.infer<typeof EngineControl>;

export const DaemonFile = z.object({
  path: z.string(),
  source: DaemonConfigSource,
  exists: z.boolean(),
  owner: z.string(),
  mode: z.string(),
  writable: z.boolean(),
  /** The file's text; '' when it does not exist yet. */
  text: z.string(),
  engine: z.object({ version: z.string(), os: z.enum(['linux', 'windows']) }).nullable(),
  /** The file is over DAEMON_TEXT_MAX characters: shown read-only, with that said. */
  tooLarge: z.boolean(),
  control: EngineControl,
  controlFrom: z.object({ validate: CommandSource, reload: CommandSource, restart: CommandSource, log: CommandSource }),
  settingsFile: z.string(),
  verifyTimeoutSeconds: z.number(),
});
export type DaemonFile = z.infer<typeof DaemonFile>;

export const ApplyInput = z.object({
  text: z.string().max(DAEMON_TEXT_MAX, { message: 'validation.daemon.tooLarge' }),
  /** The file as the editor loaded it: if it changed on disk since, nothing is written. */
  basedOn: z.string().max(DAEMON_TEXT_MAX, { message: 'validation.daemon.tooLarge' }),
  overrideValidation: z.boolean(),
});
export type ApplyInput = z.infer<typeof ApplyInput>;

export const ApplyMode = z.enum(['none', 'reload', 'restart']);
export type ApplyMode = z.infer<typeof ApplyMode>;

export const ApplyStepName = z.enum(['validate', 'diff', 'backup', 'write', 'apply', 'verify', 'rollback']);
export type ApplyStepName = z.infer<typeof ApplyStepName>;
export const StepState = z.enum(['running', 'done', 'failed', 'skipped']);

export const Problem = z.object({ key: z.string(), message: Message, severity: z.enum(['error', 'warning']) });
export type Problem = z.infer<typeof Problem>;

/** The apply pipeline, streamed step by step. */
export const ApplyEvent = z.discriminatedUnion('type', [
  z.object({ type: z.literal('step'), step: ApplyStepName, state: StepState, message: Message.optional(), output: z.string().optional() }),
  z.object({ type: z.literal('problems'), problems: z.array(Problem) }),
  z.object({ type: z.literal('plan'), diff: z.string(), changed: z.array(z.string()), mode: ApplyMode }),
  z.object({
    type: z.literal('done'),
    outcome: z.enum(['applied', 'unchanged', 'refused', 'rolledBack', 'failed']),
    /** The engine's own text when it refused the new config. */
    engineError: z.string().optional(),
    backupId: z.string().optional(),
  }),
]);
export type ApplyEvent = z.infer<typeof ApplyEvent>;

/** What applying would do, before anything is written. */
export const ApplyPlan = z.object({
  problems: z.array(Problem),
  /** False when an error is not overridable (invalid JSON, the file changed on disk, no way to apply). */
  canApply: z.boolean(),
  diff: z.string(),
  changed: z.array(z.string()),
  mode: ApplyMode,
  /** The change could be hot-reloaded, but no reload command is set: Berth restarts instead, and says why. */
  noReloadCommand: z.boolean(),
  liveRestore: z.boolean(),
});
export type ApplyPlan = z.infer<typeof ApplyPlan>;

/** A saved copy of daemon.json; `diff` is what restoring it would change in the current file. */
export const Backup = z.object({ id: z.string(), createdAt: z.number(), existed: z.boolean(), text: z.string(), diff: z.string() });
export type Backup = z.infer<typeof Backup>;

export const MirrorVerdict = z.enum(['usable', 'paymentRequired', 'forbidden', 'notFound', 'otherStatus', 'tls', 'timeout', 'refused', 'dns', 'error']);
export type MirrorVerdict = z.infer<typeof MirrorVerdict>;
export const ProbeInput = z.object({ url: z.string().max(2048), timeoutMs: z.number().int().min(100).max(30_000).default(5_000) });
export const ProbeResult = z.object({ url: z.string(), verdict: MirrorVerdict, status: z.number().optional(), latencyMs: z.number(), detail: z.string().optional() });
export type ProbeResult = z.infer<typeof ProbeResult>;

/** `proxies.default` of ~/.docker/config.json: what containers get as HTTP_PROXY etc. */
export const ClientProxies = z.object({ httpProxy: z.string().max(2048), httpsProxy: z.string().max(2048), noProxy: z.string().max(8192) });
export type ClientProxies = z.infer<typeof ClientProxies>;
export const ClientConfig = z.object({ path: z.string(), proxies: ClientProxies });
export type ClientConfig = z.infer<typeof ClientConfig>;
