import './jobs.css';
import { RotateCcw, Square, X } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import { formatAgo } from '../../ui/format';
import { IconButton } from '../../ui/IconButton';
import { useNow } from '../../ui/use-now';
import { cancelJob, forget, retryJob, useJobs, type Job } from './jobs-store';

function JobRow({ job, now }: { job: Job; now: number }) {
  const { t } = useTranslation();
  return (
    <li className={`job job-${job.phase}`} aria-label={job.title}>
      <div className="job-head">
        <strong className="job-title">{job.title}</strong>
        <span className="muted">{job.engine} · {t(`jobs.phase.${job.phase}`)} · {formatAgo(t, job.started / 1000, now)}</span>
      </div>
      {job.phase === 'running' && (
        <progress aria-label={t('jobs.progress', { title: job.title })} max={job.progress?.max} value={job.progress?.value} />
      )}
      <p className="job-status" role={job.phase === 'failed' ? 'alert' : undefined}>{job.phase === 'running' ? job.status : job.outcome}</p>
      {job.log && (
        <details>
          <summary>{t('jobs.log')}</summary>
          <pre className="job-log" tabIndex={0} role="log" aria-label={t('jobs.logOf', { title: job.title })}>{job.log}</pre>
        </details>
      )}
      <div className="job-actions">
        {job.phase === 'running'
          ? <button type="button" onClick={() => cancelJob(job.id, t('jobs.cancelled'))} aria-label={t('jobs.cancel', { title: job.title })}><Square aria-hidden="true" /> {t('common.cancel')}</button>
          : <>
            {job.phase !== 'done' && <button type="button" onClick={() => retryJob(job.id)} aria-label={t('jobs.retry', { title: job.title })}><RotateCcw aria-hidden="true" /> {t('jobs.retryShort')}</button>}
            <button type="button" onClick={() => forget(job.id)} aria-label={t('jobs.dismiss', { title: job.title })}><X aria-hidden="true" /> {t('common.dismiss')}</button>
          </>}
      </div>
    </li>
  );
}

/** Every long job of this window, running or ended: progress, cancel, the outcome, the full log, retry. */
export function JobsPanel({ onClose }: { onClose(): void }) {
  const { t } = useTranslation();
  const jobs = useJobs((s) => s.jobs);
  const now = useNow();
  return (
    <aside id="jobs-panel" className="jobs-panel" aria-labelledby="jobs-title"
      onKeyDown={(e) => { if (e.key === 'Escape') onClose(); }}>
      <header>
        <h2 id="jobs-title">{t('jobs.title')}</h2>
        <IconButton label={t('jobs.close')} icon={<X aria-hidden="true" />} onClick={onClose} />
      </header>
      {jobs.length === 0 ? <p className="muted">{t('jobs.empty')}</p> : <ul>{jobs.map((job) => <JobRow key={job.id} job={job} now={now} />)}</ul>}
    </aside>
  );
}
