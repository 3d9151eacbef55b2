import { useVirtualizer } from '@tanstack/react-virtual';
import { useRef } from 'react';

export const TABLE_ROW_HEIGHT = 40;

/**
 * A virtualized table body: the rows to render, and the spacer heights above and below them, so that only the
 * visible rows are in the DOM whatever the count. `scrollRef` goes on the scrolling element around the table.
 */
export function useVirtualRows(count: number) {
  const scrollRef = useRef<HTMLDivElement>(null);
  // eslint-disable-next-line react-hooks/incompatible-library -- the virtualizer is read during render on purpose
  const virtualizer = useVirtualizer({ count, getScrollElement: () => scrollRef.current, estimateSize: () => TABLE_ROW_HEIGHT, overscan: 8 });
  const items = virtualizer.getVirtualItems();
  const paddingTop = items[0]?.start ?? 0;
  const paddingBottom = items.length ? virtualizer.getTotalSize() - items[items.length - 1]!.end : 0;
  return { scrollRef, items, paddingTop, paddingBottom };
}
