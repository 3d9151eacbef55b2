import { Suspense, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ContainerAction } from '../../../shared/containers';
import { filterCompletions } from '../../../shared/container-filter';
import { NOTHING } from '../../../shared/prune-kinds';
import { requestAction } from './container-actions';
import { containerMatcher } from './container-rows';
import { ContainerTable, HIDEABLE } from './ContainerTable';
import { LazyColumnsMenu } from '../../ui/lazy-menus';
import { Skeleton } from '../../ui/Skeleton';
import { useContainers, useContainersView } from './containers-store';
import { lazyComponent } from '../../ui/lazy-component';

const RunDialog = lazyComponent(() => import('./RunDialog').then((m) => m.RunDialog));
const PruneDialog = lazyComponent(() => import('../system/PruneDialog').then((m) => m.PruneDialog));
const BULK_ACTIONS: ContainerAction[] = ['start', 'stop', 'restart', 'kill', 'pause', 'unpause', 'remove'];
export const FILTER_INPUT_ID = 'container-filter';

export function ContainersScreen() {
  const { t } = useTranslation();
  const byId = useContainers((s) => s.byId);
  const loaded = useContainers((s) => s.loaded);
  const selected = useContainers((s) => s.selected);
  const { filter, runningOnly, setFilter, setRunningOnly } = useContainersView();
  const [running, setRunning] = useState(false);
  const [pruning, setPruning] = useState(false);
  const all = useMemo(() => Object.values(byId), [byId]);
  const shown = useMemo(() => all.filter(containerMatcher(filter, runningOnly)), [all, filter, runningOnly]);
  const completions = useMemo(() => filterCompletions(filter, all), [filter, all]);
  const selectedContainers = selected.map((id) => byId[id]).filter((c) => c !== undefined);

  return (
    <section className="screen" aria-labelledby="containers-title">
      <header className="screen-header">
        <h1 id="containers-title">{t('containers.title')}</h1>
        <input id={FILTER_INPUT_ID} type="search" className="filter" aria-label={t('containers.filter')}
          placeholder={t('containers.filterPlaceholder')} value={filter} onChange={(e) => setFilter(e.target.value)} list="container-filter-completions"
          aria-describedby="container-filter-hint" />
        <datalist id="container-filter-completions">{completions.map((o) => <option key={o} value={o} />)}</datalist>
        <span id="container-filter-hint" className="visually-hidden">{t('containers.filterHint')}</span>
        <label className="toggle">
          <input type="checkbox" checked={runningOnly} onChange={(e) => setRunningOnly(e.target.checked)} /> {t('containers.runningOnly')}
        </label>
        <span className="muted" aria-live="polite">{t('containers.count', { shown: shown.length, total: all.length })}</span>
        <div className="header-end">
          <LazyColumnsMenu table="containers" columns={HIDEABLE.map((id) => ({ id, label: t(`containers.columns.${id}`) }))} />
          <button type="button" onClick={() => setPruning(true)}>{t('prune.containersOpen')}</button>
          <button type="button" className="primary" onClick={() => setRunning(true)}>{t('containers.run')}</button>
        </div>
      </header>
      {selectedContainers.length > 0 && (
        <div className="toolbar" role="toolbar" aria-label={t('containers.selected', { count: selectedContainers.length })}>
          <span>{t('containers.selected', { count: selectedContainers.length })}</span>
          {BULK_ACTIONS.map((action) => (
            <button key={action} type="button" className={action === 'remove' ? 'danger' : undefined}
              onClick={() => void requestAction(t, action, selectedContainers)}>
              {t(`actions.${action}`)}
            </button>
          ))}
        </div>
      )}
      {loaded && all.length === 0 && (
        <div className="empty-state"><p>{t('containers.empty')}</p><button type="button" className="primary" onClick={() => setRunning(true)}>{t('containers.run')}</button></div>
      )}
      {loaded && all.length > 0 && shown.length === 0 && (
        <div className="empty-state">
          <p>{t('containers.noMatch')}</p>
          <button type="button" onClick={() => { setFilter(''); setRunningOnly(false); }}>{t('containers.clearFilter')}</button>
        </div>
      )}
      {loaded ? <ContainerTable containers={shown} /> : <Skeleton lines={6} />}
      {running && <Suspense><RunDialog onClose={() => setRunning(false)} /></Suspense>}
      {pruning && <Suspense><PruneDialog title={t('prune.containersTitle')} kinds={['containers']} initial={{ ...NOTHING, containers: true }} onClose={() => setPruning(false)} /></Suspense>}
    </section>
  );
}
