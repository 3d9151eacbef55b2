import './dashboard.css';
import { Boxes, Download, Play, Server, Settings } from 'lucide-react';
import { Suspense, useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ContainerSummary } from '../../../shared/containers';
import { topConsumers, type UsageMeasure } from '../../../shared/stats';
import { routeHref, useEngineId } from '../../app/route-store';
import { formatBytes, roundBytes } from '../../ui/format';
import { lazyComponent } from '../../ui/lazy-component';
import { Skeleton } from '../../ui/Skeleton';
import { useNow } from '../../ui/use-now';
import { followContainers, useContainers } from '../containers/containers-store';
import { useFleetUsage } from '../containers/use-fleet-usage';
import { engineStatuses, useFollowedEngines } from '../engine/engine-store';
import { followImages, useImages } from '../images/images-store';
import { describeEvent, eventAge } from './event-text';
import { useRecentEvents } from './use-recent-events';

const RunDialog = lazyComponent(() => import('../containers/RunDialog').then((m) => m.RunDialog));
const PullDialog = lazyComponent(() => import('../images/PullDialog').then((m) => m.PullDialog));
const TOP = 5;

function Card({ id, title, children, wide }: { id: string; title: string; children: React.ReactNode; wide?: boolean }) {
  return (
    <section className={`dash-card${wide ? ' dash-wide' : ''}`} aria-labelledby={id}>
      <h2 id={id}>{title}</h2>
      {children}
    </section>
  );
}

function EnginesCard() {
  const { t } = useTranslation();
  const engines = useFollowedEngines();
  const statuses = engineStatuses.store((s) => s.engines);
  return (
    <Card id="dash-engines" title={t('dashboard.engines')}>
      <ul className="dash-list">
        {engines.map((engine) => {
          const status = statuses[engine.id];
          const state = status?.state ?? 'connecting';
          return (
            <li key={engine.id}>
              <span className={`engine-dot engine-${state}`} aria-hidden="true" />
              <a href={routeHref({ screen: 'home' }, engine.id)}>{engine.label}</a>
              <span className="muted">
                {status?.state === 'connected'
                  ? t('dashboard.engineFacts', { version: status.info.version, running: status.info.running, total: status.info.containers })
                  : t(`engine.states.${state}`)}
              </span>
            </li>
          );
        })}
      </ul>
      <a href={routeHref({ screen: 'info' })}>{t('info.open')}</a>
    </Card>
  );
}

const countStates = (containers: ContainerSummary[]) => {
  const counts = { running: 0, paused: 0, stopped: 0 };
  for (const c of containers) counts[c.state === 'running' || c.state === 'restarting' ? 'running' : c.state === 'paused' ? 'paused' : 'stopped']++;
  return counts;
};

function ContainersCard() {
  const { t } = useTranslation();
  const byId = useContainers((s) => s.byId);
  const loaded = useContainers((s) => s.loaded);
  const counts = useMemo(() => countStates(Object.values(byId)), [byId]);
  return (
    <Card id="dash-containers" title={t('nav.containers')}>
      {loaded ? (
        <dl className="dash-counts">
          {(['running', 'paused', 'stopped'] as const).map((state) => (
            <div key={state}><dt>{t(`dashboard.${state}`)}</dt><dd>{counts[state]}</dd></div>
          ))}
        </dl>
      ) : <Skeleton lines={2} />}
      <a href={routeHref({ screen: 'containers' })}>{t('dashboard.allContainers')}</a>
    </Card>
  );
}

function ImagesCard() {
  const { t } = useTranslation();
  const { images } = useImages();
  const engine = useEngineId();
  useEffect(() => followImages(engine), [engine]);
  const size = images.reduce((sum, i) => sum + i.size, 0);
  const dangling = images.filter((i) => i.repoTags.length === 0).length;
  return (
    <Card id="dash-images" title={t('nav.images')}>
      <dl className="dash-counts">
        <div><dt>{t('dashboard.images')}</dt><dd>{images.length}</dd></div>
        <div><dt>{t('dashboard.imageSize')}</dt><dd>{formatBytes(size)}</dd></div>
        <div><dt>{t('dashboard.dangling')}</dt><dd>{dangling}</dd></div>
      </dl>
      <span className="dash-links"><a href={routeHref({ screen: 'images' })}>{t('dashboard.allImages')}</a> · <a href={routeHref({ screen: 'disk' })}>{t('nav.disk')}</a></span>
    </Card>
  );
}

/**
 * Figures as shown, and how close two are "about the same" (their rows then keep their places): near-idle containers do
 * not swap places every second, and a figure that reads the same leaves its row, and the page's layout, untouched.
 */
const MEASURES: { measure: UsageMeasure; round(v: number): number; near: number; format(v: number): string }[] = [
  { measure: 'cpu', round: (v) => Math.round(v * 10) / 10, near: 0.5, format: (v) => `${v.toFixed(1)}%` },
  { measure: 'memory', round: roundBytes, near: 1e6, format: formatBytes },
  { measure: 'network', round: roundBytes, near: 1e3, format: (v) => `${formatBytes(v)}/s` },
];

function ConsumersCard() {
  const { t } = useTranslation();
  const usage = useFleetUsage(true);
  const byId = useContainers((s) => s.byId);
  const running = useMemo(() => Object.values(byId).filter((c) => c.state === 'running').length, [byId]);
  const [shown] = useState(() => new Map<UsageMeasure, string[]>()); // the order last shown, per measure
  return (
    <Card id="dash-top" title={t('dashboard.top')} wide>
      {running === 0 ? <p className="muted">{t('dashboard.noneRunning')}</p> : !usage || usage.now.size === 0 ? (
        <Skeleton lines={2} />
      ) : (
        <div className="dash-top">
          {MEASURES.map(({ measure, round, near, format }) => {
            const top = topConsumers(usage.now, measure, TOP, { round, near, previous: shown.get(measure) });
            shown.set(measure, top.map((e) => e.id));
            const max = Math.max(...top.map((e) => e.value), 1e-9);
            return (
              <section key={measure} aria-labelledby={`dash-top-${measure}`}>
                <h3 id={`dash-top-${measure}`}>{t(`dashboard.by.${measure}`)}</h3>
                <ol className="dash-bars">
                  {top.map(({ id, value }) => (
                    <li key={id}>
                      <a href={routeHref({ screen: 'container', id, tab: 'stats' })}>{byId[id]?.name ?? id.slice(0, 12)}</a>
                      {/* A bar drawn by the compositor (a transform), not a native meter: it changes every second. */}
                      <span className="dash-bar" aria-hidden="true"><span style={{ transform: `scaleX(${(value / max).toFixed(2)})` }} /></span>
                      <span className="num">{format(value)}</span>
                    </li>
                  ))}
                </ol>
              </section>
            );
          })}
        </div>
      )}
    </Card>
  );
}

function EventsCard() {
  const { t } = useTranslation();
  const events = useRecentEvents();
  const now = useNow();
  return (
    <Card id="dash-events" title={t('dashboard.events')} wide>
      {events.length === 0 ? <p className="muted">{t('dashboard.noEvents')}</p> : (
        <ol className="dash-events" tabIndex={0} aria-labelledby="dash-events">
          {events.map((e, i) => (
            <li key={`${e.time}-${e.id}-${e.action}-${i}`}>
              <time dateTime={new Date(e.time).toISOString()} className="muted">{eventAge(t, e, now)}</time>
              <span>{describeEvent(t, e)}</span>
            </li>
          ))}
        </ol>
      )}
    </Card>
  );
}

/** Home: the engine at a glance (health, counts, disk, what it did lately, who uses most) and the common next steps. */
export function DashboardScreen() {
  const { t } = useTranslation();
  const engine = useEngineId();
  const [open, setOpen] = useState<'run' | 'pull' | null>(null);
  useEffect(() => followContainers(engine), [engine]);
  return (
    <section className="screen" aria-labelledby="dashboard-title">
      <header className="screen-header">
        <h1 id="dashboard-title">{t('nav.home')}</h1>
        <div className="header-end" role="group" aria-label={t('dashboard.quick')}>
          <button type="button" className="primary" onClick={() => setOpen('run')}><Play aria-hidden="true" /> {t('containers.run')}</button>
          <button type="button" onClick={() => setOpen('pull')}><Download aria-hidden="true" /> {t('images.pullOpen')}</button>
          <a className="button" href={routeHref({ screen: 'engines' })}><Server aria-hidden="true" /> {t('engine.manage')}</a>
          <a className="button" href={routeHref({ screen: 'all' })}><Boxes aria-hidden="true" /> {t('engine.all')}</a>
          <a className="button" href={routeHref({ screen: 'settings' })}><Settings aria-hidden="true" /> {t('nav.settings')}</a>
        </div>
      </header>
      <div className="dash-grid">
        <EnginesCard />
        <ContainersCard />
        <ImagesCard />
        <ConsumersCard />
        <EventsCard />
      </div>
      {open === 'run' && <Suspense><RunDialog onClose={() => setOpen(null)} /></Suspense>}
      {open === 'pull' && <Suspense><PullDialog onClose={() => setOpen(null)} /></Suspense>}
    </section>
  );
}
