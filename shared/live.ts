import { z } from 'zod';

/** A live list crosses as a snapshot first, then coalesced changes. */
export type LiveUpdate<T> = { kind: 'snapshot'; items: T[] } | { kind: 'delta'; upsert: T[]; remove: string[] };

export const liveUpdate = <T extends z.ZodType>(item: T) => z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('snapshot'), items: z.array(item) }),
  z.object({ kind: z.literal('delta'), upsert: z.array(item), remove: z.array(z.string()) }),
]);

