import { getCoreRowModel, useReactTable, type ColumnDef, type SortingState } from '@tanstack/react-table';
import { useVirtualizer } from '@tanstack/react-virtual';
import { useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { routeHref } from '../../app/route-store';
import { formatAgo, formatBytes, shortId } from '../../ui/format';
import { sortRows, type ImageRow } from './image-rows';

const ROW_HEIGHT = 40;
const SORTABLE = ['repository', 'tag', 'id', 'created', 'size', 'containers'] as const;

interface ImageTableProps {
  rows: ImageRow[];
  selected: ReadonlySet<string>;
  onSelect(keys: string[], on: boolean): void;
  onTagPush(row: ImageRow, mode: 'tag' | 'push'): void;
}

/**
 * Images, one row per tag: sortable, and virtualized so only the visible rows are in the DOM. The rows are sorted
 * here and the table gets only the visible ones (it builds a row object per row: for 2,000 tags that was most of the
 * first paint, and most of its garbage).
 */
export function ImageTable({ rows, selected, onSelect, onTagPush }: ImageTableProps) {
  const { t } = useTranslation();
  const [sorting, setSorting] = useState<SortingState>([{ id: 'created', desc: true }]);
  const columns = useMemo<ColumnDef<ImageRow>[]>(() => SORTABLE.map((id) => ({ id, accessorKey: id, header: t(`images.columns.${id}`) })), [t]);
  const sorted = useMemo(() => sortRows(rows, sorting[0]), [rows, sorting]);
  const scrollRef = useRef<HTMLDivElement>(null);
  // eslint-disable-next-line react-hooks/incompatible-library -- table and virtualizer are read during render on purpose
  const virtualizer = useVirtualizer({ count: sorted.length, getScrollElement: () => scrollRef.current, estimateSize: () => ROW_HEIGHT, overscan: 8 });
  const items = virtualizer.getVirtualItems();
  const data = useMemo(() => items.map((item) => sorted[item.index]!), [items, sorted]);
  const table = useReactTable({
    data, columns, state: { sorting }, onSortingChange: setSorting, manualSorting: true,
    getCoreRowModel: getCoreRowModel(), getRowId: (r) => r.key,
  });
  const visible = table.getRowModel().rows;
  const allSelected = rows.length > 0 && rows.every((r) => selected.has(r.key));
  const paddingTop = items[0]?.start ?? 0;
  const paddingBottom = items.length ? virtualizer.getTotalSize() - items[items.length - 1]!.end : 0;
  return (
    <div className="table-scroll" ref={scrollRef}>
      <table className="grid" aria-label={t('images.title')}>
        <thead>
          <tr>
            <th scope="col" className="col-select">
              <input type="checkbox" aria-label={t('images.selectAll')} checked={allSelected} onChange={(e) => onSelect(rows.map((r) => r.key), e.target.checked)} />
            </th>
            {table.getHeaderGroups()[0]!.headers.map((header) => {
              const sort = header.column.getIsSorted();
              const label = String(header.column.columnDef.header);
              return (
                <th key={header.id} scope="col" aria-sort={sort === 'asc' ? 'ascending' : sort === 'desc' ? 'descending' : 'none'}>
                  <button type="button" className="link-button" aria-label={t('containers.sortBy', { column: label })} onClick={header.column.getToggleSortingHandler()}>
                    {label} {sort === 'asc' ? '▲' : sort === 'desc' ? '▼' : ''}
                  </button>
                </th>
              );
            })}
            <th scope="col">{t('images.columns.actions')}</th>
          </tr>
        </thead>
        <tbody>
          {paddingTop > 0 && <tr aria-hidden="true" style={{ height: paddingTop }} />}
          {visible.map(({ original: r }) => {
            const name = r.dangling ? shortId(r.id) : r.key;
            return (
              <tr key={r.key} style={{ height: ROW_HEIGHT }} data-image={r.key} className={selected.has(r.key) ? 'selected' : undefined}>
                <td><input type="checkbox" aria-label={t('images.select', { name })} checked={selected.has(r.key)} onChange={(e) => onSelect([r.key], e.target.checked)} /></td>
                <td className="ellipsis" title={r.repository}>
                  <a href={routeHref({ screen: 'image', id: r.dangling ? r.id : r.key })}>{r.dangling ? t('images.untagged') : r.repository}</a>
                  {r.dangling && <span className="badge" title={t('images.danglingHint')}> {t('images.dangling')}</span>}
                </td>
                <td>{r.tag || t('images.untagged')}</td>
                <td><code>{shortId(r.id)}</code></td>
                <td>{formatAgo(t, r.created)}</td>
                <td>{formatBytes(r.size)}</td>
                <td>{r.containers}</td>
                <td className="row-actions">
                  {(['tag', 'push'] as const).map((mode) => (
                    <button key={mode} type="button" onClick={() => onTagPush(r, mode)} aria-label={t(`images.${mode}Open`, { name })}>{t(`images.${mode}Button`)}</button>
                  ))}
                </td>
              </tr>
            );
          })}
          {paddingBottom > 0 && <tr aria-hidden="true" style={{ height: paddingBottom }} />}
        </tbody>
      </table>
    </div>
  );
}
