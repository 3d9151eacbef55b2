import { useTranslation } from 'react-i18next';
import { rateSeries } from '../../../shared/stats';
import { formatBytes } from '../../ui/format';
import { Sparkline } from './Sparkline';
import { useStatsStream } from './use-stats-stream';

export function StatsTab({ id, running }: { id: string; running: boolean }) {
  const { t } = useTranslation();
  const samples = useStatsStream(id, running);
  if (!running) return <p className="muted">{t('details.notRunning')}</p>;
  const last = samples.at(-1);
  if (!last) return <p className="muted">{t('details.statsWaiting')}</p>;
  const times = samples.map((s) => s.time / 1000);
  const perSecond = (v: number): string => `${formatBytes(v)}/s`;
  return (
    <div className="charts">
      <Sparkline label={`${t('details.cpu')} ${last.cpuPercent.toFixed(1)}%`} times={times} format={(v) => `${v.toFixed(1)}%`}
        series={[{ label: t('details.cpu'), values: samples.map((s) => s.cpuPercent), color: '#3b82f6' }]} />
      <Sparkline label={`${t('details.memory')} ${t('details.memoryOf', { used: formatBytes(last.memoryBytes), limit: formatBytes(last.memoryLimitBytes) })}`}
        times={times} format={formatBytes} series={[{ label: t('details.memory'), values: samples.map((s) => s.memoryBytes), color: '#8b5cf6' }]} />
      <Sparkline label={t('details.network')} times={times} format={perSecond} series={[
        { label: t('details.rx'), values: rateSeries(samples, (s) => s.networkRxBytes), color: '#10b981' },
        { label: t('details.tx'), values: rateSeries(samples, (s) => s.networkTxBytes), color: '#f59e0b' },
      ]} />
      <Sparkline label={t('details.block')} times={times} format={perSecond} series={[
        { label: t('details.read'), values: rateSeries(samples, (s) => s.blockReadBytes), color: '#06b6d4' },
        { label: t('details.write'), values: rateSeries(samples, (s) => s.blockWriteBytes), color: '#ef4444' },
      ]} />
    </div>
  );
}
