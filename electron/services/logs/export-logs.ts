import { Readable } from 'node:stream';
import { lineFilter } from '../../../shared/log-search';
import type { LogExportQuery, LogLine } from '../../../shared/logs';
import { cutOf, tsNanos } from '../../../shared/log-wire';
import type { EngineMonitor } from '../engine/engine-monitor';
import { toBerthError } from '../engine/engine-errors';
import { logLines } from './follow-logs';
import { FrameDecoder } from './log-frames';
import { sinceParam } from './log-lines';
import { openLogStream } from './log-stream';

/** A line as `docker logs` prints it; one cut at main's cap says so (a filtered export goes through the line splitter). */
function lineText(line: LogLine, timestamps: boolean): string {
  const { text, cut } = cutOf(line.text);
  return `${timestamps && line.ts ? `${line.ts} ` : ''}${text}${cut ? ` … [${cut} characters cut by Berth]` : ''}\n`;
}

/**
 * The log as a byte stream for a file, produced in main: without a filter, exactly what `docker logs` prints for
 * the same options (stdout and stderr interleaved as the engine sends them); with one, the matching lines.
 */
export async function exportLogs(engine: EngineMonitor, query: LogExportQuery): Promise<{ name: string; body: Readable }> {
  try {
    const container = engine.requireClient().getContainer(query.id);
    const info = await container.inspect();
    const filtered = query.filter !== '';
    const source = await openLogStream(container, {
      follow: false, stdout: true, stderr: true, timestamps: query.timestamps || filtered,
      tail: query.tail === 'all' ? undefined : query.tail,
      since: query.since ? sinceParam(tsNanos(query.since)) : undefined,
      until: query.until ? sinceParam(tsNanos(query.until)) : undefined,
    });
    // Pulled by the download at its own pace; when it goes away the generator returns, which destroys the engine's response.
    async function* text(): AsyncGenerator<string | Buffer> {
      if (filtered) {
        const keep = lineFilter(query);
        for await (const lines of logLines(source, info.Config.Tty)) {
          const kept = lines.filter((line) => keep(line.text)).map((line) => lineText(line, query.timestamps));
          if (kept.length) yield kept.join('');
        }
      } else if (info.Config.Tty) {
        yield* source as AsyncIterable<Buffer>;
      } else {
        const frames = new FrameDecoder();
        for await (const chunk of source) for (const frame of frames.push(chunk as Buffer)) yield frame.payload;
      }
    }
    const out = Readable.from(text(), { objectMode: false });
    return { name: `${info.Name.replace(/^\//, '')}-logs.txt`, body: out };
  } catch (err) {
    throw toBerthError(err);
  }
}
