import { z } from 'zod';
import { ContainerKey, FilePath, ImageKey } from './refs';
import { JobFailed, type Message } from './errors';
import { parseImageReference, type ImageReference } from './parse/parse-image-reference';
import { fail, ok, parseLines, type ParseResult } from './parse/parse-result';

export const SaveImagesInput = z.object({ images: z.array(ImageKey).min(1).max(200), path: FilePath, overwrite: z.boolean() });
export const LoadImagesInput = z.object({ path: FilePath });
export const ExportContainerInput = z.object({ container: ContainerKey, path: FilePath, overwrite: z.boolean() });
/** `docker import file [repo[:tag]] -c …` */
export const ImportImageInput = z.object({ path: FilePath, reference: z.string().max(512), changes: z.string().max(16_384) });
/** `docker commit -a -m -c [--pause] container [repo[:tag]]` */
export const CommitInput = z.object({
  container: ContainerKey, reference: z.string().max(512), author: z.string().max(512), message: z.string().max(16_384),
  changes: z.string().max(16_384), pause: z.boolean(),
});
export type CommitInput = z.infer<typeof CommitInput>;

/** Streamed to or from a file: bytes so far (total when known), then what the engine made of it. */
export const FileJobEvent = z.discriminatedUnion('type', [
  z.object({ type: z.literal('progress'), bytes: z.number(), total: z.number() }),
  z.object({ type: z.literal('done'), results: z.array(z.string()) }),
  JobFailed,
]);
export type FileJobEvent = z.infer<typeof FileJobEvent>;

const CHANGE = /^(CMD|ENTRYPOINT|ENV|EXPOSE|LABEL|ONBUILD|STOPSIGNAL|USER|VOLUME|WORKDIR)\s+\S/i;

/** `--change` lines: the Dockerfile instructions the engine applies to a commit or an import. */
export const parseChanges = (text: string): ParseResult<string[]> =>
  parseLines(text, (line) => (CHANGE.test(line) ? ok(line) : fail('validation.changes.instruction', { value: line })));

/** An optional `repo[:tag]` as commit and import take it (null when empty): no digest. */
function parseOptionalRepoTag(text: string): ParseResult<ImageReference | null> {
  if (!text.trim()) return ok(null);
  const parsed = parseImageReference(text);
  if (!parsed.ok) return parsed;
  return parsed.value.digest ? fail('validation.build.tagDigest', { value: text.trim() }) : ok(parsed.value);
}

/** The reference and changes of a commit or import form, parsed once: field problems, or the values (when none). */
export function parseImageMeta(form: { reference: string; changes: string }): { fields: Record<string, Message>; reference: ImageReference | null; changes: string[] } {
  const fields: Record<string, Message> = {};
  const reference = parseOptionalRepoTag(form.reference);
  if (!reference.ok) fields.reference = reference.error;
  const changes = parseChanges(form.changes);
  if (!changes.ok) fields.changes = changes.error;
  return { fields, reference: reference.ok ? reference.value : null, changes: changes.ok ? changes.value : [] };
}
