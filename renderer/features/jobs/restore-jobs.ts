import type { TFunction } from 'i18next';
import { api } from '../../app/api-client';
import { restoreRuns } from '../compose/compose-runs';
import { restoredSpec } from './job-kinds';
import { startJob } from './jobs-store';

/**
 * A page that comes back (a reload, a second window) finds the jobs main is running or ran: each shown again from its
 * first event, the running ones followed on and cancellable. Compose runs go back to their projects' pages.
 */
export async function restoreJobs(t: TFunction): Promise<void> {
  const records = (await api.jobs.list.query()).sort((a, b) => a.started - b.started);
  restoreRuns(records);
  for (const record of records) {
    if (record.kind === 'compose.run') continue;
    startJob(restoredSpec(record, t), { mainId: record.id, started: record.started, ended: record.state !== 'running', events: record.events });
  }
}
