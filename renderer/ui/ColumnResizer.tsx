import type { KeyboardEvent, PointerEvent } from 'react';
import { useTranslation } from 'react-i18next';

const MIN = 60;
const MAX = 800;
const STEP = 16;
const clamp = (width: number) => Math.max(MIN, Math.min(MAX, width));

/**
 * The edge of a column header: drag it, or focus it and press the arrow keys, to change the column's width.
 * `onResize` gets the new width; the table keeps it.
 */
export function ColumnResizer({ label, width, onResize }: { label: string; width: number; onResize(width: number): void }) {
  const { t } = useTranslation();
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
    onResize(clamp(width + delta));
  };
  return (
    <div className="column-resizer" role="separator" aria-orientation="vertical" tabIndex={0}
      aria-label={t('table.resize', { column: label })} aria-valuenow={Math.round(width)} aria-valuemin={MIN} aria-valuemax={MAX}
      onPointerDown={onPointerDown} onKeyDown={onKeyDown} />
  );
}
