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
]);
export type ErrorCode = z.infer<typeof ErrorCode>;

const Params = z.record(z.string(), z.union([z.string(), z.number()]));
/** A message to translate: an i18n key plus its interpolation values; `more` holds further problems of the same field. */
export const Message = z.object({ key: z.string(), params: Params.optional(), more: z.array(z.object({ key: z.string(), params: Params.optional() })).optional() });
export type Message = z.infer<typeof Message>;

/** What crosses the boundary with every failed call (tRPC error `data.berth`). */
export const ErrorData = z.object({
  code: ErrorCode,
  /** Berth's own explanation, translated (its English never crosses the boundary as text). */
  message: Message.optional(),
  /** The engine's (or the OS's) own text, shown after the translated meaning. */
  detail: z.string().optional(),
  /** Field-level problems, keyed by form field name. */
  fields: z.record(z.string(), Message).optional(),
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
