import type { Message } from './errors';

/**
 * Every prune (containers, networks, volumes, images, build cache, or all of them as `docker system prune`) is one
 * mechanism: a plan computed the engine's way and shown, then exactly the planned items removed, in the engine's order.
 * What became used between the two is kept and said. (The schemas are in prune.ts: screens import this, without zod.)
 */
export const PRUNE_KINDS = ['containers', 'networks', 'volumes', 'images', 'buildCache'] as const;
export type PruneKind = (typeof PRUNE_KINDS)[number];

/** What to plan: `images` as `image prune` (dangling) or `image prune -a` (all unused). */
export interface PruneOptions { containers: boolean; networks: boolean; volumes: boolean; images: 'none' | 'dangling' | 'all'; buildCache: boolean }
export const NOTHING: PruneOptions = { containers: false, networks: false, volumes: false, images: 'none', buildCache: false };

export interface PruneItem { kind: PruneKind; id: string; name: string; size: number }
export interface PrunePlan {
  items: PruneItem[];
  /** Bytes freed if every item goes (images: the layers no remaining image shares). */
  reclaimable: number;
}

export interface PruneKept { kind: PruneKind; id: string; name: string; reason: Message }
export interface PruneOutcome { removed: PruneItem[]; kept: PruneKept[]; reclaimed: number }

/** The plan's items of each kind, in the order the engine's `system prune` goes. */
export function byKind<T extends { kind: PruneKind }>(items: T[]): [PruneKind, T[]][] {
  return PRUNE_KINDS.map((kind) => [kind, items.filter((i) => i.kind === kind)] as [PruneKind, T[]]).filter(([, of]) => of.length > 0);
}
