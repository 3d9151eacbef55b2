import { useEffect, useState } from 'react';
import { usePageVisible } from '../../ui/use-page-visible';
import type { StatsSample } from '../../../shared/containers';
import { api } from '../../app/api-client';
import { currentEngine } from '../../app/route-store';

const KEEP = 60;

/** The last minute of `docker stats`, streamed only while the tab is shown and the page visible. */
export function useStatsStream(id: string, enabled: boolean): StatsSample[] {
  const [samples, setSamples] = useState<StatsSample[]>([]);
  const visible = usePageVisible();
  useEffect(() => {
    if (!enabled || !visible) return;
    const subscription = api.containers.stats.subscribe({ engine: currentEngine(), id }, {
      onData: (sample) => setSamples((s) => [...s.slice(-(KEEP - 1)), sample]),
    });
    return () => subscription.unsubscribe();
  }, [id, enabled, visible]);
  return samples;
}
