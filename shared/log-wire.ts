import type { LinesBatch, LogLine } from './logs';

/**
 * How log lines cross the wire, and their timestamps compared: pure code without the schemas (the log view imports
 * this at run time; the schemas, and zod with them, stay in main's bundle and the types).
 */

/**
 * Ends a line main cut at its length cap, followed by how many characters were left out: the view words it in the
 * user's language. A private-use character, which no engine log line carries by accident.
 */
export const LINE_CUT = '\uE000';
/** A line's text and what main cut from it (0 when whole). */
export function cutOf(text: string): { text: string; cut: number } {
  const at = text.lastIndexOf(LINE_CUT);
  return at < 0 ? { text, cut: 0 } : { text: text.slice(0, at), cut: Number(text.slice(at + 1)) || 0 };
}

const MAX_SHARED = 40; // '0' + 40 is 'X': every count is one plain character
const SECOND = 'YYYY-MM-DDTHH:MM:SS';

/**
 * Timestamps cross front-coded: each as how many leading characters it shares with the one before (one character,
 * '0' + n), then the rest. Lines of one second share 20 or more of their ~30 characters, which were half the bytes
 * of a batch of short lines.
 */
function packStamps(stamps: string[]): string[] {
  let prev = '';
  let second = ''; // prev's date and time to the second, compared in one go: most stamps share it
  return stamps.map((ts) => {
    const max = Math.min(ts.length, prev.length, MAX_SHARED);
    let shared = second && ts.startsWith(second) ? second.length : 0;
    while (shared < max && ts.charCodeAt(shared) === prev.charCodeAt(shared)) shared++;
    if (shared < SECOND.length) second = ts.length > SECOND.length ? ts.slice(0, SECOND.length) : '';
    prev = ts;
    return String.fromCharCode(48 + shared) + ts.slice(shared);
  });
}

function unpackStamps(packed: string[]): string[] {
  let prev = '';
  return packed.map((entry) => (prev = prev.slice(0, entry.charCodeAt(0) - 48) + entry.slice(1)));
}

/**
 * A column crosses as one string, not an array of strings: JSON.parse interns every string of up to 10 characters
 * (most short log lines and every front-coded stamp), which made parsing 2× slower than one split of a joined string.
 */
export function packLines(lines: LogLine[]): LinesBatch {
  const stderr: number[] = [];
  lines.forEach((l, i) => { if (l.stream === 'stderr') stderr.push(i); });
  const batch: LinesBatch = { type: 'lines', stamps: packStamps(lines.map((l) => l.ts)).join('\n'), text: lines.map((l) => l.text).join('\n'), stderr };
  if (lines.some((l) => l.source !== undefined)) batch.sources = lines.map((l) => l.source ?? 0);
  return batch;
}

/** A lines batch's timestamps and texts as arrays, line by line. */
export function batchColumns(batch: LinesBatch): { stamps: string[]; texts: string[] } {
  if (!batch.stamps) return { stamps: [], texts: [] };
  return { stamps: unpackStamps(batch.stamps.split('\n')), texts: batch.text.split('\n') };
}

let cachedSecond = '';
let cachedMs = 0;

/** Splits an engine timestamp into milliseconds of its whole second and its fraction's digits (date part cached). */
function splitTs(ts: string): { secondMs: number; fraction: string } | null {
  const m = /^(.*?)(?:\.(\d{1,9}))?(Z|[+-]\d\d:\d\d)$/.exec(ts);
  if (!m) return null;
  const second = `${m[1]}${m[3]}`;
  if (second !== cachedSecond) {
    cachedSecond = second;
    cachedMs = Date.parse(second);
  }
  return Number.isNaN(cachedMs) ? null : { secondMs: cachedMs, fraction: m[2] ?? '' };
}

/**
 * Nanoseconds since the epoch of an engine timestamp (its fraction has no trailing zeros, so text does not sort).
 * Lines come in runs from the same second: the date part is parsed once per second, not once per line.
 */
export function tsNanos(ts: string): bigint {
  const t = splitTs(ts);
  return t ? BigInt(t.secondMs) * 1_000_000n + BigInt(t.fraction.padEnd(9, '0')) : 0n;
}
