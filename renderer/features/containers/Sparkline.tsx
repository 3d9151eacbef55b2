import './stats.css';
import { useEffect, useRef } from 'react';
import uPlot from 'uplot';
import 'uplot/dist/uPlot.min.css';

interface SparklineProps {
  label: string;
  times: number[];
  series: { label: string; values: number[]; color: string }[];
  format(value: number): string;
}

/** A small live chart; uPlot redraws in place instead of re-rendering the DOM. */
export function Sparkline({ label, times, series, format }: SparklineProps) {
  const host = useRef<HTMLDivElement>(null);
  const plot = useRef<uPlot | null>(null);
  const names = series.map((s) => s.label).join('|');
  const data = [times, ...series.map((s) => s.values)] as uPlot.AlignedData;
  useEffect(() => {
    if (!host.current) return;
    plot.current = new uPlot(
      {
        width: 340, height: 120, legend: { show: true },
        axes: [{ show: false }, { size: 60, values: (_u, ticks) => ticks.map(format) }],
        series: [{}, ...series.map((s) => ({ label: s.label, stroke: s.color, width: 1.5, value: (_u: uPlot, v: number | null) => (v == null ? '—' : format(v)) }))],
        scales: { y: { range: (_u, _min, max) => [0, Math.max(max, 1e-9) * 1.1] } },
      },
      [[], ...series.map(() => [])],
      host.current,
    );
    return () => plot.current?.destroy();
    // Rebuild only when the set of series changes; data flows in below.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [names]);
  useEffect(() => {
    plot.current?.setData(data);
  });
  return (
    <figure className="chart">
      <figcaption>{label}</figcaption>
      <div ref={host} role="img" aria-label={`${label}: ${series.map((s) => `${s.label} ${format(s.values.at(-1) ?? 0)}`).join(', ')}`} />
    </figure>
  );
}
