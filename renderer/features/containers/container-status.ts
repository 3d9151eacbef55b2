import type { TFunction } from 'i18next';
import type { ContainerSummary } from '../../../shared/containers';
import { formatDuration } from '../../ui/format';

/**
 * The status column ("Up 3 minutes", "Exited (5) 2 hours ago") from the state and when it began, in the UI's language.
 * Derived here rather than sent: the engine's text changes every minute, and main would re-send every running row.
 */
export function containerStatus(t: TFunction, c: Pick<ContainerSummary, 'state' | 'since' | 'exitCode'>, now = Date.now()): string {
  const duration = () => formatDuration(t, Math.max(0, now - c.since));
  switch (c.state) {
    case 'running': return t('containers.status.up', { duration: duration() });
    case 'paused': return t('containers.status.paused', { duration: duration() });
    case 'exited': return t('containers.status.exited', { code: c.exitCode ?? 0, duration: duration() });
    case 'restarting': return t('containers.status.restarting', { code: c.exitCode ?? 0, duration: duration() });
    default: return t(`containers.status.${c.state}`);
  }
}
