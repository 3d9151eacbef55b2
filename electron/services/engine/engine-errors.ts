import { BerthError, type ErrorData, type JobFailed } from '../../../shared/errors';

interface EngineFailure {
  statusCode?: number;
  json?: { message?: string } | null;
  reason?: string;
  code?: string;
  message?: string;
}

const UNREACHABLE = new Set(['ECONNREFUSED', 'ENOENT', 'EPIPE', 'ECONNRESET', 'EACCES', 'ETIMEDOUT', 'EHOSTUNREACH']);
const PORT_IN_USE = /port is already allocated|address already in use/i;
/** What the OS says about a file, by its error code; each has its sentence in `errors.file.*`. */
const FILE_PROBLEMS = new Set(['ENAMETOOLONG', 'EACCES', 'EPERM', 'ENOSPC', 'EROFS', 'ENOENT', 'EISDIR', 'ENOTDIR', 'EEXIST', 'EDQUOT', 'EFBIG', 'ELOOP', 'EBUSY']);

/** The engine's own words for a failure, without dockerode's "(HTTP code …)" prefix. */
export function engineMessage(err: unknown): string {
  const e = err as EngineFailure;
  const message = e?.json?.message ?? e?.message ?? String(err);
  return message.replace(/^\(HTTP code \d+\) [\w ]+ - /, '').trim();
}

/** A failure of Node's own file calls (it carries `syscall` and `path`), not of an engine request over a socket. */
const isFileFailure = (err: unknown): err is NodeJS.ErrnoException =>
  typeof (err as NodeJS.ErrnoException)?.path === 'string' && typeof (err as NodeJS.ErrnoException)?.syscall === 'string';

/** Node's words for a file problem become a sentence in the user's language; the path stays as the detail. */
function fileError(err: unknown, fields?: ErrorData['fields']): BerthError | null {
  const e = err as NodeJS.ErrnoException;
  if (e?.code === 'ERR_INVALID_ARG_VALUE' && /null bytes/.test(e.message)) {
    return new BerthError({ code: 'INVALID_INPUT', message: { key: 'errors.file.nullByte' }, fields });
  }
  if (!isFileFailure(err) || !FILE_PROBLEMS.has(e.code ?? '')) return null;
  return new BerthError({ code: 'FILE_ERROR', message: { key: `errors.file.${e.code}` }, detail: e.path, fields });
}

export function toBerthError(err: unknown, fields?: ErrorData['fields']): BerthError {
  if (err instanceof BerthError) return err;
  const file = fileError(err, fields);
  if (file) return file;
  const e = err as EngineFailure & { address?: string };
  // Node's words for an unreachable engine ("connect ECONNREFUSED /x.sock") become a sentence; the address stays.
  if (e?.code && UNREACHABLE.has(e.code)) {
    return new BerthError({ code: 'ENGINE_UNAVAILABLE', message: { key: `errors.connect.${e.code}` }, detail: e.address, fields });
  }
  const detail = engineMessage(err);
  const code = ((): ErrorData['code'] => {
    if (PORT_IN_USE.test(detail)) return 'PORT_IN_USE';
    if (e?.statusCode === 404) return 'NOT_FOUND';
    if (e?.statusCode === 409) return /name .* is already in use/i.test(detail) ? 'NAME_IN_USE' : 'CONFLICT';
    return 'ENGINE_ERROR';
  })();
  // An engine answer without words (an empty 500) still says what it was.
  if (!detail && e?.statusCode) return new BerthError({ code, message: { key: 'errors.engineStatus', params: { status: e.statusCode } }, fields });
  return new BerthError({ code, detail: detail || undefined, fields });
}

/** A job's failure event, worded as any other failed call. */
export const jobFailed = (err: unknown): JobFailed => ({ type: 'error', error: toBerthError(err).data });

export const isStatus = (err: unknown, status: number): boolean => (err as EngineFailure)?.statusCode === status;
