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
  it('says what an engine answer without words was', () => {
    expect(toBerthError(Object.assign(new Error('(HTTP code 500) server error - '), { statusCode: 500, json: null })).data)
      .toEqual({ code: 'ENGINE_ERROR', message: { key: 'errors.engineStatus', params: { status: 500 } } });
  });
  it('strips dockerode’s prefix from the engine’s words', () => {
    expect(engineMessage(new Error('(HTTP code 500) server error - boom'))).toBe('boom');
  });
});
