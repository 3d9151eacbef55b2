import type { TFunction } from 'i18next';
import { describe, expect, it } from 'vitest';
import { formatAgo, formatBytes, roundBytes } from './format';

const t = ((key: string, values?: { count: number }) => `${key}${values ? `:${values.count}` : ''}`) as TFunction;
const now = 1_800_000_000_000;

describe('formatting', () => {
  it('says how long ago in the largest whole unit', () => {
    expect(formatAgo(t, now / 1000 - 20, now)).toBe('time.justNow');
    expect(formatAgo(t, now / 1000 - 60, now)).toBe('time.minuteAgo:1');
    expect(formatAgo(t, now / 1000 - 3 * 3600 - 59, now)).toBe('time.hoursAgo:3');
    expect(formatAgo(t, now / 1000 - 400 * 86400, now)).toBe('time.yearAgo:1');
    expect(formatAgo(t, now / 1000 + 30, now)).toBe('time.justNow'); // a clock a little ahead
  });
  it('prints sizes as the docker CLI does (powers of 1000)', () => {
    expect(formatBytes(999)).toBe('999 B');
    expect(formatBytes(1_984_223)).toBe('2.0 MB');
    expect(roundBytes(1_984_223)).toBe(2_000_000);
    expect(roundBytes(123_456)).toBe(123_000);
    expect(formatBytes(roundBytes(45_678_901))).toBe(formatBytes(45_678_901));
  });
});
