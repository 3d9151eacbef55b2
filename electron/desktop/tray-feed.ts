import type { BerthServices } from '../../shared/api/app';
import type { ContainerSummary } from '../../shared/containers';
import type { EngineEntry, EngineStatus } from '../../shared/engine';
import { applyUpdate } from '../../shared/live-update';

/** What the tray shows, gathered from the same services the page uses. */
export interface TrayFeedState { engines: { entry: EngineEntry; status: EngineStatus }[]; containers: ContainerSummary[] }

/**
 * Follows every engine's state and one engine's containers for the tray, telling `changed` at most once per
 * `throttleMs` (a menu rebuilt per event would cost more than it shows). `follow` moves to another engine.
 */
export function trayFeed(services: BerthServices, changed: (state: TrayFeedState) => void, throttleMs = 1000) {
  const abort = new AbortController();
  const statuses = new Map<string, EngineStatus>();
  let entries: EngineEntry[] = [];
  let containers: Record<string, ContainerSummary> = {};
  let followed: AbortController | null = null;
  let timer: ReturnType<typeof setTimeout> | null = null;
  const tell = () => {
    timer ??= setTimeout(() => {
      timer = null;
      changed({ engines: entries.map((entry) => ({ entry, status: statuses.get(entry.id) ?? { state: 'connecting' } })), containers: Object.values(containers) });
    }, throttleMs);
  };
  const drain = async <T>(stream: AsyncIterable<T>, take: (item: T) => void) => {
    try {
      for await (const item of stream) take(item);
    } catch {
      // the engine's own status says why; the tray shows that
    }
  };
  void Promise.resolve(services.engines.list()).then((list) => {
    entries = list;
    for (const entry of list) void drain(services.scope(entry.id).engine.status(abort.signal), (s) => { statuses.set(entry.id, s); tell(); });
    tell();
  });
  return {
    follow(engine: string): void {
      followed?.abort();
      followed = new AbortController();
      containers = {};
      const signal = AbortSignal.any([abort.signal, followed.signal]);
      void drain(services.scope(engine).containers.watch(signal), (u) => { containers = applyUpdate(containers, u); tell(); });
    },
    stop(): void {
      abort.abort();
      if (timer) clearTimeout(timer);
    },
  };
}
