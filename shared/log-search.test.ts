import { describe, expect, it } from 'vitest';
import { compileSearch, lineFilter } from './log-search';

describe('log search', () => {
  it('cannot be made to backtrack: (a+)+b over a long line of a’s answers at once (a backtracking engine never would)', () => {
    const line = 'a'.repeat(20_000);
    expect(lineFilter({ filter: '(a+)+b', regex: true, caseSensitive: false })(line)).toBe(false);
    expect(lineFilter({ filter: '(a|aa)*c', regex: true, caseSensitive: true })(line)).toBe(false);
    expect(lineFilter({ filter: '(a+)+$', regex: true, caseSensitive: true })(line)).toBe(true);
  });
  it('plain text is literal; case follows the switch; Unicode ranges are in string indexes', () => {
    const m = compileSearch({ filter: 'A.B', regex: false, caseSensitive: false });
    expect(m !== null && m !== 'invalid' && m.ranges('x a.b y A.B')).toEqual([[2, 5], [8, 11]]);
    expect(lineFilter({ filter: 'a.b', regex: false, caseSensitive: false })('axb')).toBe(false);
    expect(lineFilter({ filter: 'A', regex: false, caseSensitive: true })('a')).toBe(false);
    const zh = compileSearch({ filter: '错误', regex: true, caseSensitive: true });
    expect(zh !== null && zh !== 'invalid' && zh.ranges('日志：错误 1')).toEqual([[3, 5]]);
  });
  it('reports what RE2 cannot run as invalid (look-around, back-references), and keeps nothing for it', () => {
    expect(compileSearch({ filter: '(?=x)', regex: true, caseSensitive: false })).toBe('invalid');
    expect(compileSearch({ filter: '(a)\\1', regex: true, caseSensitive: false })).toBe('invalid');
    expect(lineFilter({ filter: '(', regex: true, caseSensitive: false })('(')).toBe(false);
    expect(compileSearch({ filter: '', regex: true, caseSensitive: false })).toBeNull();
  });
});
