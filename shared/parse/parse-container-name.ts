import { fail, ok, type ParseResult } from './parse-result';

const NAME = /^\/?[a-zA-Z0-9][a-zA-Z0-9_.-]+$/;

/** The engine's own rule for container names; empty means "let the engine choose". */
export function parseContainerName(text: string): ParseResult<string> {
  const name = text.trim();
  if (!name) return ok('');
  if (!NAME.test(name)) return fail('validation.name.format', { value: name });
  return ok(name.replace(/^\//, ''));
}
