import { ChevronDown, ChevronRight } from 'lucide-react';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { ContainerAction, ContainerSummary } from '../../../shared/containers';
import { routeHref } from '../../app/route-store';
import { formatAgo } from '../../ui/format';
import { SortHeader, sortBy, useSortHeaders } from '../../ui/sortable-table';
import { TABLE_ROW_HEIGHT, useVirtualRows } from '../../ui/use-virtual-rows';
import { ActionButtons } from './ActionButtons';
import { requestAction } from './container-actions';
import { buildRows, type ListRow } from './container-rows';
import { setSelected, useContainers, useContainersView } from './containers-store';
import { PortLinks } from './PortLinks';
import { StateBadge } from './StateBadge';
import { StatusText } from './StatusText';

const GROUP_ACTIONS: ContainerAction[] = ['start', 'stop', 'restart', 'remove'];
const SORTABLE = ['state', 'name', 'image', 'created', 'status'] as const;
/** The status column shows how long the state has lasted: it sorts by when it began. */
const SORT_FIELDS = { status: 'since' } as const;

/** The container list: sortable, grouped by compose project, and virtualized so only visible rows are in the DOM. */
export function ContainerTable({ containers }: { containers: ContainerSummary[] }) {
  const { t } = useTranslation();
  const selected = useContainers((s) => s.selected);
  const collapsed = useContainersView((s) => s.collapsed);
  const toggleGroup = useContainersView((s) => s.toggleGroup);
  const { sort, headers } = useSortHeaders(SORTABLE, 'containers.columns', [{ id: 'name', desc: false }]);
  const rows = useMemo(() => buildRows(sortBy(containers, sort, SORT_FIELDS), new Set(collapsed)), [containers, sort, collapsed]);
  const { scrollRef, items, paddingTop, paddingBottom } = useVirtualRows(rows.length);
  const selectedSet = new Set(selected);
  const allSelected = containers.length > 0 && containers.every((c) => selectedSet.has(c.id));
  const toggle = (ids: string[], on: boolean): void =>
    setSelected(on ? [...new Set([...selected, ...ids])] : selected.filter((id) => !ids.includes(id)));

  const renderRow = (row: ListRow) => {
    if (row.kind === 'group') {
      const ids = row.containers.map((c) => c.id);
      const running = row.containers.filter((c) => c.state === 'running').length;
      return (
        <tr key={`group:${row.project}`} className="group-row" style={{ height: TABLE_ROW_HEIGHT }}>
          <td>
            <input type="checkbox" aria-label={t('containers.selectGroup', { project: row.project })}
              checked={ids.every((id) => selectedSet.has(id))} onChange={(e) => toggle(ids, e.target.checked)} />
          </td>
          <td colSpan={6}>
            <button type="button" className="link-button" aria-expanded={!row.collapsed}
              aria-label={t(row.collapsed ? 'containers.expandGroup' : 'containers.collapseGroup', { project: row.project })}
              onClick={() => toggleGroup(row.project)}>
              {row.collapsed ? <ChevronRight aria-hidden="true" /> : <ChevronDown aria-hidden="true" />}
            </button>{' '}
            <strong>{t('containers.group', { project: row.project, count: row.containers.length })}</strong>{' '}
            <span className="muted">{running}/{row.containers.length} {t('containers.state.running')}</span>
          </td>
          <td>
            <span className="row-actions" role="group" aria-label={t('containers.groupActions', { project: row.project })}>
              <button type="button" className="icon" aria-label={t('containers.projectLogs', { project: row.project })}
                onClick={() => window.open(`${window.location.pathname}${window.location.search}${routeHref({ screen: 'projectLogs', id: row.project })}`, `berth-project-${row.project}`, 'noopener')}>
                {t('containers.logs')}
              </button>
              {GROUP_ACTIONS.map((action) => (
                <button key={action} type="button" className={action === 'remove' ? 'icon danger' : 'icon'}
                  aria-label={t(`actions.${action}Named`, { name: row.project })}
                  onClick={() => void requestAction(t, action, row.containers)}>
                  {t(`actions.${action}`)}
                </button>
              ))}
            </span>
          </td>
        </tr>
      );
    }
    const c = row.container;
    return (
      <tr key={c.id} className={selectedSet.has(c.id) ? 'selected' : undefined} style={{ height: TABLE_ROW_HEIGHT }} data-container={c.name}>
        <td>
          <input type="checkbox" aria-label={t('containers.selectRow', { name: c.name })} checked={selectedSet.has(c.id)}
            onChange={(e) => toggle([c.id], e.target.checked)} />
        </td>
        <td><StateBadge container={c} /></td>
        <td className={row.grouped ? 'name grouped' : 'name'}><a href={routeHref({ screen: 'container', id: c.id })}>{c.name}</a></td>
        <td className="ellipsis" title={c.image}>{c.image}</td>
        <td><PortLinks container={c} /></td>
        <td>{formatAgo(t, c.created)}</td>
        <td className="ellipsis muted"><StatusText container={c} /></td>
        <td><ActionButtons container={c} /></td>
      </tr>
    );
  };

  return (
    <div className="table-scroll" ref={scrollRef}>
      <table className="grid containers-table" aria-label={t('containers.title')}>
        <thead>
          <tr>
            <th scope="col" className="col-select">
              <input type="checkbox" aria-label={t('containers.selectAll')} checked={allSelected}
                onChange={(e) => toggle(containers.map((c) => c.id), e.target.checked)} />
            </th>
            {headers.map((header) => {
              const cell = <SortHeader key={header.id} header={header} />;
              // Ports sit between image and created, and are not sortable.
              return header.id === 'created'
                ? [<th key="ports" scope="col" className="col-ports">{t('containers.columns.ports')}</th>, cell]
                : cell;
            })}
            <th scope="col" className="col-actions">{t('containers.columns.actions')}</th>
          </tr>
        </thead>
        <tbody>
          {paddingTop > 0 && <tr aria-hidden="true" style={{ height: paddingTop }} />}
          {items.map((item) => renderRow(rows[item.index]!))}
          {paddingBottom > 0 && <tr aria-hidden="true" style={{ height: paddingBottom }} />}
        </tbody>
      </table>
    </div>
  );
}
