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
  // Columns, each one string (see log-wire.ts): smaller on the wire and cheaper to parse at 100,000+ lines a second.
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
