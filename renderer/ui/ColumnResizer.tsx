import { type KeyboardEvent, type PointerEvent, useLayoutEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';

const MIN = 60;
const MAX = 800;
const STEP = 16;
const clamp = (width: number) => Math.max(MIN, Math.min(MAX, width));

/**
 * The edge of a column header: drag it, or focus it and press the arrow keys, to change the column's width.
 * `onResize` gets the new width; the table keeps it. Without a width yet, the column's drawn width is where it starts.
 */
export function ColumnResizer({ label, width, onResize }: { label: string; width: number | undefined; onResize(width: number): void }) {
  const { t } = useTranslation();
  const ref = useRef<HTMLDivElement>(null);
  const drawnWidth = (): number => Math.round(width ?? ref.current?.parentElement?.getBoundingClientRect().width ?? 0);
  // A column the user has not sized has the width the table gave it: the separator's value says so after each layout.
  useLayoutEffect(() => ref.current?.setAttribute('aria-valuenow', String(drawnWidth())));
  const onPointerDown = (event: PointerEvent<HTMLDivElement>) => {
    const handle = event.currentTarget;
    const startX = event.clientX;
    const startWidth = handle.parentElement!.getBoundingClientRect().width;
    handle.setPointerCapture(event.pointerId);
    const move = (e: globalThis.PointerEvent) => onResize(clamp(startWidth + e.clientX - startX));
    const up = () => {
      handle.removeEventListener('pointermove', move);
      handle.removeEventListener('pointerup', up);
    };
    handle.addEventListener('pointermove', move);
    handle.addEventListener('pointerup', up);
  };
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const delta = event.key === 'ArrowRight' ? STEP : event.key === 'ArrowLeft' ? -STEP : 0;
    if (!delta) return;
    event.preventDefault();
    onResize(clamp(drawnWidth() + delta));
  };
  return (
    <div ref={ref} className="column-resizer" role="separator" aria-orientation="vertical" tabIndex={0}
      aria-label={t('table.resize', { column: label })} aria-valuemin={MIN} aria-valuemax={MAX}
      onPointerDown={onPointerDown} onKeyDown={onKeyDown} />
  );
}
