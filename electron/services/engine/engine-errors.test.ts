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
  it('strips dockerode’s prefix from the engine’s words', () => {
    expect(engineMessage(new Error('(HTTP code 500) server error - boom'))).toBe('boom');
  });
});
