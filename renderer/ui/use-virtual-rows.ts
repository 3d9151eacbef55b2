import { useVirtualizer } from '@tanstack/react-virtual';
import { useRef } from 'react';
import { ROW_HEIGHT, useTablePrefs } from './table-prefs';

/**
 * A virtualized table body: the rows to render, and the spacer heights above and below them, so that only the
 * visible rows are in the DOM whatever the count. `scrollRef` goes on the scrolling element around the table; rows
 * are `rowHeight` tall (the density the user chose); `reveal` scrolls a row into the DOM (keyboard moves).
 */
export function useVirtualRows(count: number) {
  const scrollRef = useRef<HTMLDivElement>(null);
  const rowHeight = ROW_HEIGHT[useTablePrefs((s) => s.density)];
  // eslint-disable-next-line react-hooks/incompatible-library -- the virtualizer is read during render on purpose
  const virtualizer = useVirtualizer({ count, getScrollElement: () => scrollRef.current, estimateSize: () => rowHeight, overscan: 8 });
  const items = virtualizer.getVirtualItems();
  const paddingTop = items[0]?.start ?? 0;
  const paddingBottom = items.length ? virtualizer.getTotalSize() - items[items.length - 1]!.end : 0;
  const reveal = (index: number) => virtualizer.scrollToIndex(index, { align: 'auto' });
  return { scrollRef, items, paddingTop, paddingBottom, rowHeight, reveal };
}
