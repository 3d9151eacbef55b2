import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Message } from '../../../shared/errors';
import type { FileJobEvent } from '../../../shared/image-files';
import { currentEngine } from '../../app/route-store';
import { describeError, errorData, translate } from '../../ui/api-error';
import { Dialog } from '../../ui/Dialog';
import { formatBytes } from '../../ui/format';
import { fileEvents } from './job-kinds';
import { cancelJob, startJob, useJob, type Handlers } from './jobs-store';
import { JobActions } from './JobActions';


interface FileJobDialogProps {
  title: string;
  submitLabel: string;
  /** The form's fields; `errors` holds what the form or main said about each, translated. */
  children: (errors: Record<string, string>, running: boolean) => ReactNode;
  /** Field problems found before anything is sent. */
  check(): Record<string, Message>;
  start(handlers: Handlers<FileJobEvent>): { unsubscribe(): void };
  onClose(): void;
}

/**
 * Save, load, import and export: bytes streamed between a file and the engine in main, with progress and cancel. The
 * transfer is a job: it goes on (in the Jobs panel) when the dialog closes.
 */
export function FileJobDialog({ title, submitLabel, children, check, start, onClose }: FileJobDialogProps) {
  const { t } = useTranslation();
  const [jobId, setJobId] = useState<number | null>(null);
  const job = useJob<string[]>(jobId);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const running = job?.phase === 'running';
  const translated = (fields: Record<string, Message>) => Object.fromEntries(Object.entries(fields).map(([k, m]) => [k, translate(t, m)]));
  const submit = () => {
    const local = translated(check());
    setErrors(local);
    if (Object.keys(local).length || running) return;
    setJobId(startJob<FileJobEvent, string[]>({
      title, engine: currentEngine(), subscribe: start,
      describe: (err) => describeError(t, errorData(err)),
      onRefused: (err) => {
        const fields = errorData(err).fields;
        if (fields) setErrors(translated(fields));
        return fields !== undefined;
      },
      onEvent: fileEvents(t),
    }));
  };
  const cancel = () => {
    if (jobId !== null) cancelJob(jobId, t('images.files.cancelled'));
  };
  return (
    <Dialog title={title} onClose={onClose} onSubmit={submit} wide
      actions={<JobActions running={running} cancelLabel={t('images.files.cancel')} submitLabel={submitLabel} onCancel={cancel} onClose={onClose} />}>
      {children(errors, running)}
      {job?.phase === 'running' && (
        <>
          <p role="status">{job.progress ? t('images.files.progress', { bytes: formatBytes(job.progress.value), total: formatBytes(job.progress.max) }) : job.status}</p>
          <progress aria-label={t('images.files.progressLabel')} max={job.progress?.max} value={job.progress?.value} />
        </>
      )}
      {job?.phase === 'done' && (
        <div role="status">
          <p>{t('images.files.done')}</p>
          <ul>{(job.detail ?? []).map((r) => <li key={r}><code>{r}</code></li>)}</ul>
        </div>
      )}
      {(job?.phase === 'failed' || job?.phase === 'cancelled') && <p className="form-error" role="alert">{job.outcome}</p>}
    </Dialog>
  );
}
