import type { TFunction } from 'i18next';
import type { RecentEvent } from '../../../shared/events';
import { formatAgo } from '../../ui/format';

const TYPES = new Set(['container', 'image', 'network', 'volume', 'plugin', 'service', 'node', 'secret', 'config', 'daemon']);
const VERBS = new Set([
  'create', 'start', 'restart', 'stop', 'kill', 'die', 'pause', 'unpause', 'destroy', 'rename', 'update', 'oom', 'health_status',
  'pull', 'push', 'tag', 'untag', 'delete', 'import', 'load', 'save', 'connect', 'disconnect', 'remove', 'mount', 'unmount', 'prune', 'reload',
]);

/** "container web started", in the UI's language; a verb Berth has no words for is shown as the engine says it. */
export function describeEvent(t: TFunction, e: RecentEvent): string {
  const what = TYPES.has(e.type) ? t(`dashboard.types.${e.type}`) : e.type;
  const verb = VERBS.has(e.action) ? t(`dashboard.verbs.${e.action}`) : e.action;
  return t('dashboard.event', { what, name: e.name || e.id.slice(0, 12), verb });
}

export const eventAge = (t: TFunction, e: RecentEvent, now: number): string => formatAgo(t, e.time / 1000, now);
