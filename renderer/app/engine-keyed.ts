import { create } from 'zustand';
import { useEngineId } from './route-store';

/**
 * State kept per engine (its status, its lists): every engine followed keeps its own, so switching back shows it at
 * once and nothing of one engine shows under another's name.
 */
export function engineKeyed<T>(empty: T) {
  const store = create<{ engines: Record<string, T> }>(() => ({ engines: {} }));
  return {
    store,
    get: (engine: string): T => store.getState().engines[engine] ?? empty,
    /** Replaces an engine's state with what `change` makes of it. */
    update: (engine: string, change: (value: T) => T): void =>
      store.setState((s) => ({ engines: { ...s.engines, [engine]: change(s.engines[engine] ?? empty) } })),
    empty,
  };
}

/** The part of the page's engine's state that `select` picks (a hook). */
export function useEngineKeyed<T, U>(keyed: ReturnType<typeof engineKeyed<T>>, select: (value: T) => U): U {
  const engine = useEngineId();
  return keyed.store((s) => select(s.engines[engine] ?? keyed.empty));
}

/** Runs `start` once per engine (a subscription kept for the page's life); `retry` lets it run again after a failure. */
export function oncePerEngine(start: (engine: string, retry: () => void) => void): (engine: string) => void {
  const started = new Set<string>();
  return (engine) => {
    if (started.has(engine)) return;
    started.add(engine);
    start(engine, () => started.delete(engine));
  };
}
