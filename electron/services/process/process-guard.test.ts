import { describe, expect, it } from 'vitest';
import { guardProcess } from './process-guard';

describe('guardProcess', () => {
  it('logs an escaped error and an unhandled rejection instead of ending the process, until released', () => {
    const lines: string[] = [];
    const release = guardProcess((line) => lines.push(line));
    (process.emit as (event: string, ...args: unknown[]) => boolean)('uncaughtException', new Error('getaddrinfo ENOTFOUND json'), 'uncaughtException');
    process.emit('unhandledRejection', new Error('no one awaited'), Promise.resolve());
    release();
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatch(/uncaught exception caught, process kept running: Error: getaddrinfo ENOTFOUND json/);
    expect(lines[1]).toMatch(/unhandled rejection caught.*no one awaited/);
    expect(process.listeners('uncaughtException').some((l) => String(l).includes('kept running'))).toBe(false);
  });
});
