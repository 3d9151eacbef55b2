import { useEffect } from 'react';
import { api } from '../../app/api-client';
import { useHostFeatures } from '../../app/host-features';
import { overallProgress } from './job-progress';
import { useJobs } from './jobs-store';

/**
 * The desktop app's taskbar (Dock) shows the running jobs' progress: sent when the whole-percent figure changes. A
 * component of its own, drawing nothing: as a hook of the app it re-rendered every screen at each percent of a transfer.
 */
export function TaskbarProgress(): null {
  const desktop = useHostFeatures()?.desktop === true;
  const progress = useJobs((s) => overallProgress(s.jobs));
  useEffect(() => {
    if (desktop) void api.host.jobsProgress.mutate(progress).catch(() => {});
  }, [desktop, progress]);
  return null;
}
