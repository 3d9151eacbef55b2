import { z } from 'zod';
import { ENGINE_ID } from './engine-id';
import { ErrorData } from './errors';

export { HostKey } from './errors';
import { FilePath } from './refs';

export { DEFAULT_ENGINE } from './engine-id';

export const EngineId = z.string().regex(ENGINE_ID, { message: 'validation.engine.id' });

/**
 * Where Berth learnt of an engine: the environment (DOCKER_HOST or the platform's sockets), a Docker context (the CLI's
 * to change), a Podman service found running, or the user's own list in Berth (renamed and removed in Berth).
 */
export const EngineSource = z.enum(['environment', 'context', 'podman', 'berth']);
export type EngineSource = z.infer<typeof EngineSource>;

/** An engine Berth knows: its id, the name shown, where it is, and whether it runs on this machine (a local socket). */
export const EngineEntry = z.object({ id: EngineId, label: z.string(), endpoint: z.string(), local: z.boolean(), source: EngineSource });
export type EngineEntry = z.infer<typeof EngineEntry>;

export const EngineInfo = z.object({
  name: z.string(),
  version: z.string(),
  apiVersion: z.string(),
  os: z.string(),
  arch: z.string(),
  kernel: z.string(),
  endpoint: z.string(),
  containers: z.number(),
  /** Kept current from the event stream (the switcher shows it). */
  running: z.number(),
  images: z.number(),
});
export type EngineInfo = z.infer<typeof EngineInfo>;

export const EngineAttempt = z.object({ endpoint: z.string(), error: ErrorData });
export type EngineAttempt = z.infer<typeof EngineAttempt>;

/** Pushed by `engine.status`: connected, or what was tried and when the next try is. */
export const EngineStatus = z.discriminatedUnion('state', [
  z.object({ state: z.literal('connecting') }),
  z.object({ state: z.literal('connected'), info: EngineInfo }),
  z.object({
    state: z.literal('disconnected'),
    attempts: z.array(EngineAttempt),
    /** True when an engine had answered earlier in this run: a banner, not the "no engine" screen. */
    wasConnected: z.boolean(),
    retryAt: z.number(),
  }),
]);
export type EngineStatus = z.infer<typeof EngineStatus>;

export const EngineKind = z.enum(['unix', 'npipe', 'tcp', 'ssh']);
export type EngineKind = z.infer<typeof EngineKind>;

const HOST = String.raw`(?:\[[0-9a-fA-F:.]+\]|[A-Za-z0-9](?:[A-Za-z0-9.-]{0,251}[A-Za-z0-9])?)`;
const PORT = String.raw`(?::(?:6553[0-5]|655[0-2]\d|65[0-4]\d{2}|6[0-4]\d{3}|[1-5]\d{4}|[1-9]\d{0,3}))?`;
/** What each kind's address field takes: a socket path, `host[:port]`, or `[user@]host[:port]`. */
const ADDRESS: Record<EngineKind, { pattern: RegExp; message: string }> = {
  unix: { pattern: /^\/[^\0]*$/, message: 'validation.engine.unixAddress' },
  npipe: { pattern: /^(?:\/\/\.\/pipe\/|\\\\\.\\pipe\\)[^\0\\/]+$/, message: 'validation.engine.npipeAddress' },
  tcp: { pattern: new RegExp(`^${HOST}${PORT}$`), message: 'validation.engine.tcpAddress' },
  ssh: { pattern: new RegExp(`^(?:[A-Za-z0-9._-]{1,64}@)?${HOST}${PORT}$`), message: 'validation.engine.sshAddress' },
};

/** The name an engine is shown by (the user's own words, any script). */
export const EngineName = z.string().trim().min(1, { message: 'validation.engine.nameRequired' }).max(64, { message: 'validation.engine.nameTooLong' })
  // NUL and other control characters would reach menus, the tray, file names and docker context names.
  .refine((name) => !/\p{Cc}/u.test(name), { message: 'validation.engine.nameControl' });

/**
 * An engine the user adds: how to reach it, in the form's own fields. Files are referenced by path, never copied into
 * Berth's settings; no password or passphrase is ever taken (an encrypted key belongs in the SSH agent).
 */
export const EngineSpec = z.object({
  name: EngineName,
  kind: EngineKind,
  address: z.string().trim().max(1024, { message: 'validation.engine.addressTooLong' }),
  /** tcp: TLS on; `verify` checks the engine's certificate against `ca`. */
  tls: z.boolean().default(false),
  verify: z.boolean().default(true),
  ca: FilePath.trim().default(''),
  cert: FilePath.trim().default(''),
  key: FilePath.trim().default(''),
  /** ssh: a private key file; empty means the SSH agent's keys. */
  identityFile: FilePath.trim().default(''),
  /** Also write it as a Docker context, so the docker CLI sees the same engine. */
  saveAsContext: z.boolean().default(false),
}).superRefine((spec, ctx) => {
  const problem = (path: string, message: string): void => void ctx.addIssue({ code: 'custom', path: [path], message });
  const address = ADDRESS[spec.kind];
  if (!spec.address) problem('address', 'validation.engine.addressRequired');
  else if (!address.pattern.test(spec.address)) problem('address', address.message);
  if (spec.kind !== 'tcp' || !spec.tls) return;
  if (spec.verify && !spec.ca) problem('ca', 'validation.engine.caRequired');
  if (Boolean(spec.cert) !== Boolean(spec.key)) problem(spec.cert ? 'key' : 'cert', 'validation.engine.certKeyPair');
});
export type EngineSpec = z.output<typeof EngineSpec>;
export type EngineSpecInput = z.input<typeof EngineSpec>;

/** What "Test connection" found. */
export const EngineProbe = z.object({
  version: z.string(), apiVersion: z.string(), os: z.string(), arch: z.string(), name: z.string(), latencyMs: z.number(),
});
export type EngineProbe = z.infer<typeof EngineProbe>;


/** The address the docker CLI takes for an engine (DOCKER_HOST, a context's host). */
export function engineHostUrl(spec: Pick<EngineSpec, 'kind' | 'address'>): string {
  if (spec.kind === 'npipe') return `npipe://${spec.address.replace(/\\/g, '/')}`;
  return `${spec.kind}://${spec.address}`;
}
