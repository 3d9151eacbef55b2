import { z } from 'zod';
import type { JobRecord } from '../jobs';
import { mutation, query, returns, subscription, type ServiceOf } from './define';

const JobRef = z.object({ id: z.string().regex(/^[a-z0-9-]{1,64}$/, { message: 'validation.invalid' }) });

/** The jobs main runs (every engine's): listed with their events, followed again, cancelled, titled by the page. */
export const jobsApi = {
  list: query(null, returns<JobRecord[]>()),
  /** The job's events from its first, then as they come, until it ends. */
  follow: subscription(JobRef, returns<unknown>()),
  cancel: mutation(JobRef, returns<void>()),
  /** Takes an ended job off the list, for every page. */
  dismiss: mutation(JobRef, returns<void>()),
  describe: mutation(JobRef.extend({ title: z.string().max(300) }), returns<void>()),
};
export type JobsService = ServiceOf<typeof jobsApi>;
