import { getCoreRowModel, useReactTable, type Header, type SortingState } from '@tanstack/react-table';
import { ArrowDown, ArrowUp } from 'lucide-react';
import { type ReactNode, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { collator } from './format';

export type Sort = { id: string; desc: boolean } | undefined;

/**
 * Rows sorted by one column (`fieldOf` names the field of a column that shows something derived from it): numbers by value, text in natural order ("web-2" before "web-10"), ignoring case. Sorting
 * here, not in react-table, keeps it from building a row object for every row on every change: the lists only
 * render the visible rows.
 */
export function sortBy<T extends object>(rows: T[], sort: Sort, fieldOf: Record<string, keyof T> = {}): T[] {
  if (!sort) return rows;
  const key = fieldOf[sort.id] ?? (sort.id as keyof T);
  const sign = sort.desc ? -1 : 1;
  return [...rows].sort((a, b) => {
    const x = a[key], y = b[key];
    return sign * (typeof x === 'number' && typeof y === 'number' ? x - y : collator.compare(String(x), String(y)));
  });
}

const NO_ROWS: never[] = [];

/** react-table for what it is good at here: the sortable headers and their state. The rows are sorted by sortBy. */
export function useSortHeaders(ids: readonly string[], labelPrefix: string, initial: SortingState) {
  const { t } = useTranslation();
  const [sorting, setSorting] = useState<SortingState>(initial);
  const columns = useMemo(() => ids.map((id) => ({ id, accessorKey: id, header: t(`${labelPrefix}.${id}`) })), [ids, labelPrefix, t]);
  // eslint-disable-next-line react-hooks/incompatible-library -- the table is read during render on purpose
  const table = useReactTable({ data: NO_ROWS, columns, state: { sorting }, onSortingChange: setSorting, manualSorting: true, getCoreRowModel: getCoreRowModel() });
  return { sort: sorting[0] as Sort, headers: table.getHeaderGroups()[0]!.headers };
}

/** A column header that sorts by its column, with aria-sort; `children` go after the label (a resize handle). */
export function SortHeader({ header, width, children }: { header: Header<never, unknown>; width?: number; children?: ReactNode }) {
  const { t } = useTranslation();
  const sort = header.column.getIsSorted();
  const label = String(header.column.columnDef.header);
  return (
    <th scope="col" className={`col-${header.id}`} style={width ? { width } : undefined} aria-sort={sort === 'asc' ? 'ascending' : sort === 'desc' ? 'descending' : 'none'}>
      <button type="button" className="link-button" aria-label={t('containers.sortBy', { column: label })} onClick={header.column.getToggleSortingHandler()}>
        {label} {sort === 'asc' ? <ArrowUp aria-hidden="true" /> : sort === 'desc' ? <ArrowDown aria-hidden="true" /> : null}
      </button>
      {children}
    </th>
  );
}
