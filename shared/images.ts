import { z } from 'zod';

export const ImageSummary = z.object({
  id: z.string(),
  repoTags: z.array(z.string()),
  created: z.number(),
  size: z.number(),
  containers: z.number(),
});
export type ImageSummary = z.infer<typeof ImageSummary>;
