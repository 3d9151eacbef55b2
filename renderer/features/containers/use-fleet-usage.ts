import { useEffect, useReducer } from 'react';
import { UsageHistory } from '../../../shared/stats';
import { api } from '../../app/api-client';
import { useEngineId } from '../../app/route-store';
import { usePageVisible } from '../../ui/use-page-visible';

/** One stats feed per engine, however many views show it; dropped (and main's streams closed) when the last one goes. */
interface Feed { history: UsageHistory; views: Set<() => void>; unsubscribe(): void }
const feeds = new Map<string, Feed>();

function join(engine: string, onFrame: () => void): () => void {
  let feed = feeds.get(engine);
  if (!feed) {
    const history = new UsageHistory();
    const views = new Set<() => void>();
    const subscription = api.containers.statsAll.subscribe({ engine }, {
      onData: (frame) => {
        history.add(frame);
        for (const view of views) view();
      },
    });
    feed = { history, views, unsubscribe: () => subscription.unsubscribe() };
    feeds.set(engine, feed);
  }
  feed.views.add(onFrame);
  const joined = feed;
  return () => {
    joined.views.delete(onFrame);
    if (joined.views.size > 0) return;
    joined.unsubscribe();
    feeds.delete(engine);
  };
}

/**
 * The live resource use of every running container of the page's engine (re-rendering about once a second), while
 * `enabled` and the page is visible; null otherwise. No view, no stats stream.
 */
export function useFleetUsage(enabled: boolean): UsageHistory | null {
  const engine = useEngineId();
  const visible = usePageVisible();
  const [, rendered] = useReducer((n: number) => n + 1, 0);
  const on = enabled && visible;
  useEffect(() => (on ? join(engine, rendered) : undefined), [engine, on]);
  return on ? (feeds.get(engine)?.history ?? null) : null;
}
