import { ListChecks } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import { useJobs } from './jobs-store';

/** The sidebar's way to the Jobs panel, with how many run now. */
export function JobsButton({ open, onToggle }: { open: boolean; onToggle(): void }) {
  const { t } = useTranslation();
  const running = useJobs((s) => s.jobs.filter((j) => j.phase === 'running').length);
  return (
    <button type="button" className="jobs-button" aria-expanded={open} aria-controls="jobs-panel" onClick={onToggle}>
      <ListChecks aria-hidden="true" /> {t('jobs.title')}{running > 0 && <span className="count"> {t('jobs.running', { count: running })}</span>}
    </button>
  );
}
