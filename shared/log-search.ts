import { RE2JS } from 're2js';

export interface LogSearch { filter: string; regex: boolean; caseSensitive: boolean }

/** A compiled search: whether a line matches, and where (for highlighting). */
export interface LogMatcher {
  test(text: string): boolean;
  /** [start, end) of each non-empty match, in order. */
  ranges(text: string): Array<[number, number]>;
}

/**
 * A search as a matcher, or null for an empty search, or 'invalid'. Regular expressions run on RE2 (re2js): time
 * linear in the line, so no pattern (`(a+)+b` over a line of a's) can freeze main's export or the page. RE2 has no
 * look-around and no back-references; such a pattern is reported invalid.
 */
export function compileSearch(search: LogSearch): LogMatcher | null | 'invalid' {
  if (!search.filter) return null;
  const key = `${search.regex ? 'r' : 'p'}${search.caseSensitive ? 'c' : 'i'}${search.filter}`;
  // Every visible line asks for the same search: compile it once.
  if (key !== last.key) last = { key, compiled: compile(search) };
  return last.compiled;
}

let last: { key: string; compiled: LogMatcher | 'invalid' } = { key: '', compiled: 'invalid' };

function compile(search: LogSearch): LogMatcher | 'invalid' {
  let pattern: RE2JS;
  try {
    pattern = RE2JS.compile(search.regex ? search.filter : RE2JS.quote(search.filter), search.caseSensitive ? 0 : RE2JS.CASE_INSENSITIVE);
  } catch {
    return 'invalid';
  }
  return {
    test: (text) => pattern.test(text),
    ranges: (text) => {
      const found: Array<[number, number]> = [];
      const m = pattern.matcher(text);
      while (m.find()) if (m.end() > m.start()) found.push([m.start(), m.end()]);
      return found;
    },
  };
}

/** Whether a line is kept by a search; the same rule for the view's "only matching" and for an export. */
export function lineFilter(search: LogSearch): (text: string) => boolean {
  const matcher = compileSearch(search);
  if (matcher === null) return () => true;
  if (matcher === 'invalid') return () => false;
  return (text) => matcher.test(text);
}
