import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { LayerProgress, TransferEvent } from '../../../shared/images';
import { currentEngine } from '../../app/route-store';
import { describeError, errorData } from '../../ui/api-error';
import { transferEvents } from '../jobs/job-kinds';
import { cancelJob, startJob, useJob, type Handlers } from '../jobs/jobs-store';

export type TransferState =
  | { phase: 'idle' }
  | { phase: 'running'; status: string; layers: LayerProgress[] }
  | { phase: 'done'; status: string; layers: LayerProgress[] }
  | { phase: 'failed'; message: string; layers: LayerProgress[] };

type Subscribe = (handlers: Handlers<TransferEvent>) => { unsubscribe(): void };

/**
 * A pull or push as a job: it keeps going when the dialog closes (the Jobs panel shows it); Cancel closes the
 * stream, which stops the engine's transfer. The last layer snapshot stays shown after the end.
 */
export function useTransfer() {
  const { t } = useTranslation();
  const [jobId, setJobId] = useState<number | null>(null);
  const job = useJob<LayerProgress[]>(jobId);
  const layers = job?.detail ?? [];
  const state: TransferState = !job || job.phase === 'cancelled' ? { phase: 'idle' }
    : job.phase === 'running' ? { phase: 'running', status: job.status, layers }
    : job.phase === 'done' ? { phase: 'done', status: job.status, layers }
    : { phase: 'failed', message: job.outcome, layers };
  const start = (title: string, subscribe: Subscribe): void => setJobId(startJob<TransferEvent, LayerProgress[]>({
    title, engine: currentEngine(), subscribe,
    describe: (err) => describeError(t, errorData(err)),
    onEvent: transferEvents(t),
  }));
  const cancel = (): void => {
    if (jobId !== null) cancelJob(jobId, t('jobs.cancelled'));
    setJobId(null);
  };
  return { state, start, cancel, running: state.phase === 'running' };
}
