import { useEffect, useReducer, useState } from 'react';
import { type LogQuery, tsNanos } from '../../../shared/logs';
import { api } from '../../app/api-client';
import type { ErrorData } from '../../../shared/errors';
import { errorData } from '../../ui/api-error';
import { LogRing } from './log-ring';

export const DEFAULT_CAPACITY = 100_000;

/**
 * Follows a container's log into a ring buffer. Batches from main go straight into the ring; React hears about
 * them at most once per animation frame, so a burst of lines costs one render.
 */
export function useLogFollow(query: LogQuery, capacity = DEFAULT_CAPACITY, hideUpTo?: string) {
  const [ring] = useState(() => new LogRing(capacity));
  const [version, bump] = useReducer((v: number) => v + 1, 0);
  const [failure, setFailure] = useState<{ key: string; error: ErrorData } | null>(null);
  const [received, setReceived] = useState(0);
  const key = JSON.stringify({ query, hideUpTo });
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
    const { query: q, hideUpTo: cleared } = JSON.parse(key) as { query: LogQuery; hideUpTo?: string };
    const hidden = cleared ? tsNanos(cleared) : null; // lines the user cleared stay cleared
    const sub = api.logs.follow.subscribe(q, {
      onData: (batch) => {
        if (batch.type === 'lines') {
          for (const line of batch.lines) if (hidden === null || tsNanos(line.ts) > hidden) buffer.push({ ...line, kind: 'line' });
          total += batch.lines.length;
        } else if (batch.type === 'marker') {
          buffer.push({ kind: 'marker', marker: batch.kind, ts: batch.ts });
        } else {
          setError({ code: 'ENGINE_ERROR', detail: batch.message });
        }
        schedule();
      },
      onError: (err) => setError(errorData(err)),
    });
    return () => {
      sub.unsubscribe();
      cancelAnimationFrame(frame);
    };
  }, [key, ring]);
  return { ring, version, error: failure?.key === key ? failure.error : null, received };
}
