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
]);
export type ErrorCode = z.infer<typeof ErrorCode>;

/** A message to translate: an i18n key plus its interpolation values. */
export const Message = z.object({ key: z.string(), params: z.record(z.string(), z.union([z.string(), z.number()])).optional() });
export type Message = z.infer<typeof Message>;

/** What crosses the boundary with every failed call (tRPC error `data.berth`). */
export const ErrorData = z.object({
  code: ErrorCode,
  /** The engine's own text, shown under the translated message. */
  detail: z.string().optional(),
  /** Field-level problems, keyed by form field name. */
  fields: z.record(z.string(), Message).optional(),
});
export type ErrorData = z.infer<typeof ErrorData>;

export class BerthError extends Error {
  readonly data: ErrorData;
  constructor(data: ErrorData) {
    super(data.detail ?? data.code);
    this.name = 'BerthError';
    this.data = data;
  }
}
