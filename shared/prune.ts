import { z } from 'zod';
import type { Message } from './errors';

/**
 * Every prune (containers, networks, volumes, images, build cache, or all of them as `docker system prune`) is one
 * mechanism: a plan computed the engine's way and shown, then exactly the planned items removed, in the engine's order.
 * What became used between the two is kept and said.
 */
export const PRUNE_KINDS = ['containers', 'networks', 'volumes', 'images', 'buildCache'] as const;
export type PruneKind = (typeof PRUNE_KINDS)[number];

/** What to plan: `images` as `image prune` (dangling) or `image prune -a` (all unused). */
export const PruneOptions = z.object({
  containers: z.boolean(), networks: z.boolean(), volumes: z.boolean(), images: z.enum(['none', 'dangling', 'all']), buildCache: z.boolean(),
});
export type PruneOptions = z.infer<typeof PruneOptions>;
export const NOTHING: PruneOptions = { containers: false, networks: false, volumes: false, images: 'none', buildCache: false };

export interface PruneItem { kind: PruneKind; id: string; name: string; size: number }
export interface PrunePlan {
  items: PruneItem[];
  /** Bytes freed if every item goes (images: the layers no remaining image shares). */
  reclaimable: number;
}

/** Ids and names as the engine gives them: nothing that could reach past its path segment in a URL. */
const PruneId = z.string().regex(/^[a-zA-Z0-9][a-zA-Z0-9_.:-]{0,254}$/);
/** A plan's items as shown (their sizes are the plan's, for the outcome's sums). */
export const PruneTargets = z.object({
  items: z.array(z.object({ kind: z.enum(PRUNE_KINDS), id: PruneId, name: z.string().max(512), size: z.number().min(0) })).max(20_000),
});
export type PruneTargets = z.infer<typeof PruneTargets>;

export interface PruneKept { kind: PruneKind; id: string; name: string; reason: Message }
export interface PruneOutcome { removed: PruneItem[]; kept: PruneKept[]; reclaimed: number }

/** The plan's items of each kind, in the order the engine's `system prune` goes. */
export function byKind<T extends { kind: PruneKind }>(items: T[]): [PruneKind, T[]][] {
  return PRUNE_KINDS.map((kind) => [kind, items.filter((i) => i.kind === kind)] as [PruneKind, T[]]).filter(([, of]) => of.length > 0);
}
