import { useEffect, useState } from 'react';
import type { StatsSample } from '../../../shared/containers';
import { api } from '../../app/api-client';
import { currentEngine } from '../../app/route-store';

const KEEP = 60;

function usePageVisible(): boolean {
  const [visible, setVisible] = useState(() => document.visibilityState === 'visible');
  useEffect(() => {
    const update = (): void => setVisible(document.visibilityState === 'visible');
    document.addEventListener('visibilitychange', update);
    return () => document.removeEventListener('visibilitychange', update);
  }, []);
  return visible;
}

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
