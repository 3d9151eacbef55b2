import type { Message } from '../errors';

export type ParseResult<T> = { ok: true; value: T } | { ok: false; error: Message };

export const ok = <T>(value: T): ParseResult<T> => ({ ok: true, value });
export const fail = (key: string, params?: Message['params']): ParseResult<never> => ({ ok: false, error: { key, params } });

/** Parses one entry per non-empty line; the first bad line names its number. */
export function parseLines<T>(text: string, parseLine: (line: string) => ParseResult<T>): ParseResult<T[]> {
  const values: T[] = [];
  const lines = text.split(/\r?\n/);
  for (const [index, raw] of lines.entries()) {
    const line = raw.trim();
    if (!line) continue;
    const result = parseLine(line);
    if (!result.ok) return fail(result.error.key, { ...result.error.params, line: index + 1 });
    values.push(result.value);
  }
  return ok(values);
}
