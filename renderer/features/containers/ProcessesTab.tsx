import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ProcessList } from '../../../shared/containers';
import { api } from '../../app/api-client';
import { describeError, errorData } from '../../ui/api-error';
import { currentEngine } from '../../app/route-store';
import { usePageVisible } from '../../ui/use-page-visible';

const REFRESH_MS = 2_000;

/** `docker top`, again every two seconds while the tab is shown. */
export function ProcessesTab({ id, running }: { id: string; running: boolean }) {
  const { t } = useTranslation();
  const [list, setList] = useState<ProcessList | null>(null);
  const [error, setError] = useState('');
  const load = useCallback(() => {
    api.containers.top.query({ engine: currentEngine(), id }).then((l) => (setList(l), setError('')), (err) => setError(describeError(t, errorData(err))));
  }, [id, t]);
  const visible = usePageVisible();
  // Refreshes itself while shown (and the page is on screen), as top does.
  useEffect(() => {
    if (!running || !visible) return;
    load();
    const timer = setInterval(load, REFRESH_MS);
    return () => clearInterval(timer);
  }, [running, visible, load]);
  if (!running) return <p className="muted">{t('details.notRunning')}</p>;
  return (
    <div>
      <p className="muted">{t('details.processesLive')}</p>
      {error && <p className="form-error" role="alert">{error}</p>}
      {list && (
        <table className="grid" aria-label={t('details.tabs.processes')}>
          <thead><tr>{list.titles.map((title) => <th key={title} scope="col">{title}</th>)}</tr></thead>
          <tbody>{list.processes.map((p, i) => <tr key={i}>{p.map((cell, j) => <td key={j}><code>{cell}</code></td>)}</tr>)}</tbody>
        </table>
      )}
    </div>
  );
}
