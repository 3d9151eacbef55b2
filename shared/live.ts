import { z } from 'zod';

/** A live list crosses as a snapshot first, then coalesced changes. */
export type LiveUpdate<T> = { kind: 'snapshot'; items: T[] } | { kind: 'delta'; upsert: T[]; remove: string[] };

export const liveUpdate = <T extends z.ZodType>(item: T) => z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('snapshot'), items: z.array(item) }),
  z.object({ kind: z.literal('delta'), upsert: z.array(item), remove: z.array(z.string()) }),
]);

/** A copy of a live list, by id, after one update: what every reader of a live list keeps (the page, the tray). */
export function applyUpdate<T extends { id: string }>(byId: Record<string, T>, update: LiveUpdate<T>): Record<string, T> {
  if (update.kind === 'snapshot') return Object.fromEntries(update.items.map((item) => [item.id, item]));
  const next = { ...byId };
  for (const id of update.remove) delete next[id];
  for (const item of update.upsert) next[item.id] = item;
  return next;
}
