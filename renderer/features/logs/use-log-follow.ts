import { useEffect, useMemo, useReducer, useState } from 'react';
import type { LogBatch, LogQuery } from '../../../shared/logs';
import { batchColumns, tsNanos } from '../../../shared/log-wire';
import { api } from '../../app/api-client';
import type { ErrorData } from '../../../shared/errors';
import { errorData } from '../../ui/api-error';
import { LogRing } from './log-ring';
import { currentEngine } from '../../app/route-store';

export type LogRange = Omit<LogQuery, 'id'>;

/**
 * Follows the log of one container, or the merged logs of several, into a ring buffer. Batches from main go straight into the ring; React hears about
 * them at most once per animation frame, so a burst of lines costs one render.
 */
export function useLogFollow(ids: string[], range: LogRange, capacity: number, hideUpTo?: string) {
  const ring = useMemo(() => new LogRing(capacity), [capacity]);
  const [version, bump] = useReducer((v: number) => v + 1, 0);
  const [failure, setFailure] = useState<{ key: string; error: ErrorData } | null>(null);
  const [received, setReceived] = useState(0);
  const key = JSON.stringify({ ids, range, hideUpTo });
  useEffect(() => {
    const buffer = ring;
    buffer.clear();
    const setError = (error: ErrorData) => setFailure({ key, error });
    let frame = 0;
    let total = 0;
    const schedule = () => {
      frame ||= requestAnimationFrame(() => {
        frame = 0;
        setReceived(total);
        bump();
      });
    };
    const { ids: sources, range: r, hideUpTo: cleared } = JSON.parse(key) as { ids: string[]; range: LogRange; hideUpTo?: string };
    const hidden = cleared ? tsNanos(cleared) : null; // lines the user cleared stay cleared
    const handlers = {
      onData: (batch: LogBatch) => {
        if (batch.type === 'lines') {
          const stderr = new Set(batch.stderr);
          const { stamps, texts } = batchColumns(batch);
          for (let i = 0; i < stamps.length; i++) {
            const ts = stamps[i]!;
            if (hidden === null || tsNanos(ts) > hidden) buffer.add(ts, texts[i]!, stderr.has(i), batch.sources?.[i]);
          }
          total += stamps.length;
        } else if (batch.type === 'marker') {
          buffer.push({ kind: 'marker', marker: batch.kind, ts: batch.ts, source: batch.source });
        } else {
          setError(batch.error);
        }
        schedule();
      },
      onError: (err: unknown) => setError(errorData(err)),
    };
    const sub = sources.length === 1
      ? api.logs.follow.subscribe({ engine: currentEngine(), ...r, id: sources[0]! }, handlers)
      : api.logs.followMerged.subscribe({ engine: currentEngine(), tail: r.tail, since: r.since, until: r.until, ids: sources }, handlers);
    return () => {
      sub.unsubscribe();
      cancelAnimationFrame(frame);
    };
  }, [key, ring]);
  return { ring, version, error: failure?.key === key ? failure.error : null, received };
}
