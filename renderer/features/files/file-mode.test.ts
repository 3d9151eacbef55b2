import { describe, expect, it } from 'vitest';
import { modeString } from './file-mode';

describe('modeString', () => {
  it('reads as ls -l does', () => {
    expect(modeString('folder', 0o755)).toBe('drwxr-xr-x');
    expect(modeString('file', 0o644)).toBe('-rw-r--r--');
    expect(modeString('link', 0o777)).toBe('lrwxrwxrwx');
    expect(modeString('file', 0o4755)).toBe('-rwsr-xr-x');
    expect(modeString('folder', 0o1777)).toBe('drwxrwxrwt');
    expect(modeString('file', 0o2640)).toBe('-rw-r-S---');
  });
});
