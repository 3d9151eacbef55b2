import type { EngineStatus } from '../engine';
import type { RecentEvent } from '../events';
import { mutation, returns, subscription, type ServiceOf } from './define';

/** The engine connection: its live status, "Retry now", and what it has been doing. */
export const engineApi = {
  status: subscription(null, returns<EngineStatus>()),
  retryNow: mutation(null, returns<void>()),
  /** The engine's recent events (the last 50 first), then new ones in batches. */
  events: subscription(null, returns<RecentEvent[]>()),
};
export type EngineService = ServiceOf<typeof engineApi>;
