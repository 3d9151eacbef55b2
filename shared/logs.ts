import { z } from 'zod';

/** RFC 3339 with nanoseconds, as the engine stamps log lines. */
const Timestamp = z.string().regex(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d{1,9})?(Z|[+-]\d\d:\d\d)$/);
const Id = z.string().regex(/^[\w.-]{1,128}$/);

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
  // Columns, not an object per line: smaller on the wire and cheaper to parse at 100,000+ lines a second.
  z.object({
    type: z.literal('lines'),
    ts: z.array(z.string()),
    text: z.array(z.string()),
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
  z.object({ type: z.literal('error'), message: z.string() }),
]);
export type LogBatch = z.infer<typeof LogBatch>;

export type LinesBatch = Extract<LogBatch, { type: 'lines' }>;

export function packLines(lines: LogLine[]): LinesBatch {
  const stderr: number[] = [];
  lines.forEach((l, i) => { if (l.stream === 'stderr') stderr.push(i); });
  const batch: LinesBatch = { type: 'lines', ts: lines.map((l) => l.ts), text: lines.map((l) => l.text), stderr };
  if (lines.some((l) => l.source !== undefined)) batch.sources = lines.map((l) => l.source ?? 0);
  return batch;
}

/** Merged logs of several containers (a compose project), each line tagged with its container. */
export const MergedLogQuery = LogQuery.omit({ id: true, follow: true }).extend({ ids: z.array(Id).min(1).max(100) });
export type MergedLogQuery = z.infer<typeof MergedLogQuery>;

/** What an export writes: the raw log as `docker logs` prints it, or only the lines matching a filter. */
export const LogExportQuery = LogQuery.omit({ follow: true }).extend({
  timestamps: z.boolean().default(false),
  filter: z.string().max(1000).default(''),
  regex: z.boolean().default(false),
  caseSensitive: z.boolean().default(false),
});
export type LogExportQuery = z.infer<typeof LogExportQuery>;

export interface LogSearch { filter: string; regex: boolean; caseSensitive: boolean }

/** Regex for a search: a plain search is escaped; an invalid regex yields null (shown as an error, matches nothing). */
export function searchPattern(search: LogSearch): RegExp | null {
  if (!search.filter) return null;
  const source = search.regex ? search.filter : search.filter.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  try {
    return new RegExp(source, search.caseSensitive ? 'g' : 'gi');
  } catch {
    return null;
  }
}

/** Whether a line is kept by a search; the same rule for the view's "only matching" and for an export. */
export function lineFilter(search: LogSearch): (text: string) => boolean {
  if (!search.filter) return () => true;
  const pattern = searchPattern(search);
  if (!pattern) return () => false;
  return (text) => {
    pattern.lastIndex = 0;
    return pattern.test(text);
  };
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

/** Milliseconds (with a fraction) since the epoch: exact enough to order lines seconds apart, and cheap. */
export function tsMillis(ts: string): number {
  const t = splitTs(ts);
  return t ? t.secondMs + (t.fraction ? Number(`0.${t.fraction}`) * 1000 : 0) : 0;
}
