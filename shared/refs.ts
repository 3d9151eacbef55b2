import { z } from 'zod';
import { parseImageReference } from './parse/parse-image-reference';

/**
 * The ids and names that main puts into an engine path (`/containers/{id}/…`, `/images/{name}/…`). Each is one
 * strict grammar, so `..`, `?`, `#`, `%`, `/` where it does not belong, spaces and other Unicode never reach a URL:
 * the engine answers a path with `..` with a redirect, and a `?` would start its query string.
 */

/** A container id (or a unique prefix of one) or name, as the engine's own name rule allows. */
export const ContainerKey = z.string().regex(/^[a-zA-Z0-9][a-zA-Z0-9_.-]{0,127}$/, { message: 'validation.container.reference' });

const IMAGE_ID = /^(?:sha256:)?[0-9a-f]{1,64}$/;

/** An image id (full, `sha256:`-prefixed, or a prefix) or a reference (`[host[:port]/]path[:tag][@digest]`). */
export const isImageKey = (value: string): boolean => IMAGE_ID.test(value) || (value === value.trim() && parseImageReference(value).ok);
export const ImageKey = z.string().min(1).max(512).refine(isImageKey, { message: 'validation.image.reference' });

const utf8 = new TextEncoder();
/** The most bytes one file or folder name may take on the file systems Berth writes to. */
const NAME_MAX = 255;

/**
 * A path on the machine running Berth, as the user typed it. Node refuses a NUL byte, and the OS a name over 255 bytes,
 * in their own English ("without null bytes", ENAMETOOLONG); here each is a field error in the user's language.
 */
export const FilePath = z.string()
  .max(4096, { message: 'validation.path.tooLong' })
  .refine((p) => !p.includes('\0'), { message: 'validation.path.nullByte' })
  .refine((p) => p.split(/[\\/]/).every((name) => utf8.encode(name).length <= NAME_MAX), { message: 'validation.path.nameTooLong' });
