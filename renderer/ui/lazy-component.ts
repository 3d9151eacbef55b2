import { lazy, type ComponentType } from 'react';

/**
 * Components loaded on first use, so the first paint of the containers list does not wait for code it does not show
 * (charts, the run form's parsers, CodeMirror).
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

/** A component whose chunk is fetched when it first renders (or is preloaded), tried again as withRetries says. */
export function lazyOnUse<P extends object>(load: () => Promise<ComponentType<P>>): LazyComponent<P> {
  let loading: Promise<{ default: ComponentType<P> }> | undefined;
  const once = () => (loading ??= withRetries(load).then((component) => ({ default: component }), (err: unknown) => {
    loading = undefined; // the next render asks again
    throw err;
  }));
  return Object.assign(lazy(once), { preload: () => void once().catch(() => undefined) });
}

/** lazyOnUse, and fetched anyway once the page has settled, so the first use is instant too. */
export function lazyComponent<P extends object>(load: () => Promise<ComponentType<P>>): LazyComponent<P> {
  const component = lazyOnUse(load);
  // Not at the first idle moment: that is while the list snapshot is in flight, and parsing would delay it.
  window.addEventListener('load', () => setTimeout(() => requestIdleCallback(component.preload), PREFETCH_AFTER_MS), { once: true });
  return component;
}
