import type { TFunction } from 'i18next';
import { create } from 'zustand';
import type { ContainerAction, ContainerSummary, KILL_SIGNALS } from '../../../shared/containers';

export type KillSignal = (typeof KILL_SIGNALS)[number];
import { api } from '../../app/api-client';
import { describeError, errorData } from '../../ui/api-error';
import { notify } from '../../ui/notices-store';
import { currentEngine } from '../../app/route-store';

/** Containers (of one engine) waiting for the user to confirm their removal, or to choose the signal that kills them. */
export const usePendingAction = create<{ action: 'remove' | 'kill' | null; containers: ContainerSummary[]; engine: string }>(() => ({ action: null, containers: [], engine: '' }));
export const closePendingAction = (): void => usePendingAction.setState({ action: null, containers: [], engine: '' });

/** Runs an action on containers of one engine (the page's, unless named); removal asks first. Failures are reported per container. */
export async function requestAction(t: TFunction, action: ContainerAction, containers: ContainerSummary[], engine = currentEngine()): Promise<void> {
  if (containers.length === 0) return;
  if (action === 'remove' || action === 'kill') {
    usePendingAction.setState({ action, containers, engine });
    return;
  }
  await performAction(t, action, containers, engine);
}

export async function performAction(t: TFunction, action: ContainerAction, containers: ContainerSummary[], engine: string, signal?: KillSignal): Promise<void> {
  const names = new Map(containers.map((c) => [c.id, c.name]));
  try {
    const outcomes = await api.containers.act.mutate({ engine, action, ids: containers.map((c) => c.id), signal });
    const failed = outcomes.filter((o) => !o.ok);
    for (const o of failed) {
      notify('error', t('containers.failed', { name: names.get(o.id) ?? o.id, message: describeError(t, o.error!) }));
    }
    const done = outcomes.length - failed.length;
    if (done > 0) notify('info', t('containers.done', { action: t(`actions.${action}`), count: done }));
  } catch (err) {
    notify('error', describeError(t, errorData(err)));
  }
}

/** The actions that make sense for a container in its state (the row's buttons). */
export function availableActions(c: Pick<ContainerSummary, 'state'>): ContainerAction[] {
  switch (c.state) {
    case 'running': return ['stop', 'restart', 'kill', 'pause', 'remove'];
    case 'paused': return ['unpause', 'stop', 'kill', 'remove'];
    case 'restarting': return ['stop', 'kill', 'remove'];
    default: return ['start', 'remove'];
  }
}
