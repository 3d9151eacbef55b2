import { TRPCClientError } from '@trpc/client';
import type { TFunction } from 'i18next';
import type { ErrorData, Message } from '../../shared/errors';

export function errorData(err: unknown): ErrorData {
  if (err instanceof TRPCClientError) {
    const berth = (err.data as { berth?: ErrorData } | undefined)?.berth;
    if (berth) return berth;
  }
  return { code: 'ENGINE_ERROR', detail: err instanceof Error ? err.message : String(err) };
}

/** A message in the user's language; each further problem of the field (`more`) on its own line. */
export const translate = (t: TFunction, message: Message): string =>
  [message, ...(message.more ?? [])].map((m) => t(m.key, m.params ?? {})).join('\n');

/** One line for a failure: Berth's explanation (or the code's meaning), then the engine's or the OS's own words. */
export function describeError(t: TFunction, data: Pick<ErrorData, 'code' | 'detail' | 'message'>): string {
  const meaning = data.message ? translate(t, data.message) : t(`errors.${data.code}`);
  return data.detail && data.detail !== data.code ? `${meaning} ${data.detail}` : meaning;
}
