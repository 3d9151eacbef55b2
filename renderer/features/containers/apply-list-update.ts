import type { ContainerListUpdate, ContainerSummary } from '../../../shared/containers';

/** The renderer's copy of the list after one update from main. */
export function applyUpdate(byId: Record<string, ContainerSummary>, update: ContainerListUpdate): Record<string, ContainerSummary> {
  if (update.kind === 'snapshot') return Object.fromEntries(update.items.map((c) => [c.id, c]));
  const next = { ...byId };
  for (const id of update.remove) delete next[id];
  for (const c of update.upsert) next[c.id] = c;
  return next;
}
