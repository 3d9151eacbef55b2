import { z } from 'zod';

/** Stable error codes: the renderer maps each to an i18n key `errors.<code>`; never shows raw stacks. */
export const ErrorCode = z.enum([
  'ENGINE_UNAVAILABLE',
  'NOT_FOUND',
  'CONFLICT',
  'NAME_IN_USE',
  'PORT_IN_USE',
  'IMAGE_NOT_LOCAL',
  'NETWORK_NOT_FOUND',
  'INVALID_INPUT',
  'UNAUTHORIZED',
  'REGISTRY_ERROR',
  'ENGINE_ERROR',
  'TOO_MANY_SUBSCRIPTIONS',
  'FILE_ERROR',
  'HOST_KEY_UNKNOWN',
  'HOST_KEY_CHANGED',
  'AUTH_FAILED',
  'TLS_ERROR',
]);
export type ErrorCode = z.infer<typeof ErrorCode>;

const Params = z.record(z.string(), z.union([z.string(), z.number()]));
/** A message to translate: an i18n key plus its interpolation values; `more` holds further problems of the same field. */
export const Message = z.object({ key: z.string(), params: Params.optional(), more: z.array(z.object({ key: z.string(), params: Params.optional() })).optional() });
export type Message = z.infer<typeof Message>;

/** A host key the user agrees to trust (first contact over SSH), as `known_hosts` keeps it. */
export const HostKey = z.object({
  host: z.string().min(1).max(255).regex(/^[A-Za-z0-9.:[\]-]+$/),
  port: z.number().int().min(1).max(65535),
  type: z.string().regex(/^[a-z0-9@.-]{1,64}$/),
  key: z.string().regex(/^[A-Za-z0-9+/]{16,16384}={0,2}$/),
  fingerprint: z.string().max(128),
});
export type HostKey = z.infer<typeof HostKey>;

/** What crosses the boundary with every failed call (tRPC error `data.berth`). */
export const ErrorData = z.object({
  code: ErrorCode,
  /** Berth's own explanation, translated (its English never crosses the boundary as text). */
  message: Message.optional(),
  /** The engine's (or the OS's) own text, shown after the translated meaning. */
  detail: z.string().optional(),
  /** Field-level problems, keyed by form field name. */
  fields: z.record(z.string(), Message).optional(),
  /** An SSH engine's host key nobody has trusted yet: what the first-contact prompt shows and, if accepted, trusts. */
  hostKey: HostKey.optional(),
});
export type ErrorData = z.infer<typeof ErrorData>;

/** A job's last event when it fails (pull, push, build, file jobs, log streams). */
export const JobFailed = z.object({ type: z.literal('error'), error: ErrorData });
export type JobFailed = z.infer<typeof JobFailed>;

export class BerthError extends Error {
  readonly data: ErrorData;
  constructor(data: ErrorData) {
    super(data.detail ?? data.message?.key ?? data.code);
    this.name = 'BerthError';
    this.data = data;
  }
}
