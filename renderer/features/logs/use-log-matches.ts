import { useMemo } from 'react';
import { compileSearch, type LogSearch } from '../../../shared/log-search';
import type { LogRing } from './log-ring';

interface Scan { key: string; matches: number[]; scanned: number }
const scans = new WeakMap<LogRing, Scan>();

/**
 * Absolute indexes (dropped + index) of lines matching the search. Only lines that arrived since the last call are
 * tested, so a search stays cheap while the log streams.
 */
export function scanMatches(ring: LogRing, search: LogSearch): number[] {
  const matcher = compileSearch(search);
  if (!matcher || matcher === 'invalid') return [];
  const key = `${ring.generation}\u0000${JSON.stringify(search)}`;
  let scan = scans.get(ring);
  if (!scan || scan.key !== key) scans.set(ring, (scan = { key, matches: [], scanned: ring.dropped }));
  const end = ring.dropped + ring.length;
  for (let abs = Math.max(scan.scanned, ring.dropped); abs < end; abs++) {
    const text = ring.textAt(abs - ring.dropped);
    if (text !== null && matcher.test(text)) scan.matches.push(abs);
  }
  scan.scanned = end;
  const firstKept = scan.matches.findIndex((abs) => abs >= ring.dropped);
  if (firstKept !== 0) scan.matches = firstKept < 0 ? [] : scan.matches.slice(firstKept);
  return scan.matches;
}

export function useLogMatches(ring: LogRing, search: LogSearch, version: number): { matches: number[]; invalid: boolean } {
  const { filter, regex, caseSensitive } = search;
  return useMemo(() => {
    void version; // recomputed as lines arrive
    const s = { filter, regex, caseSensitive };
    return { matches: [...scanMatches(ring, s)], invalid: compileSearch(s) === 'invalid' };
  }, [ring, filter, regex, caseSensitive, version]);
}
