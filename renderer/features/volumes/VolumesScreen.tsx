import './volumes.css';
import { Suspense, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { NOTHING } from '../../../shared/prune-kinds';
import type { VolumeSummary } from '../../../shared/volumes';
import { api } from '../../app/api-client';
import { useFilteredList } from '../../app/engine-list';
import { routeHref } from '../../app/route-store';
import { describeError, errorData } from '../../ui/api-error';
import { formatAgo, formatBytes } from '../../ui/format';
import { lazyComponent } from '../../ui/lazy-component';
import { LazyMoreMenu } from '../../ui/lazy-menus';
import { Skeleton } from '../../ui/Skeleton';
import { tableKeyHandler } from '../../ui/use-table-keys';
import { useVirtualRows } from '../../ui/use-virtual-rows';
import { VirtualBody } from '../../ui/VirtualBody';
import { UsedBy } from './UsedBy';
import { volumes } from './volumes-store';

const PruneDialog = lazyComponent(() => import('../system/PruneDialog').then((m) => m.PruneDialog));
const ImportVolumeDialog = lazyComponent(() => import('./volume-file-dialogs').then((m) => m.ImportVolumeDialog));
const CreateVolumeDialog = lazyComponent(() => import('./CreateVolumeDialog').then((m) => m.CreateVolumeDialog));
const RemoveDialog = lazyComponent(() => import('../../ui/RemoveDialog').then((m) => m.RemoveDialog));
const InspectDialog = lazyComponent(() => import('../../ui/InspectDialog').then((m) => m.InspectDialog));

type Open = { kind: 'create' | 'import' | 'prune' } | { kind: 'remove' | 'inspect'; name: string };

const matches = (v: VolumeSummary, text: string): boolean =>
  [v.name, v.driver, v.project ?? '', ...v.usedBy.map((u) => u.name)].some((s) => s.toLowerCase().includes(text));

/** Those matching the filter: named volumes first, by name. */
function shownVolumes(items: VolumeSummary[], query: string): VolumeSummary[] {
  const text = query.trim().toLowerCase();
  return items.filter((v) => !text || matches(v, text)).sort((a, b) => Number(a.anonymous) - Number(b.anonymous) || a.name.localeCompare(b.name));
}

/** Sizes come from the engine's disk-usage walk: asked for on demand, never with the list. */
function useSizes(engine: string) {
  const [sizes, setSizes] = useState<{ engine: string; bytes: Record<string, number> } | null>(null);
  const [error, setError] = useState('');
  const { t } = useTranslation();
  const load = () => api.volumes.sizes.query({ engine }).then((bytes) => setSizes({ engine, bytes }), (err) => setError(describeError(t, errorData(err))));
  return { sizes: sizes?.engine === engine ? sizes.bytes : null, error, load };
}

/** The engine's volumes, live: who uses each, sizes on demand, create, inspect, remove. */
export function VolumesScreen() {
  const { t } = useTranslation();
  const { engine, items, loaded, error, query, setQuery, shown } = useFilteredList(volumes, shownVolumes);
  const [open, setOpen] = useState<Open | null>(null);
  const { sizes, error: sizesError, load: loadSizes } = useSizes(engine);
  const { scrollRef, items: rows, paddingTop, paddingBottom, rowHeight, reveal } = useVirtualRows(shown.length);
  const onKeyDown = tableKeyHandler({ count: shown.length, reveal, remove: (i) => setOpen({ kind: 'remove', name: shown[i]!.name }) });
  const close = () => setOpen(null);
  return (
    <section className="screen" aria-labelledby="volumes-title">
      <header className="screen-header">
        <h1 id="volumes-title">{t('nav.volumes')}</h1>
        <input type="search" className="filter" aria-label={t('volumes.filter')} placeholder={t('volumes.filter')} value={query} onChange={(e) => setQuery(e.target.value)} />
        <span className="muted">{t('volumes.count', { count: shown.length })}</span>
        <div className="header-end">
          <button type="button" onClick={() => void loadSizes()}>{t('volumes.sizes')}</button>
          <button type="button" onClick={() => setOpen({ kind: 'prune' })}>{t('prune.volumesOpen')}</button>
          <button type="button" onClick={() => setOpen({ kind: 'import' })}>{t('volumes.import')}</button>
          <button type="button" className="primary" onClick={() => setOpen({ kind: 'create' })}>{t('volumes.create')}</button>
          <LazyMoreMenu actions={[{ label: t('common.refresh'), onSelect: () => volumes.refresh(engine) }]} />
        </div>
      </header>
      {error && <p className="form-error" role="alert">{describeError(t, error)}</p>}
      {sizesError && <p className="form-error" role="alert">{sizesError}</p>}
      {!loaded && !error && <Skeleton lines={4} />}
      {loaded && items.length === 0 && (
        <div className="empty-state"><p>{t('volumes.empty')}</p><button type="button" className="primary" onClick={() => setOpen({ kind: 'create' })}>{t('volumes.create')}</button></div>
      )}
      <div className="table-scroll" ref={scrollRef}>
        <table className="grid volumes-table" aria-label={t('nav.volumes')}>
          <thead>
            <tr>
              {(['name', 'driver', 'usedBy', 'created', 'size', 'actions'] as const).map((c) => <th key={c} scope="col">{t(`volumes.columns.${c}`)}</th>)}
            </tr>
          </thead>
          <VirtualBody paddingTop={paddingTop} paddingBottom={paddingBottom} onKeyDown={onKeyDown}>
            {rows.map((row) => {
              const v = shown[row.index]!;
              return (
                <tr key={v.name} data-index={row.index} data-volume={v.name} style={{ height: rowHeight }}>
                  <td className="ellipsis" title={v.name}>
                    <a href={routeHref({ screen: 'volume', id: v.name })} data-primary>{v.name}</a>
                    {v.anonymous && <span className="badge"> {t('volumes.anonymous')}</span>}
                    {v.project && <span className="badge"> {v.project}</span>}
                  </td>
                  <td>{v.driver}</td>
                  <td className="ellipsis"><UsedBy volume={v} /></td>
                  <td>{v.created === null ? '—' : formatAgo(t, v.created / 1000)}</td>
                  <td>{sizes ? (sizes[v.name] ?? -1) < 0 ? '—' : formatBytes(sizes[v.name]!) : ''}</td>
                  <td>
                    <span className="row-actions" role="group" aria-label={t('volumes.actionsFor', { name: v.name })}>
                      <button type="button" aria-label={t('volumes.inspectNamed', { name: v.name })} onClick={() => setOpen({ kind: 'inspect', name: v.name })}>{t('volumes.inspect')}</button>
                      <button type="button" className="danger" aria-label={t('volumes.removeNamed', { name: v.name })} onClick={() => setOpen({ kind: 'remove', name: v.name })}>{t('volumes.remove')}</button>
                    </span>
                  </td>
                </tr>
              );
            })}
          </VirtualBody>
        </table>
      </div>
      <Suspense>
        {open?.kind === 'create' && <CreateVolumeDialog onClose={close} />}
        {open?.kind === 'import' && <ImportVolumeDialog onClose={close} />}
        {open?.kind === 'prune' && <PruneDialog title={t('prune.volumesTitle')} kinds={['volumes']} initial={{ ...NOTHING, volumes: true }} onClose={close} />}
        {open?.kind === 'remove' && (
          <RemoveDialog title={t('volumes.removeTitle', { name: open.name })} text={t('volumes.removeText')} done={t('volumes.removed', { name: open.name })}
            remove={() => api.volumes.remove.mutate({ engine, name: open.name })} onClose={close} />
        )}
        {open?.kind === 'inspect' && (
          <InspectDialog title={t('volumes.inspectTitle', { name: open.name })} load={() => api.volumes.inspect.query({ engine, name: open.name })} onClose={close} />
        )}
      </Suspense>
    </section>
  );
}
