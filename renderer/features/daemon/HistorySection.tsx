import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Backup } from '../../../shared/daemon/daemon-api';
import { api } from '../../app/api-client';
import { describeError, errorData } from '../../ui/api-error';
import { formatDateTime } from '../../ui/format';
import { DiffView } from './ApplyDialog';
import { currentEngine } from '../../app/route-store';

/** Backups of daemon.json, newest first, each with what restoring it would change; restoring goes through Apply. */
export function HistorySection({ version, onRestore }: { version: number; onRestore(text: string): void }) {
  const { t, i18n } = useTranslation();
  const [backups, setBackups] = useState<Backup[] | null>(null);
  const [error, setError] = useState('');
  useEffect(() => {
    api.daemon.backups.query({ engine: currentEngine() }).then(setBackups, (err) => setError(describeError(t, errorData(err))));
  }, [version, t]);
  if (error) return <p className="form-error" role="alert">{error}</p>;
  if (!backups) return <p>{t('common.loading')}</p>;
  if (backups.length === 0) return <p className="empty">{t('daemon.history.empty')}</p>;
  return (
    <ol className="history" aria-label={t('daemon.history.title')}>
      {backups.map((b) => {
        const when = formatDateTime(b.createdAt, i18n.language);
        return (
          <li key={b.id}>
            <details>
              <summary>{b.existed ? t('daemon.history.entry', { when }) : t('daemon.history.entryAbsent', { when })}</summary>
              {b.diff.includes('@@') ? <DiffView diff={b.diff} label={t('daemon.history.diff', { when })} /> : <p>{t('daemon.history.same')}</p>}
            </details>
            <button type="button" onClick={() => onRestore(b.existed ? b.text : '{}\n')}>{t('daemon.history.restore', { when })}</button>
          </li>
        );
      })}
    </ol>
  );
}
