import { fail, ok, parseLines, type ParseResult } from './parse-result';

const KEY = /^[A-Za-z_][A-Za-z0-9_.-]*$/;

/** `-e KEY=value`; the value may be empty or contain `=`. A bare KEY is refused: the host env is not ours to pass. */
export function parseEnvLine(line: string): ParseResult<string> {
  const eq = line.indexOf('=');
  if (eq < 0) return fail('validation.env.missingEquals', { value: line });
  const key = line.slice(0, eq).trim();
  if (!KEY.test(key)) return fail('validation.env.key', { value: key });
  return ok(`${key}=${line.slice(eq + 1)}`);
}

export const parseEnvLines = (text: string): ParseResult<string[]> => parseLines(text, parseEnvLine);
