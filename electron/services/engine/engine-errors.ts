import { BerthError, type ErrorData } from '../../../shared/errors';

interface EngineFailure {
  statusCode?: number;
  json?: { message?: string } | null;
  reason?: string;
  code?: string;
  message?: string;
}

const UNREACHABLE = new Set(['ECONNREFUSED', 'ENOENT', 'EPIPE', 'ECONNRESET', 'EACCES', 'ETIMEDOUT', 'EHOSTUNREACH']);
const PORT_IN_USE = /port is already allocated|address already in use/i;

/** The engine's own words for a failure, without dockerode's "(HTTP code …)" prefix. */
export function engineMessage(err: unknown): string {
  const e = err as EngineFailure;
  const message = e?.json?.message ?? e?.message ?? String(err);
  return message.replace(/^\(HTTP code \d+\) [\w ]+ - /, '').trim();
}

export function toBerthError(err: unknown, fields?: ErrorData['fields']): BerthError {
  if (err instanceof BerthError) return err;
  const e = err as EngineFailure;
  const detail = engineMessage(err);
  const code = ((): ErrorData['code'] => {
    if (e?.code && UNREACHABLE.has(e.code)) return 'ENGINE_UNAVAILABLE';
    if (PORT_IN_USE.test(detail)) return 'PORT_IN_USE';
    if (e?.statusCode === 404) return 'NOT_FOUND';
    if (e?.statusCode === 409) return /name .* is already in use/i.test(detail) ? 'NAME_IN_USE' : 'CONFLICT';
    return 'ENGINE_ERROR';
  })();
  return new BerthError({ code, detail, fields });
}

export const isStatus = (err: unknown, status: number): boolean => (err as EngineFailure)?.statusCode === status;
