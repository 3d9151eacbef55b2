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

/** Node's TLS failures, by code, and the sentence (`errors.tls.*`) each becomes. */
const TLS_PROBLEMS: Record<string, string> = {
  UNABLE_TO_VERIFY_LEAF_SIGNATURE: 'untrusted', SELF_SIGNED_CERT_IN_CHAIN: 'untrusted', DEPTH_ZERO_SELF_SIGNED_CERT: 'untrusted',
  UNABLE_TO_GET_ISSUER_CERT_LOCALLY: 'untrusted', UNABLE_TO_GET_ISSUER_CERT: 'untrusted', CERT_SIGNATURE_FAILURE: 'untrusted',
  CERT_HAS_EXPIRED: 'expired', CERT_NOT_YET_VALID: 'expired', ERR_TLS_CERT_ALTNAME_INVALID: 'nameMismatch',
  ERR_SSL_SSLV3_ALERT_BAD_CERTIFICATE: 'clientRejected', ERR_SSL_TLSV13_ALERT_CERTIFICATE_REQUIRED: 'clientRejected',
  ERR_SSL_SSLV3_ALERT_HANDSHAKE_FAILURE: 'clientRejected', ERR_SSL_WRONG_VERSION_NUMBER: 'notTls',
  ERR_OSSL_PEM_NO_START_LINE: 'material', ERR_OSSL_X509_KEY_VALUES_MISMATCH: 'material', ERR_OSSL_UNSUPPORTED: 'material',
};

/** The TLS handshake's failures, and an engine that wanted TLS from a client that spoke plain HTTP. */
function tlsError(err: unknown, fields?: ErrorData['fields']): BerthError | null {
  const e = err as EngineFailure;
  const words = engineMessage(err);
  const problem = (e?.code && TLS_PROBLEMS[e.code]) || (e?.statusCode === 400 && /HTTP request to an HTTPS server/.test(words) ? 'required' : null);
  if (!problem) return null;
  // OpenSSL's own line ("…:SSL routines:ssl3_read_bytes:sslv3 alert bad certificate:../deps/…") down to its words.
  const detail = /SSL routines:[^:]*:([^:]+)/.exec(words)?.[1] ?? words;
  return new BerthError({ code: 'TLS_ERROR', message: { key: `errors.tls.${problem}` }, detail, fields });
}

export function toBerthError(err: unknown, fields?: ErrorData['fields']): BerthError {
  if (err instanceof BerthError) return err;
  const known = fileError(err, fields) ?? tlsError(err, fields);
  if (known) return known;
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

/** Engine failures leave here as typed errors, never as dockerode's own. */
export async function engineCall<T>(call: () => Promise<T>): Promise<T> {
  try {
    return await call();
  } catch (err) {
    throw toBerthError(err);
  }
}
