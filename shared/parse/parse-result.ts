import type { Message } from '../errors';

export type ParseResult<T> = { ok: true; value: T } | { ok: false; error: Message };

export const ok = <T>(value: T): ParseResult<T> => ({ ok: true, value });
export const fail = (key: string, params?: Message['params']): ParseResult<never> => ({ ok: false, error: { key, params } });

/** At most this many bad lines are named; a field with more is not one the user typed line by line. */
const MAX_BAD_LINES = 20;

/** Parses one entry per non-empty line; every bad line is named with its number (the first, then `more`). */
export function parseLines<T>(text: string, parseLine: (line: string) => ParseResult<T>): ParseResult<T[]> {
  const values: T[] = [];
  const bad: Message[] = [];
  const lines = text.split(/\r?\n/);
  for (const [index, raw] of lines.entries()) {
    const line = raw.trim();
    if (!line) continue;
    const result = parseLine(line);
    if (result.ok) values.push(result.value);
    else if (bad.length < MAX_BAD_LINES) bad.push({ key: result.error.key, params: { ...result.error.params, line: index + 1 } });
  }
  if (!bad.length) return ok(values);
  const [first, ...more] = bad;
  return { ok: false, error: more.length ? { ...first!, more } : first! };
}
