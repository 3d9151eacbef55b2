import { currentEngine } from '../../app/route-store';

/**
 * "Clear" hides lines up to a time, per container, and is remembered across reloads (client-side only); per engine,
 * as everything the user saves about an engine's objects.
 */
const key = (id: string) => `berth.logs.cleared.${currentEngine()}.${id}`;

export const clearedAt = (id: string): string | undefined => localStorage.getItem(key(id)) ?? undefined;

export function rememberCleared(id: string, ts: string | undefined): void {
  if (ts) localStorage.setItem(key(id), ts);
  else localStorage.removeItem(key(id));
}
