import { z } from 'zod';
import { EngineId } from './engine';
import { JobFailed } from './errors';
import { ContainerKey } from './refs';

/** RFC 3339 with nanoseconds, as the engine stamps log lines. */
const Timestamp = z.string().regex(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d{1,9})?(Z|[+-]\d\d:\d\d)$/);
const Id = ContainerKey;

export const LogQuery = z.object({
  id: Id,
  /** Last N lines first; 'all' only when the user asks for it. */
  tail: z.union([z.number().int().min(0).max(1_000_000), z.literal('all')]).default(1000),
  since: Timestamp.optional(),
  until: Timestamp.optional(),
  follow: z.boolean().default(true),
});
export type LogQuery = z.infer<typeof LogQuery>;

export const LogLine = z.object({
  ts: z.string(), stream: z.enum(['stdout', 'stderr']), text: z.string(),
  /** In merged logs: the index of the container in the query's `ids`. */
  source: z.number().int().optional(),
});
export type LogLine = z.infer<typeof LogLine>;

/** Lines arrive in batches (main batches by time and size); markers tell what happened between them. */
export const LogBatch = z.discriminatedUnion('type', [
  // Columns, each one string (see packLines): smaller on the wire and cheaper to parse at 100,000+ lines a second.
  z.object({
    type: z.literal('lines'),
    /** The lines' timestamps, front-coded (see packStamps), joined by newlines; '' for a batch of no lines. */
    stamps: z.string(),
    /** The lines' texts joined by newlines (a line never holds one). */
    text: z.string(),
    /** Indexes of the lines that came from stderr. */
    stderr: z.array(z.number().int()),
    /** In merged logs: each line's container (index into the query's `ids`). */
    sources: z.array(z.number().int()).optional(),
  }),
  z.object({
    type: z.literal('marker'),
    kind: z.enum(['restarted', 'reconnected', 'stopped', 'end']),
    ts: z.string(),
    source: z.number().int().optional(),
  }),
  JobFailed,
]);
export type LogBatch = z.infer<typeof LogBatch>;

export type LinesBatch = Extract<LogBatch, { type: 'lines' }>;

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

/** Merged logs of several containers (a compose project), each line tagged with its container. */
export const MergedLogQuery = LogQuery.omit({ id: true, follow: true }).extend({ ids: z.array(Id).min(1).max(100) });
export type MergedLogQuery = z.infer<typeof MergedLogQuery>;

/** What an export writes: the raw log as `docker logs` prints it, or only the lines matching a filter. */
export const LogExportQuery = LogQuery.omit({ follow: true }).extend({
  /** A download is a plain request, not an API call: it names its engine itself. */
  engine: EngineId,
  timestamps: z.boolean().default(false),
  filter: z.string().max(1000).default(''),
  regex: z.boolean().default(false),
  caseSensitive: z.boolean().default(false),
});
export type LogExportQuery = z.infer<typeof LogExportQuery>;

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
