import { lazy, type ComponentType } from 'react';

/**
 * A component loaded on first use, so the first paint of the containers list does not wait for code it does not show
 * (charts, the run form's parsers). The chunk is fetched once the page has settled, so the first visit is instant too.
 */
const PREFETCH_AFTER_MS = 2_000;
/**
 * Waits before each further try of a chunk that failed to load. Chromium aborts every request in flight when the
 * machine's network changes (ERR_NETWORK_CHANGED), and on a Docker host that is each container start (a new veth);
 * it fetches a failed module again on the next import.
 */
const RETRY_AFTER_MS = [250, 1_000, 3_000];

const pause = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/** `load`, tried again after each failure, as RETRY_AFTER_MS says. */
export async function withRetries<T>(load: () => Promise<T>, delays: readonly number[] = RETRY_AFTER_MS): Promise<T> {
  for (const delay of delays) {
    try {
      return await load();
    } catch {
      await pause(delay);
    }
  }
  return load();
}

/** A lazily loaded component that can also be asked for ahead of its first render. */
export type LazyComponent<P extends object> = ComponentType<P> & { preload(): void };

export function lazyComponent<P extends object>(load: () => Promise<ComponentType<P>>): LazyComponent<P> {
  let loading: Promise<{ default: ComponentType<P> }> | undefined;
  const once = () => (loading ??= withRetries(load).then((component) => ({ default: component }), (err: unknown) => {
    loading = undefined; // the next render asks again
    throw err;
  }));
  // Not at the first idle moment: that is while the list snapshot is in flight, and parsing would delay it.
  window.addEventListener('load', () => setTimeout(() => requestIdleCallback(() => void once().catch(() => undefined)), PREFETCH_AFTER_MS), { once: true });
  return Object.assign(lazy(once), { preload: () => void once().catch(() => undefined) });
}
