import { ChevronDown, ChevronRight } from 'lucide-react';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { ContainerAction, ContainerSummary } from '../../../shared/containers';
import { routeHref } from '../../app/route-store';
import { formatAgo, formatBytes } from '../../ui/format';
import { SortHeader, sortBy, useSortHeaders } from '../../ui/sortable-table';
import { useVirtualRows } from '../../ui/use-virtual-rows';
import type { UsageHistory } from '../../../shared/stats';
import { ColumnResizer } from '../../ui/ColumnResizer';
import { MiniSparkline } from '../../ui/MiniSparkline';
import { useTableLayout, useTablePrefs } from '../../ui/table-prefs';
import { tableKeyHandler } from '../../ui/use-table-keys';
import { useFleetUsage } from './use-fleet-usage';
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
/** Every data column in order; all but state and name can be hidden (CPU and memory start hidden). */
const COLUMNS = ['state', 'name', 'image', 'ports', 'created', 'status', 'cpu', 'memory'] as const;
type Column = (typeof COLUMNS)[number];
export const HIDEABLE: Column[] = ['image', 'ports', 'created', 'status', 'cpu', 'memory'];
/** Default widths; name, image and status share what is left until the user sizes them (the table fits the window). */
const WIDTHS: Partial<Record<Column, number>> = { state: 110, ports: 100, created: 100, cpu: 130, memory: 140 };
const TABLE = 'containers';

function UsageCell({ usage, id, column }: { usage: UsageHistory | null; id: string; column: 'cpu' | 'memory' }) {
  const now = usage?.now.get(id);
  if (!now) return <td className="muted">—</td>;
  return (
    <td><span className="usage">
      <MiniSparkline values={(column === 'cpu' ? usage!.cpu : usage!.memory).get(id) ?? []} max={column === 'cpu' ? 100 : undefined} />
      <span className="num">{column === 'cpu' ? `${now.cpuPercent.toFixed(1)}%` : formatBytes(now.memoryBytes)}</span>
    </span></td>
  );
}

/** The container list: sortable, grouped by compose project, and virtualized so only visible rows are in the DOM. */
export function ContainerTable({ containers }: { containers: ContainerSummary[] }) {
  const { t } = useTranslation();
  const selected = useContainers((s) => s.selected);
  const collapsed = useContainersView((s) => s.collapsed);
  const toggleGroup = useContainersView((s) => s.toggleGroup);
  const { sort, headers } = useSortHeaders(SORTABLE, 'containers.columns', [{ id: 'name', desc: false }]);
  const rows = useMemo(() => buildRows(sortBy(containers, sort, SORT_FIELDS), new Set(collapsed)), [containers, sort, collapsed]);
  const { scrollRef, items, paddingTop, paddingBottom, rowHeight, reveal } = useVirtualRows(rows.length);
  const layout = useTableLayout(TABLE);
  const shown = COLUMNS.filter((c) => !layout.hidden.includes(c));
  const widthOf = (c: Column): number | undefined => layout.widths[c] ?? WIDTHS[c];
  const usage = useFleetUsage(shown.includes('cpu') || shown.includes('memory'));
  const selectedSet = new Set(selected);
  const allSelected = containers.length > 0 && containers.every((c) => selectedSet.has(c.id));
  const toggle = (ids: string[], on: boolean): void =>
    setSelected(on ? [...new Set([...selected, ...ids])] : selected.filter((id) => !ids.includes(id)));
  const rowContainers = (row: ListRow) => (row.kind === 'group' ? row.containers : [row.container]);
  const onKeyDown = tableKeyHandler({
    count: rows.length,
    reveal,
    toggle: (index) => {
      const ids = rowContainers(rows[index]!).map((c) => c.id);
      toggle(ids, !ids.every((id) => selectedSet.has(id)));
    },
    remove: (index) => void requestAction(t, 'remove', rowContainers(rows[index]!)),
  });
  const sortHeaders = new Map(headers.map((h) => [h.id, h]));
  const resizer = (c: Column, label: string) => (
    <ColumnResizer label={label} width={widthOf(c)} onResize={(w) => useTablePrefs.getState().setWidth(TABLE, c, w)} />
  );

  const renderRow = (row: ListRow, index: number) => {
    if (row.kind === 'group') {
      const ids = row.containers.map((c) => c.id);
      const running = row.containers.filter((c) => c.state === 'running').length;
      return (
        <tr key={`group:${row.project}`} className="group-row" style={{ height: rowHeight }} data-index={index}>
          <td>
            <input type="checkbox" aria-label={t('containers.selectGroup', { project: row.project })}
              checked={ids.every((id) => selectedSet.has(id))} onChange={(e) => toggle(ids, e.target.checked)} />
          </td>
          <td colSpan={shown.length - 1}>
            <button type="button" className="link-button" aria-expanded={!row.collapsed} data-primary
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
      <tr key={c.id} className={selectedSet.has(c.id) ? 'selected' : undefined} style={{ height: rowHeight }} data-container={c.name} data-index={index}>
        <td>
          <input type="checkbox" aria-label={t('containers.selectRow', { name: c.name })} checked={selectedSet.has(c.id)}
            onChange={(e) => toggle([c.id], e.target.checked)} />
        </td>
        {shown.map((column) => {
          switch (column) {
            case 'state': return <td key={column}><StateBadge container={c} /></td>;
            case 'name': return <td key={column} className={row.grouped ? 'name grouped' : 'name'}><a href={routeHref({ screen: 'container', id: c.id })} data-primary>{c.name}</a></td>;
            case 'image': return <td key={column} className="ellipsis" title={c.image}>{c.image}</td>;
            case 'ports': return <td key={column}><PortLinks container={c} /></td>;
            case 'created': return <td key={column}>{formatAgo(t, c.created)}</td>;
            case 'status': return <td key={column} className="ellipsis muted"><StatusText container={c} /></td>;
            default: return <UsageCell key={column} usage={usage} id={c.id} column={column} />;
          }
        })}
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
            {shown.map((column) => {
              const label = t(`containers.columns.${column}`);
              const header = sortHeaders.get(column);
              return header
                ? <SortHeader key={column} header={header} width={widthOf(column)}>{resizer(column, label)}</SortHeader>
                : <th key={column} scope="col" className={`col-${column}`} style={widthOf(column) ? { width: widthOf(column) } : undefined}>{label}{resizer(column, label)}</th>;
            })}
            <th scope="col" className="col-actions">{t('containers.columns.actions')}</th>
          </tr>
        </thead>
        <tbody onKeyDown={onKeyDown}>
          {paddingTop > 0 && <tr aria-hidden="true" style={{ height: paddingTop }} />}
          {items.map((item) => renderRow(rows[item.index]!, item.index))}
          {paddingBottom > 0 && <tr aria-hidden="true" style={{ height: paddingBottom }} />}
        </tbody>
      </table>
    </div>
  );
}
