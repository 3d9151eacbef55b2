import { describe, expect, it } from 'vitest';
import { childOf, FileName, InnerPath, parentOf } from './files';

describe('paths inside a container or volume', () => {
  it('refuses `..` anywhere rather than resolving it, and a relative path', () => {
    for (const path of ['/../etc', '/data/../../x', '/a/..', '..']) expect(InnerPath.safeParse(path).success).toBe(false);
    expect(InnerPath.safeParse('/../etc').error?.issues[0]?.message).toBe('validation.files.outside');
    expect(InnerPath.safeParse('etc').error?.issues[0]?.message).toBe('validation.files.absolute');
  });

  it('normalises what it accepts; names with dots are names', () => {
    expect(InnerPath.parse('/a//b/./c/')).toBe('/a/b/c');
    expect(InnerPath.parse('/')).toBe('/');
    expect(InnerPath.parse('/..hidden/...')).toBe('/..hidden/...');
  });

  it('a name is one segment', () => {
    expect(FileName.safeParse('a/b').error?.issues[0]?.message).toBe('validation.files.nameSlash');
    expect(FileName.safeParse('..').success).toBe(false);
    expect(FileName.safeParse('报告.txt').success).toBe(true);
  });

  it('parent and child', () => {
    expect(parentOf('/a/b')).toBe('/a');
    expect(parentOf('/a')).toBe('/');
    expect(childOf('/', 'x')).toBe('/x');
    expect(childOf('/a', 'x')).toBe('/a/x');
  });
});
