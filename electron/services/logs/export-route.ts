import type { BerthServices } from '../../../shared/api/app';
import { BerthError } from '../../../shared/errors';
import { LogExportQuery } from '../../../shared/logs';

export interface ExportAnswer {
  status: number;
  headers: Record<string, string>;
  /** The file, streamed; or a short plain-text reason. */
  body: AsyncIterable<Uint8Array> | string;
}

const plain = (status: number, reason: string): ExportAnswer => ({ status, headers: { 'content-type': 'text/plain; charset=utf-8' }, body: reason });

/**
 * A log export as both shells serve it (the web host's `GET /export/logs`, the desktop's `berth-export:` scheme):
 * the `q` parameter is JSON of a LogExportQuery; anything else is a 400, an engine failure a 404 or 502, never a throw.
 */
export async function answerLogExport(app: BerthServices, q: string | null): Promise<ExportAnswer> {
  let query: LogExportQuery;
  try {
    query = LogExportQuery.parse(JSON.parse(q ?? ''));
  } catch {
    return plain(400, 'bad export query');
  }
  try {
    const file = await app.scope(query.engine).logs.export(query);
    return {
      status: 200,
      headers: {
        'content-type': 'text/plain; charset=utf-8',
        'content-disposition': `attachment; filename="${file.name.replace(/[^\w.-]/g, '_')}"`,
        'cache-control': 'no-store',
      },
      body: file.body,
    };
  } catch (err) {
    const code = err instanceof BerthError ? err.data.code : 'ENGINE_ERROR';
    return plain(code === 'NOT_FOUND' ? 404 : 502, code);
  }
}
