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
