import { lazy, type ComponentType } from 'react';

/**
 * A component loaded on first use, so the first paint of the containers list does not wait for code it does not show
 * (charts, the run form's parsers). The chunk is fetched once the page has settled, so the first visit is instant too.
 */
const PREFETCH_AFTER_MS = 2_000;

export function lazyComponent<P extends object>(load: () => Promise<ComponentType<P>>): ComponentType<P> {
  let loading: Promise<{ default: ComponentType<P> }> | undefined;
  const once = () => (loading ??= load().then((component) => ({ default: component })));
  // Not at the first idle moment: that is while the list snapshot is in flight, and parsing would delay it.
  window.addEventListener('load', () => setTimeout(() => requestIdleCallback(() => void once()), PREFETCH_AFTER_MS), { once: true });
  return lazy(once);
}
