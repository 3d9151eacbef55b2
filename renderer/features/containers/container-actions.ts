import type { TFunction } from 'i18next';
import { create } from 'zustand';
import type { ContainerAction, ContainerSummary } from '../../../shared/containers';
import { api } from '../../app/api-client';
import { describeError, errorData } from '../../ui/api-error';
import { notify } from '../../ui/notices-store';
import { currentEngine } from '../../app/route-store';

/** Containers (of one engine) waiting for the user to confirm their removal. */
export const usePendingRemoval = create<{ containers: ContainerSummary[]; engine: string }>(() => ({ containers: [], engine: '' }));

/** Runs an action on containers of one engine (the page's, unless named); removal asks first. Failures are reported per container. */
export async function requestAction(t: TFunction, action: ContainerAction, containers: ContainerSummary[], engine = currentEngine()): Promise<void> {
  if (containers.length === 0) return;
  if (action === 'remove') {
    usePendingRemoval.setState({ containers, engine });
    return;
  }
  await performAction(t, action, containers, engine);
}

export async function performAction(t: TFunction, action: ContainerAction, containers: ContainerSummary[], engine: string): Promise<void> {
  const names = new Map(containers.map((c) => [c.id, c.name]));
  try {
    const outcomes = await api.containers.act.mutate({ engine, action, ids: containers.map((c) => c.id) });
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
    case 'running': return ['stop', 'restart', 'pause', 'remove'];
    case 'paused': return ['unpause', 'stop', 'remove'];
    case 'restarting': return ['stop', 'kill', 'remove'];
    default: return ['start', 'remove'];
  }
}
