import { useId, useState, type ReactNode } from 'react';
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
        {d.health && row(t('details.health'), <>{t(`containers.health.${d.health}`)}{d.failingStreak > 0 && <span className="muted"> · {t('details.failingStreak', { count: d.failingStreak })}</span>}</>)}
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
      {d.healthChecks.length > 0 && (
        <ListTable title={t('details.healthChecks')} columns={[t('details.healthColumns.time'), t('details.healthColumns.exitCode'), t('details.healthColumns.output')]}
          rows={d.healthChecks.slice().reverse().map((h) => ({ key: h.start, cells: [when(h.start), h.exitCode, <pre className="health-output">{h.output.trim() || '—'}</pre>] }))} />
      )}
      <ListTable title={t('details.mounts')} columns={(['type', 'source', 'destination', 'mode'] as const).map((c) => t(`details.mountColumns.${c}`))}
        rows={d.mounts.map((m) => ({ key: m.destination, cells: [m.type, <code>{m.source}</code>, <code>{m.destination}</code>, m.rw ? 'rw' : 'ro'] }))} />
      <ListTable title={t('details.networks')} columns={(['name', 'ip', 'gateway', 'mac'] as const).map((c) => t(`details.networkColumns.${c}`))}
        rows={d.networks.map((n) => ({ key: n.name, cells: [n.name, n.ipAddress || '—', n.gateway || '—', n.macAddress || '—'] }))} />
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

/** A titled table (named by its heading for assistive tech), or "none". */
function ListTable({ title, columns, rows }: { title: string; columns: string[]; rows: { key: string; cells: ReactNode[] }[] }) {
  const { t } = useTranslation();
  const id = useId();
  return (
    <>
      <h2 id={id}>{title}</h2>
      {rows.length === 0 ? <p className="muted">{t('common.none')}</p> : (
        <table className="grid" aria-labelledby={id}>
          <thead><tr>{columns.map((c) => <th key={c} scope="col">{c}</th>)}</tr></thead>
          <tbody>{rows.map((r) => <tr key={r.key}>{r.cells.map((cell, i) => <td key={i}>{cell}</td>)}</tr>)}</tbody>
        </table>
      )}
    </>
  );
}
