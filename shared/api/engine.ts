import type { EngineStatus } from '../engine';
import { mutation, returns, subscription, type ServiceOf } from './define';

/** The engine connection: its live status, and "Retry now". */
export const engineApi = {
  status: subscription(null, returns<EngineStatus>()),
  retryNow: mutation(null, returns<void>()),
};
export type EngineService = ServiceOf<typeof engineApi>;
