import type { JobsProgress } from '../../../shared/host';
import type { Job } from './jobs-store';

/** All running jobs as one bar: the part done of what is known, indeterminate while a running job cannot tell, none when none runs. */
export function overallProgress(jobs: Job[]): JobsProgress {
  const running = jobs.filter((j) => j.phase === 'running');
  if (!running.length) return null;
  if (running.some((j) => !j.progress || j.progress.max <= 0)) return 'indeterminate';
  const done = running.reduce((sum, j) => sum + j.progress!.value / j.progress!.max, 0);
  return Math.round((100 * done) / running.length) / 100;
}
