import { z } from 'zod';
import { PRUNE_KINDS, type PruneOptions as Options } from './prune-kinds';

export const PruneOptions: z.ZodType<Options> = z.object({
  containers: z.boolean(), networks: z.boolean(), volumes: z.boolean(), images: z.enum(['none', 'dangling', 'all']), buildCache: z.boolean(),
});

/** Ids and names as the engine gives them: nothing that could reach past its path segment in a URL. */
const PruneId = z.string().regex(/^[a-zA-Z0-9][a-zA-Z0-9_.:-]{0,254}$/);
/** A plan's items as shown (their sizes are the plan's, for the outcome's sums). */
export const PruneTargets = z.object({
  items: z.array(z.object({ kind: z.enum(PRUNE_KINDS), id: PruneId, name: z.string().max(512), size: z.number().min(0) })).max(20_000),
});
export type PruneTargets = z.infer<typeof PruneTargets>;
