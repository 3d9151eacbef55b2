import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { ContainerDetails } from '../../../shared/containers';
import { portLinks } from './container-rows';
import { StateBadge } from './StateBadge';

export function OverviewTab({ details: d }: { details: ContainerDetails }) {
  const { t } = useTranslation();
  const [showEnv, setShowEnv] = useState(false);
  const when = (iso: string): string => (iso && !iso.startsWith('0001') ? new Date(iso).toLocaleString() : '—');
  const row = (label: string, value: ReactNode) => (
    <>
      <dt>{label}</dt>
      <dd>{value}</dd>
    </>
  );
  const links = portLinks(d);
  const policy = d.restartPolicy;
  return (
    <div className="overview">
      <dl className="facts">
        {row(t('details.state'), <StateBadge container={d} />)}
        {d.state === 'exited' && row(t('details.exitCode'), d.exitCode)}
        {row(t('details.image'), <code>{d.image}</code>)}
        {row(t('details.command'), <code>{d.command.join(' ') || '—'}</code>)}
        {d.entrypoint.length > 0 && row(t('details.entrypoint'), <code>{d.entrypoint.join(' ')}</code>)}
        {d.workingDir && row(t('details.workingDir'), <code>{d.workingDir}</code>)}
        {row(t('details.created'), when(d.created))}
        {row(t('details.started'), when(d.startedAt))}
        {d.state !== 'running' && row(t('details.finished'), when(d.finishedAt))}
        {row(t('details.ports'), links.length ? (
          <ul className="inline-list">{links.map((l) => <li key={l.url}><a href={l.url} target="_blank" rel="noopener noreferrer">{l.url}</a></li>)}</ul>
        ) : t('common.none'))}
        {row(t('details.restartPolicy'), policy.name === 'on-failure' && policy.maxRetries > 0
          ? t('details.restartValueRetries', { name: t(`run.restartPolicy.${policy.name}`), count: policy.maxRetries })
          : t('details.restartValue', { name: t(`run.restartPolicy.${policy.name}`) }))}
      </dl>
      <h2>{t('details.mounts')}</h2>
      {d.mounts.length === 0 ? <p className="muted">{t('common.none')}</p> : (
        <table className="grid">
          <thead><tr>{(['type', 'source', 'destination', 'mode'] as const).map((c) => <th key={c} scope="col">{t(`details.mountColumns.${c}`)}</th>)}</tr></thead>
          <tbody>{d.mounts.map((m) => <tr key={m.destination}><td>{m.type}</td><td><code>{m.source}</code></td><td><code>{m.destination}</code></td><td>{m.rw ? 'rw' : 'ro'}</td></tr>)}</tbody>
        </table>
      )}
      <h2>{t('details.networks')}</h2>
      {d.networks.length === 0 ? <p className="muted">{t('common.none')}</p> : (
        <table className="grid">
          <thead><tr>{(['name', 'ip', 'gateway', 'mac'] as const).map((c) => <th key={c} scope="col">{t(`details.networkColumns.${c}`)}</th>)}</tr></thead>
          <tbody>{d.networks.map((n) => <tr key={n.name}><td>{n.name}</td><td>{n.ipAddress || '—'}</td><td>{n.gateway || '—'}</td><td>{n.macAddress || '—'}</td></tr>)}</tbody>
        </table>
      )}
      <h2>{t('details.labels')}</h2>
      {Object.keys(d.labels).length === 0 ? <p className="muted">{t('common.none')}</p> : (
        <dl className="facts">{Object.entries(d.labels).map(([k, v]) => row(k, <code>{v}</code>))}</dl>
      )}
      <h2>
        {t('details.env')}{' '}
        <button type="button" className="small" aria-pressed={showEnv} onClick={() => setShowEnv(!showEnv)}>
          {showEnv ? t('details.hideEnv') : t('details.showEnv')}
        </button>
      </h2>
      <dl className="facts env">
        {d.env.map((e) => row(e.key, showEnv ? <code>{e.value}</code> : <span className="muted" aria-label={t('details.hidden')}>••••••</span>))}
      </dl>
    </div>
  );
}
