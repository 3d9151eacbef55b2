import { constants } from 'node:fs';
import { type FileHandle, open } from 'node:fs/promises';
import { BerthError, type Message } from '../../../shared/errors';
import { toBerthError } from '../engine/engine-errors';

/**
 * Every file main reads because a caller named it goes through here: a regular file only (a device such as /dev/zero
 * never ends, a FIFO blocks until a writer comes), opened without blocking, and never more than a cap. `readFileSync`
 * of `/dev/zero` as a CA took main to 2.9 GiB with its event loop stopped.
 */

/** Caps by kind: what such a file plausibly holds, with room to spare. */
export const CAPS = {
  /** PEM keys, certificates and CA bundles (a system CA bundle is ~220 kB). */
  pem: 1 << 20,
  /** env files, known_hosts, JSON settings. */
  text: 4 << 20,
  /** compose files Berth opens, validates or saves. */
  compose: 1 << 20,
} as const;

export interface ReadOptions {
  maxBytes: number;
  /** The form field the path was typed in: a refusal is shown there. */
  field?: string;
}

const problem = (message: Message, file: string, field?: string): BerthError =>
  new BerthError({ code: 'FILE_ERROR', message, detail: file, ...(field ? { fields: { [field]: message } } : {}) });

/**
 * Opens a regular file for reading without ever blocking: O_NONBLOCK keeps a FIFO's open from waiting for a writer
 * (it would hold a thread of libuv's pool until one came), and anything but a regular file is refused.
 */
export async function openRegularFile(file: string, field?: string): Promise<{ handle: FileHandle; size: number }> {
  let handle: FileHandle;
  try {
    handle = await open(file, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
  } catch (err) {
    const missing = (err as NodeJS.ErrnoException).code === 'ENOENT';
    throw toBerthError(err, field ? { [field]: { key: missing ? 'validation.file.missing' : 'validation.file.unreadable', params: { value: file } } } : undefined);
  }
  const facts = await handle.stat();
  if (!facts.isFile()) {
    await handle.close();
    throw problem({ key: facts.isDirectory() ? 'validation.file.isFolder' : 'validation.file.notRegular', params: { value: file } }, file, field);
  }
  return { handle, size: facts.size };
}

/** A regular file's bytes, at most `maxBytes` (one that grows past the cap while it is read is refused too). */
export async function readBoundedFile(file: string, { maxBytes, field }: ReadOptions): Promise<Buffer> {
  const { handle, size } = await openRegularFile(file, field);
  const tooLarge = () => problem({ key: 'validation.file.tooLarge', params: { value: file, max: maxBytes } }, file, field);
  try {
    if (size > maxBytes) throw tooLarge();
    const chunks: Buffer[] = [];
    let total = 0;
    while (total <= maxBytes) {
      // The size stat gave, and one byte more to see the end (or growth).
      const chunk = Buffer.allocUnsafe(Math.min(Math.max(size - total, 0) + 1, maxBytes + 1 - total));
      const { bytesRead } = await handle.read(chunk, 0, chunk.length, total);
      if (!bytesRead) return Buffer.concat(chunks, total);
      chunks.push(chunk.subarray(0, bytesRead));
      total += bytesRead;
    }
    throw tooLarge();
  } finally {
    await handle.close();
  }
}

export const readBoundedText = async (file: string, options: ReadOptions): Promise<string> => (await readBoundedFile(file, options)).toString('utf8');

/** The same, where a missing file means "nothing" (known_hosts, an optional settings file). */
export async function readOptionalText(file: string, options: ReadOptions): Promise<string> {
  try {
    return await readBoundedText(file, options);
  } catch (err) {
    if (err instanceof BerthError && err.data.code === 'FILE_ERROR' && err.data.message?.key === 'errors.file.ENOENT') return '';
    throw err;
  }
}
