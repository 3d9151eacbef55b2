import type { DiskUsage, EngineFacts, EventRecord } from '../system';
import { query, returns, subscription, type ServiceOf } from './define';

/** The engine as a whole: disk usage (`docker system df -v`), its facts (`info`, `version`) and the live event stream. */
export const systemApi = {
  diskUsage: query(null, returns<DiskUsage>()),
  /** `docker info` and `docker version`, in sections. */
  facts: query(null, returns<EngineFacts>()),
  /** Every engine event from now on, in batches (about 10 a second at most). */
  events: subscription(null, returns<EventRecord[]>()),
};
export type SystemService = ServiceOf<typeof systemApi>;
