import { useEffect, useState } from 'react';
import type { RecentEvent } from '../../../shared/events';
import { api } from '../../app/api-client';
import { useEngineId } from '../../app/route-store';

const SHOW = 12;

/** The page's engine's latest events, newest first, live while shown. */
export function useRecentEvents(): RecentEvent[] {
  const engine = useEngineId();
  const [shown, setShown] = useState<{ engine: string; events: RecentEvent[] }>({ engine, events: [] });
  useEffect(() => {
    let first = true; // the first batch is the engine's recent past: it replaces another engine's
    const subscription = api.engine.events.subscribe({ engine }, {
      onData: (batch) => {
        const before = first ? [] : null;
        first = false;
        setShown((s) => ({ engine, events: [...batch.slice().reverse(), ...(before ?? s.events)].slice(0, SHOW) }));
      },
    });
    return () => subscription.unsubscribe();
  }, [engine]);
  return shown.engine === engine ? shown.events : [];
}
