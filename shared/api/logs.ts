import { LogQuery, MergedLogQuery, type LogBatch, type LogExportQuery } from '../logs';
import { returns, subscription, type ServiceOf } from './define';

/** Logs: one container's followed, or a project's merged. */
export const logsApi = {
  follow: subscription(LogQuery, returns<LogBatch>()),
  followMerged: subscription(MergedLogQuery, returns<LogBatch>()),
};
export type LogsService = ServiceOf<typeof logsApi> & {
  /** Served as a download by the shells, not as a call: the bytes never pass through the page. */
  export(query: LogExportQuery): Promise<{ name: string; body: AsyncIterable<Uint8Array> }>;
};
