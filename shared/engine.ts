import { z } from 'zod';
import { ENGINE_ID } from './engine-id';
import { ErrorData } from './errors';

export { DEFAULT_ENGINE } from './engine-id';

export const EngineId = z.string().regex(ENGINE_ID, { message: 'validation.engine.id' });

/** An engine Berth knows: its id, the name shown, where it is, and whether it runs on this machine (a local socket). */
export const EngineEntry = z.object({ id: EngineId, label: z.string(), endpoint: z.string(), local: z.boolean() });
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
