import type { LiveUpdate } from './live';

// Apart from the schemas in live.ts: the page's first chunk applies updates, and must not pull zod in with them.
/** A copy of a live list, by id, after one update: what every reader of a live list keeps (the page, the tray). */
export function applyUpdate<T extends { id: string }>(byId: Record<string, T>, update: LiveUpdate<T>): Record<string, T> {
  if (update.kind === 'snapshot') return Object.fromEntries(update.items.map((item) => [item.id, item]));
  const next = { ...byId };
  for (const id of update.remove) delete next[id];
  for (const item of update.upsert) next[item.id] = item;
  return next;
}
