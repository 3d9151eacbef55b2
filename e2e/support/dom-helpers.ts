import { screen } from '@testing-library/react';
import { TRPCClientError } from '@trpc/client';
import type { ErrorData } from '../../shared/errors';

/** A refusal as main sends it: a tRPC error carrying Berth's error data. */
export const refusal = (berth: ErrorData) => Object.assign(new TRPCClientError('refused'), { data: { berth } });

export const field = (name: string) => screen.getByLabelText(name);

/** The field's error, as a screen reader hears it with the field (aria-describedby). */
export const errorOf = (name: string): string | null => {
  const ids = field(name).getAttribute('aria-describedby')?.split(' ') ?? [];
  return ids.map((id) => document.getElementById(id)).find((el) => el?.classList.contains('field-error'))?.textContent ?? null;
};
