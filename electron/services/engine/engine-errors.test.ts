import { open } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { engineMessage, toBerthError } from './engine-errors';

const engineFailure = (statusCode: number, message: string) =>
  Object.assign(new Error(`(HTTP code ${statusCode}) unexpected - ${message}`), { statusCode, json: { message } });

describe('toBerthError', () => {
  it('gives stable codes for the failures users meet', () => {
    expect(toBerthError(engineFailure(404, 'No such container: x')).data).toEqual({ code: 'NOT_FOUND', detail: 'No such container: x' });
    expect(toBerthError(engineFailure(409, 'Conflict. The container name "/web" is already in use by container "1"')).data.code).toBe('NAME_IN_USE');
    expect(toBerthError(engineFailure(409, 'Container 1 is not running')).data.code).toBe('CONFLICT');
    expect(toBerthError(engineFailure(500, 'driver failed: Bind for 127.0.0.1:80 failed: port is already allocated')).data.code).toBe('PORT_IN_USE');
    expect(toBerthError(Object.assign(new Error('connect ENOENT /x.sock'), { code: 'ENOENT' })).data.code).toBe('ENGINE_UNAVAILABLE');
    expect(toBerthError(engineFailure(500, 'boom')).data.code).toBe('ENGINE_ERROR');
  });
  it('words Node’s own failures as sentences to translate, never as raw codes', async () => {
    const tooLong = `/tmp/${'x'.repeat(300)}`;
    expect(toBerthError(await open(tooLong, 'r').catch((e: unknown) => e)).data)
      .toEqual({ code: 'FILE_ERROR', message: { key: 'errors.file.ENAMETOOLONG' }, detail: tooLong });
    expect(toBerthError(await open('/tmp/a\0b', 'r').catch((e: unknown) => e)).data)
      .toEqual({ code: 'INVALID_INPUT', message: { key: 'errors.file.nullByte' } });
    expect(toBerthError(Object.assign(new Error('connect ECONNREFUSED /x.sock'), { code: 'ECONNREFUSED', syscall: 'connect', address: '/x.sock' })).data)
      .toEqual({ code: 'ENGINE_UNAVAILABLE', message: { key: 'errors.connect.ECONNREFUSED' }, detail: '/x.sock' });
  });
  it('names what went wrong in a TLS handshake, in OpenSSL’s words cut down to the point', () => {
    const tls = (code: string, message: string) => toBerthError(Object.assign(new Error(message), { code })).data;
    expect(tls('UNABLE_TO_VERIFY_LEAF_SIGNATURE', 'unable to verify the first certificate'))
      .toEqual({ code: 'TLS_ERROR', message: { key: 'errors.tls.untrusted' }, detail: 'unable to verify the first certificate' });
    // Recorded from the sandbox's TLS engine, given no client certificate.
    expect(tls('ERR_SSL_SSLV3_ALERT_BAD_CERTIFICATE', '808C42316B7F0000:error:0A000412:SSL routines:ssl3_read_bytes:sslv3 alert bad certificate:../deps/openssl/openssl/ssl/record/rec_layer_s3.c:1601:SSL alert number 42'))
      .toEqual({ code: 'TLS_ERROR', message: { key: 'errors.tls.clientRejected' }, detail: 'sslv3 alert bad certificate' });
    expect(toBerthError(engineFailure(400, 'Client sent an HTTP request to an HTTPS server.')).data)
      .toEqual({ code: 'TLS_ERROR', message: { key: 'errors.tls.required' }, detail: 'Client sent an HTTP request to an HTTPS server.' });
  });
  it('says what an engine answer without words was', () => {
    expect(toBerthError(Object.assign(new Error('(HTTP code 500) server error - '), { statusCode: 500, json: null })).data)
      .toEqual({ code: 'ENGINE_ERROR', message: { key: 'errors.engineStatus', params: { status: 500 } } });
  });
  it('strips dockerode’s prefix from the engine’s words', () => {
    expect(engineMessage(new Error('(HTTP code 500) server error - boom'))).toBe('boom');
  });
});
