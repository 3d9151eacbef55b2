import { useSyncExternalStore } from 'react';

/** Relative times count in seconds for the first minute, then minutes: a tick every 10 s is enough. */
const TICK_MS = 10_000;

/** One clock for the whole page: it ticks only while something shows a relative time. */
const listeners = new Set<() => void>();
let now = Date.now();
let timer: ReturnType<typeof setInterval> | undefined;

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  if (!timer) {
    now = Date.now(); // a clock that has not ticked for a while is stale: React re-reads it after subscribing
    timer = setInterval(() => {
      now = Date.now();
      listeners.forEach((l) => l());
    }, TICK_MS);
  }
  return () => {
    listeners.delete(listener);
    if (!listeners.size) {
      clearInterval(timer);
      timer = undefined;
    }
  };
}

/** The time, moved on every 10 s: only the components that call this re-render then, not their parents. */
export const useNow = (): number => useSyncExternalStore(subscribe, () => now);
