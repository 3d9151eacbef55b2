import { z } from 'zod';
import { ErrorData, JobFailed } from './errors';
import { ImageKey } from './refs';

export const ImageSummary = z.object({
  id: z.string(),
  repoTags: z.array(z.string()),
  created: z.number(),
  size: z.number(),
  containers: z.number(),
});
export type ImageSummary = z.infer<typeof ImageSummary>;

export const PullInput = z.object({ reference: ImageKey });
/** Adds `target` (a full reference) to the image `source` (an id or a reference). */
export const TagInput = z.object({ source: ImageKey, target: z.string().min(1).max(512) });

/** One layer's progress as the engine reports it (`Downloading`, `Extracting`, `Pull complete`, …). */
export const LayerProgress = z.object({ id: z.string(), status: z.string(), current: z.number(), total: z.number() });
export type LayerProgress = z.infer<typeof LayerProgress>;

/** A pull or push, streamed: coalesced snapshots of every layer (a few per second at most), then the outcome. */
export const TransferEvent = z.discriminatedUnion('type', [
  z.object({ type: z.literal('progress'), status: z.string(), layers: z.array(LayerProgress) }),
  z.object({ type: z.literal('done'), status: z.string() }),
  JobFailed,
]);
export type TransferEvent = z.infer<typeof TransferEvent>;

export const RemoveImagesInput = z.object({ ids: z.array(ImageKey).min(1).max(500), force: z.boolean() });

/** Per image: removed, or why not; a conflict names the containers that use the image. */
export const RemoveImageOutcome = z.object({
  id: z.string(),
  ok: z.boolean(),
  error: ErrorData.optional(),
  /** Refused: the containers in the way. Untagged only: the containers that keep using the image. */
  usedBy: z.array(z.string()).optional(),
  /** Only the tag went: the image stays (other tags, or containers, hold it). */
  untaggedOnly: z.boolean().optional(),
});
export type RemoveImageOutcome = z.infer<typeof RemoveImageOutcome>;

/** `docker image prune`: only dangling images (untagged), or every image no container uses (`-a`). */
export const ImageRef = z.object({ id: ImageKey });

/** One step of `docker history`: what made it, and the layer size (0 for steps that only change the config). */
export const HistoryStep = z.object({ id: z.string(), created: z.number(), createdBy: z.string(), size: z.number(), comment: z.string(), empty: z.boolean() });
export type HistoryStep = z.infer<typeof HistoryStep>;

export const ImageDetails = z.object({
  id: z.string(),
  repoTags: z.array(z.string()),
  repoDigests: z.array(z.string()),
  size: z.number(),
  created: z.string(),
  architecture: z.string(),
  os: z.string(),
  author: z.string(),
  entrypoint: z.array(z.string()),
  cmd: z.array(z.string()),
  env: z.array(z.string()),
  exposedPorts: z.array(z.string()),
  workingDir: z.string(),
  user: z.string(),
  usedBy: z.array(z.object({ id: z.string(), name: z.string(), state: z.string() })),
  history: z.array(HistoryStep),
  raw: z.record(z.string(), z.unknown()),
});
export type ImageDetails = z.infer<typeof ImageDetails>;

/**
 * What a failed pull or push most likely means, from the engine's words (which differ between engine versions and
 * registries): an i18n key for a hint shown above the engine's own message.
 */
export function transferHint(message: string): string | undefined {
  if (/manifest unknown|not found|does not exist|repository name not known/i.test(message)) return 'images.transfer.hints.notFound';
  if (/unauthorized|authentication required|no basic auth credentials|denied|forbidden/i.test(message)) return 'images.transfer.hints.unauthorized';
  if (/timeout|timed out|deadline exceeded/i.test(message)) return 'images.transfer.hints.timeout';
  if (/x509|certificate|tls|http response to https client/i.test(message)) return 'images.transfer.hints.tls';
  if (/connection refused|no such host|network is unreachable/i.test(message)) return 'images.transfer.hints.unreachable';
  return undefined;
}
