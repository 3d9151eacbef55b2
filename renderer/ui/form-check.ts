import type { Message } from '../../shared/errors';
import { parsePairs } from '../../shared/pairs';

export type FieldErrors<F extends string> = Partial<Record<F, Message>>;

/** What this needs of a contract schema (the renderer does not import zod itself). */
interface Schema<T> {
  safeParse(value: unknown): { success: true; data: T } | { success: false; error: { issues: { path: PropertyKey[]; message: string }[] } };
}

/** A form checked by its contract's schema: the input, or each field's first problem (keys from the schema's messages). */
export function checkForm<T, F extends string>(schema: Schema<T>, values: unknown, found: FieldErrors<F> = {}): { errors: FieldErrors<F>; input: T | null } {
  const parsed = schema.safeParse(values);
  const errors = { ...found };
  if (!parsed.success) {
    for (const issue of parsed.error.issues) errors[issue.path[0] as F] ??= { key: issue.message.startsWith('validation.') ? issue.message : 'validation.invalid' };
  }
  return { errors, input: parsed.success && !Object.keys(errors).length ? parsed.data : null };
}

/** "key=value" lines of a field as a record; a bad line becomes that field's problem. */
export function pairsOf<F extends string>(field: F, text: string, errors: FieldErrors<F>): Record<string, string> {
  const { pairs, badLine } = parsePairs(text);
  if (badLine !== null) errors[field] = { key: 'validation.pairs.badLine', params: { line: badLine } };
  return pairs;
}
