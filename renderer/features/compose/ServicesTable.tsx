import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ComposeConfigService } from '../../../shared/compose';
import type { ComposeProject } from '../../../shared/compose-projects';
import { engineTagOf } from '../../../shared/parse/parse-image-reference';
import { routeHref, useEngineId } from '../../app/route-store';
import { followImages, useImages } from '../images/images-store';

type ServiceAction = 'start' | 'stop' | 'restart' | 'pull' | 'build';

interface Row { name: string; running: number; total: number; image: string | null; build: boolean; ports: string[]; first: string | null; config: ComposeConfigService | null }

/** The services compose's config names, with the containers the engine has of each (and any only the engine knows). */
function rows(project: ComposeProject, config: ComposeConfigService[]): Row[] {
  const live = new Map(project.services.map((s) => [s.name, s]));
  const names = [...new Set([...config.map((s) => s.name), ...live.keys()])].sort();
  return names.map((name) => {
    const s = live.get(name);
    const c = config.find((x) => x.name === name);
    const published = s?.ports.filter((p) => p.publicPort).map((p) => `${p.publicPort}→${p.privatePort}`) ?? [];
    return { name, running: s?.running ?? 0, total: s?.total ?? 0, image: c?.image ?? null, build: c?.build ?? false, ports: published.length ? [...new Set(published)] : c?.ports ?? [], first: s?.containers[0] ?? null, config: c ?? null };
  });
}

/** A project's services: containers running of each, image, ports; per service start, stop, restart, pull, build, scale. */
export function ServicesTable({ project, config, busy, canRun, onAction, onScale }: {
  project: ComposeProject; config: ComposeConfigService[]; busy: boolean; canRun: boolean;
  onAction(action: ServiceAction, service: string): void; onScale(service: string, count: number): void;
}) {
  const { t } = useTranslation();
  const engine = useEngineId();
  const { images } = useImages();
  useEffect(() => followImages(engine), [engine]);
  const local = useMemo(() => new Set(images.flatMap((i) => i.repoTags)), [images]);
  const [scale, setScale] = useState<Record<string, string>>({});
  const button = (action: ServiceAction, service: string, disabled = false) => (
    <button type="button" disabled={busy || disabled} aria-label={t('compose.serviceAction', { action: t(`compose.a.${action}`), service })} onClick={() => onAction(action, service)}>
      {t(`compose.a.${action}`)}
    </button>
  );
  return (
    <table className="grid compose-services" aria-label={t('compose.services')}>
      <thead>
        <tr>{(['service', 'state', 'image', 'ports', 'uses', 'scale', 'actions'] as const).map((c) => <th key={c} scope="col">{t(`compose.serviceColumns.${c}`)}</th>)}</tr>
      </thead>
      <tbody>
        {rows(project, config).map((r) => (
          <tr key={r.name} data-service={r.name}>
            <td>{r.first ? <a href={routeHref({ screen: 'container', id: r.first })}>{r.name}</a> : r.name}</td>
            <td>{r.total ? t('compose.replicas', { running: r.running, total: r.total }) : t('compose.states.notCreated')}</td>
            <td>
              {r.image}
              {r.image && !r.build && !local.has(engineTagOf(r.image)) && <span className="muted"> · {t('compose.toPull')}</span>}
              {r.build && <span className="muted">{r.image ? ' · ' : ''}{t('compose.build')}</span>}
            </td>
            <td>{r.ports.join(', ')}</td>
            <td className="uses">
              {(['volumes', 'networks', 'dependsOn'] as const).filter((k) => r.config?.[k].length).map((k) => (
                <div key={k}><span className="muted">{t(`compose.uses.${k}`)}</span> {r.config![k].join(', ')}</div>
              ))}
            </td>
            <td>
              <input type="number" min={0} max={100} className="scale-input" aria-label={t('compose.scaleTo', { service: r.name })}
                value={scale[r.name] ?? String(r.total)} onChange={(e) => setScale((s) => ({ ...s, [r.name]: e.target.value }))} />
              <button type="button" disabled={busy || !canRun} aria-label={t('compose.serviceAction', { action: t('compose.a.scale'), service: r.name })}
                onClick={() => onScale(r.name, Math.max(0, Math.min(100, Number(scale[r.name] ?? r.total) || 0)))}>{t('compose.a.scale')}</button>
            </td>
            <td>
              <span className="row-actions" role="group" aria-label={t('compose.serviceAction', { action: '', service: r.name })}>
                {r.first && r.running > 0 && <a className="button" href={routeHref({ screen: 'container', id: r.first, tab: 'shell' })} aria-label={t('compose.serviceAction', { action: t('compose.a.shell'), service: r.name })}>{t('compose.a.shell')}</a>}
                {r.first && <a className="button" href={routeHref({ screen: 'container', id: r.first, tab: 'logs' })} aria-label={t('compose.serviceAction', { action: t('compose.a.logs'), service: r.name })}>{t('compose.a.logs')}</a>}
                {r.running < r.total && button('start', r.name)}
                {r.running > 0 && button('stop', r.name)}
                {r.total > 0 && button('restart', r.name)}
                {button('pull', r.name, !canRun || !r.image)}
                {r.build && button('build', r.name, !canRun)}
              </span>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
