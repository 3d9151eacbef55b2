import '../dashboard/dashboard.css';
import './system.css';
import { Suspense, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PRUNE_KINDS, type PruneOptions } from '../../../shared/prune-kinds';
import type { DiskUsage } from '../../../shared/system';
import { api } from '../../app/api-client';
import { routeHref, useEngineId } from '../../app/route-store';
import { describeError, errorData } from '../../ui/api-error';
import { formatBytes, shortId } from '../../ui/format';
import { lazyComponent } from '../../ui/lazy-component';
import { Skeleton } from '../../ui/Skeleton';

const PruneDialog = lazyComponent(() => import('./PruneDialog').then((m) => m.PruneDialog));
/** `docker system prune`'s own choice: volumes only when asked for. */
const SYSTEM_PRUNE: PruneOptions = { containers: true, networks: true, volumes: false, images: 'dangling', buildCache: true };

/** How many of each kind's largest are listed. */
const LARGEST = 10;
type Kind = keyof DiskUsage;
const KINDS: Kind[] = ['images', 'containers', 'volumes', 'buildCache'];

/** One row per item: its name (a link where it has a page) and its size. */
function largest(kind: Kind, usage: DiskUsage, t: (key: string) => string): { key: string; name: React.ReactNode; size: number }[] {
  switch (kind) {
    case 'images': return usage.images.items.slice(0, LARGEST).map((i) => ({ key: i.id, size: i.size, name: <a href={routeHref({ screen: 'image', id: i.repoTags[0] ?? i.id })}>{i.repoTags[0] ?? shortId(i.id)}</a> }));
    case 'containers': return usage.containers.items.slice(0, LARGEST).map((c) => ({ key: c.id, size: c.size, name: <a href={routeHref({ screen: 'container', id: c.id })}>{c.name}</a> }));
    case 'volumes': return usage.volumes.items.slice(0, LARGEST).map((v) => ({ key: v.name, size: v.size, name: <a href={routeHref({ screen: 'volume', id: v.name })}>{v.name}</a> }));
    case 'buildCache': return usage.buildCache.items.slice(0, LARGEST).map((c) => ({ key: c.id, size: c.size, name: <span>{shortId(c.id)} <span className="muted">{c.type}{c.inUse ? ` · ${t('disk.inUse')}` : ''}</span></span> }));
  }
}

/** `docker system df -v`: per kind, how many, how many in use, the size and what a prune could free; the largest first. */
export function DiskUsageScreen() {
  const { t } = useTranslation();
  const engine = useEngineId();
  const [request, setRequest] = useState(0);
  const [pruning, setPruning] = useState(false);
  const [result, setResult] = useState<{ engine: string; usage?: DiskUsage; error?: string } | null>(null);
  useEffect(() => {
    api.system.diskUsage.query({ engine }).then((usage) => setResult({ engine, usage }), (err) => setResult({ engine, error: describeError(t, errorData(err)) }));
  }, [engine, request, t]);
  // A refresh keeps the last figures on screen until the new ones come.
  const shown = result?.engine === engine ? result : null;
  const error = shown?.error ?? '';
  const usage = shown?.usage;
  return (
    <section className="screen" aria-labelledby="disk-title">
      <header className="screen-header">
        <h1 id="disk-title">{t('nav.disk')}</h1>
        <div className="header-end">
          <button type="button" onClick={() => setRequest((n) => n + 1)}>{t('common.refresh')}</button>
          <button type="button" className="danger" onClick={() => setPruning(true)}>{t('prune.systemOpen')}</button>
        </div>
      </header>
      {error && <p className="form-error" role="alert">{error}</p>}
      {!shown && <Skeleton lines={6} />}
      {usage && (
        <div className="disk-grid">
          {KINDS.map((kind) => (
            <section key={kind} className="dash-card" aria-labelledby={`disk-${kind}`}>
              <h2 id={`disk-${kind}`}>{t(`disk.kinds.${kind}`)}</h2>
              <dl className="dash-counts">
                <div><dt>{t('disk.count')}</dt><dd>{usage[kind].count}</dd></div>
                <div><dt>{t('disk.active')}</dt><dd>{usage[kind].active}</dd></div>
                <div><dt>{t('disk.size')}</dt><dd>{formatBytes(usage[kind].size)}</dd></div>
                <div><dt>{t('disk.reclaimable')}</dt><dd>{formatBytes(usage[kind].reclaimable)}</dd></div>
              </dl>
              <div className="disk-largest" tabIndex={0} role="group" aria-label={t('disk.largest', { kind: t(`disk.kinds.${kind}`) })}>
                {usage[kind].items.length > 0 ? (
                  <table className="grid disk-table" aria-label={t('disk.largest', { kind: t(`disk.kinds.${kind}`) })}>
                    <tbody>
                      {largest(kind, usage, t).map((row) => <tr key={row.key}><td className="ellipsis">{row.name}</td><td className="num">{row.size < 0 ? '—' : formatBytes(row.size)}</td></tr>)}
                    </tbody>
                  </table>
                ) : <p className="muted">{t('disk.none')}</p>}
              </div>
            </section>
          ))}
        </div>
      )}
      {pruning && (
        <Suspense>
          <PruneDialog title={t('prune.systemTitle')} kinds={[...PRUNE_KINDS]} initial={SYSTEM_PRUNE}
            onClose={() => { setPruning(false); setRequest((n) => n + 1); }} />
        </Suspense>
      )}
    </section>
  );
}
