/** A tiny trend line for a table cell; the cell's text carries the value, so the line is decoration to assistive tech. */
export function MiniSparkline({ values, max }: { values: number[]; max?: number }) {
  if (values.length < 2) return null;
  const top = Math.max(max ?? 0, ...values, 1e-9);
  const step = 60 / (values.length - 1);
  const points = values.map((v, i) => `${(i * step).toFixed(1)},${(15 - (v / top) * 14).toFixed(1)}`).join(' ');
  return (
    <svg className="mini-sparkline" width="60" height="16" viewBox="0 0 60 16" aria-hidden="true">
      <polyline points={points} fill="none" stroke="currentColor" strokeWidth="1.25" />
    </svg>
  );
}
