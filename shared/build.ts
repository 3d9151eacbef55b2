import { z } from 'zod';
import { JobFailed, type Message } from './errors';
import { FilePath } from './refs';
import { parseEnvLines } from './parse/parse-env-line';
import { parseImageReference } from './parse/parse-image-reference';
import { parseLines } from './parse/parse-result';

/** `docker build`: a folder on the machine running Berth, the Dockerfile inside it, and the usual flags. */
export const BuildInput = z.object({
  context: FilePath,
  dockerfile: FilePath,
  /** One reference per line. */
  tags: z.string().max(16_384),
  /** KEY=value per line (`--build-arg`). */
  buildArgs: z.string().max(65_536),
  target: z.string().max(128),
  noCache: z.boolean(),
  pull: z.boolean(),
});
export type BuildInput = z.infer<typeof BuildInput>;

export const BuildEvent = z.discriminatedUnion('type', [
  /** Build output, batched. */
  z.object({ type: z.literal('log'), text: z.string() }),
  /** "Step 2/5 : RUN …" as it starts. */
  z.object({ type: z.literal('step'), step: z.number(), total: z.number(), instruction: z.string() }),
  z.object({ type: z.literal('done'), id: z.string(), tags: z.array(z.string()) }),
  /**
   * The engine went away during a step: that step's container is left behind (the engine could not remove it).
   * Once the engine is back it is renamed `name`, so it shows as a leftover everywhere, and can be removed.
   */
  z.object({ type: z.literal('leftover'), container: z.string(), name: z.string() }),
  JobFailed,
]);

/** What a build's leftover container is renamed to once the engine is back. */
export const leftoverName = (container: string): string => `berth-build-leftover-${container.slice(0, 12)}`;
export type BuildEvent = z.infer<typeof BuildEvent>;

const TARGET = /^[a-zA-Z0-9][a-zA-Z0-9_.-]*$/;

/** The form's own checks (the folder and the Dockerfile are checked in main, where the files are). */
export function checkBuildForm(form: BuildInput): { fields: Record<string, Message>; tags: string[]; buildArgs: Record<string, string> } {
  const fields: Record<string, Message> = {};
  if (!form.context.trim()) fields.context = { key: 'validation.build.contextRequired' };
  const tags = parseLines(form.tags, (line) => {
    const parsed = parseImageReference(line);
    return parsed.ok && parsed.value.digest ? { ok: false as const, error: { key: 'validation.build.tagDigest', params: { value: line } } } : parsed;
  });
  if (!tags.ok) fields.tags = tags.error;
  const args = parseEnvLines(form.buildArgs);
  if (!args.ok) fields.buildArgs = args.error;
  if (form.target.trim() && !TARGET.test(form.target.trim())) fields.target = { key: 'validation.build.target', params: { value: form.target } };
  const buildArgs = Object.fromEntries((args.ok ? args.value : []).map((line) => [line.slice(0, line.indexOf('=')), line.slice(line.indexOf('=') + 1)]));
  return { fields, tags: tags.ok ? form.tags.split(/\r?\n/).map((l) => l.trim()).filter(Boolean) : [], buildArgs };
}
