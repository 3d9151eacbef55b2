import './image-table.css';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { routeHref } from '../../app/route-store';
import { formatAgo, formatBytes, shortId } from '../../ui/format';
import { SortHeader, sortBy, useSortHeaders } from '../../ui/sortable-table';
import { tableKeyHandler } from '../../ui/use-table-keys';
import { useVirtualRows } from '../../ui/use-virtual-rows';
import { VirtualBody } from '../../ui/VirtualBody';
import type { ImageRow } from './image-rows';

const SORTABLE = ['repository', 'tag', 'id', 'created', 'size', 'containers'] as const;

interface ImageTableProps {
  rows: ImageRow[];
  selected: ReadonlySet<string>;
  onSelect(keys: string[], on: boolean): void;
  onTagPush(row: ImageRow, mode: 'tag' | 'push'): void;
  onRemove(row: ImageRow): void;
}

/** Images, one row per tag: sortable, and virtualized so only the visible rows are in the DOM. */
export function ImageTable({ rows, selected, onSelect, onTagPush, onRemove }: ImageTableProps) {
  const { t } = useTranslation();
  const { sort, headers } = useSortHeaders(SORTABLE, 'images.columns', [{ id: 'created', desc: true }]);
  const sorted = useMemo(() => sortBy(rows, sort), [rows, sort]);
  const { scrollRef, items, paddingTop, paddingBottom, rowHeight, reveal } = useVirtualRows(sorted.length);
  const onKeyDown = tableKeyHandler({
    count: sorted.length, reveal,
    toggle: (index) => onSelect([sorted[index]!.key], !selected.has(sorted[index]!.key)),
    remove: (index) => onRemove(sorted[index]!),
  });
  const allSelected = rows.length > 0 && rows.every((r) => selected.has(r.key));
  return (
    <div className="table-scroll" ref={scrollRef}>
      <table className="grid images-table" aria-label={t('images.title')}>
        <thead>
          <tr>
            <th scope="col" className="col-select">
              <input type="checkbox" aria-label={t('images.selectAll')} checked={allSelected} onChange={(e) => onSelect(rows.map((r) => r.key), e.target.checked)} />
            </th>
            {headers.map((header) => <SortHeader key={header.id} header={header} />)}
            <th scope="col">{t('images.columns.actions')}</th>
          </tr>
        </thead>
        <VirtualBody paddingTop={paddingTop} paddingBottom={paddingBottom} onKeyDown={onKeyDown}>
          {items.map((item) => {
            const r = sorted[item.index]!;
            const name = r.dangling ? shortId(r.id) : r.key;
            return (
              <tr key={r.key} style={{ height: rowHeight }} data-image={r.key} data-index={item.index} className={selected.has(r.key) ? 'selected' : undefined}>
                <td><input type="checkbox" aria-label={t('images.select', { name })} checked={selected.has(r.key)} onChange={(e) => onSelect([r.key], e.target.checked)} /></td>
                <td className="ellipsis" title={r.repository}>
                  <a href={routeHref({ screen: 'image', id: r.dangling ? r.id : r.key })} data-primary>{r.dangling ? t('images.untagged') : r.repository}</a>
                  {r.dangling && <span className="badge" title={t('images.danglingHint')}> {t('images.dangling')}</span>}
                </td>
                <td>{r.tag || t('images.untagged')}</td>
                <td><code>{shortId(r.id)}</code></td>
                <td>{formatAgo(t, r.created)}</td>
                <td>{formatBytes(r.size)}</td>
                <td>{r.containers}</td>
                <td>
                  <span className="row-actions" role="group" aria-label={t('images.actionsFor', { name })}>
                    {(['tag', 'push'] as const).map((mode) => (
                      <button key={mode} type="button" onClick={() => onTagPush(r, mode)} aria-label={t(`images.${mode}Open`, { name })}>{t(`images.${mode}Button`)}</button>
                    ))}
                  </span>
                </td>
              </tr>
            );
          })}
        </VirtualBody>
      </table>
    </div>
  );
}
