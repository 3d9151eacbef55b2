import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { routeHref } from '../../app/route-store';
import { formatAgo } from '../../ui/format';
import { SortHeader, sortBy, useSortHeaders } from '../../ui/sortable-table';
import { useVirtualRows } from '../../ui/use-virtual-rows';
import { ActionButtons } from '../containers/ActionButtons';
import { followContainers, useEveryEngineContainers } from '../containers/containers-store';
import { StateBadge } from '../containers/StateBadge';
import { StatusText } from '../containers/StatusText';
import { engineStatuses, useFollowedEngines } from '../engine/engine-store';
import { fleetRows } from './fleet-rows';

const SORTABLE = ['engine', 'state', 'name', 'image', 'created', 'status'] as const;
const SORT_FIELDS = { engine: 'engineLabel', status: 'since' } as const;

/**
 * The containers of every engine in one table, with the engine each runs on: the same filter, sorting and row actions
 * as one engine's list, each action sent to that container's engine. An engine that is down says so above the table.
 */
export function AllContainersScreen() {
  const { t } = useTranslation();
  const engines = useFollowedEngines();
  const lists = useEveryEngineContainers();
  const statuses = engineStatuses.store((s) => s.engines);
  const [text, setText] = useState('');
  const [engine, setEngine] = useState('');
  const [runningOnly, setRunningOnly] = useState(false);
  const { sort, headers } = useSortHeaders(SORTABLE, 'all.columns', [{ id: 'engine', desc: false }]);
  useEffect(() => engines.forEach((e) => followContainers(e.id)), [engines]);
  const rows = useMemo(
    () => sortBy(fleetRows(engines, lists, { text, engine: engine || null, runningOnly }), sort, SORT_FIELDS),
    [engines, lists, text, engine, runningOnly, sort],
  );
  const total = engines.reduce((n, e) => n + Object.keys(lists[e.id]?.byId ?? {}).length, 0);
  const down = engines.filter((e) => statuses[e.id]?.state === 'disconnected');
  const { scrollRef, items, paddingTop, paddingBottom, rowHeight } = useVirtualRows(rows.length);
  return (
    <section className="screen" aria-labelledby="all-title">
      <header className="screen-header">
        <h1 id="all-title">{t('all.title')}</h1>
        <input type="search" className="filter" aria-label={t('all.filter')} placeholder={t('containers.filterPlaceholder')}
          value={text} onChange={(e) => setText(e.target.value)} />
        <select aria-label={t('all.engine')} value={engine} onChange={(e) => setEngine(e.target.value)}>
          <option value="">{t('all.anyEngine')}</option>
          {engines.map((e) => <option key={e.id} value={e.id}>{e.label}</option>)}
        </select>
        <label className="toggle">
          <input type="checkbox" checked={runningOnly} onChange={(e) => setRunningOnly(e.target.checked)} /> {t('containers.runningOnly')}
        </label>
        <span className="muted" aria-live="polite">{t('all.count', { shown: rows.length, total, engines: engines.length })}</span>
      </header>
      {down.map((e) => <p key={e.id} className="callout" role="status">{t('all.down', { name: e.label })}</p>)}
      <div className="table-scroll" ref={scrollRef}>
        <table className="grid containers-table" aria-labelledby="all-title">
          <thead>
            <tr>
              {headers.map((header) => <SortHeader key={header.id} header={header} />)}
              <th scope="col" className="col-actions">{t('containers.columns.actions')}</th>
            </tr>
          </thead>
          <tbody>
            {paddingTop > 0 && <tr aria-hidden="true" style={{ height: paddingTop }} />}
            {items.map((item) => {
              const c = rows[item.index]!;
              return (
                <tr key={c.key} style={{ height: rowHeight }} data-container={c.name} data-engine={c.engine}>
                  <td className="ellipsis"><a href={routeHref({ screen: 'containers' }, c.engine)}>{c.engineLabel}</a></td>
                  <td><StateBadge container={c} /></td>
                  <td className="name"><a href={routeHref({ screen: 'container', id: c.id }, c.engine)}>{c.name}</a></td>
                  <td className="ellipsis" title={c.image}>{c.image}</td>
                  <td>{formatAgo(t, c.created)}</td>
                  <td className="ellipsis muted"><StatusText container={c} /></td>
                  <td><ActionButtons container={c} engine={c.engine} /></td>
                </tr>
              );
            })}
            {paddingBottom > 0 && <tr aria-hidden="true" style={{ height: paddingBottom }} />}
          </tbody>
        </table>
      </div>
    </section>
  );
}
