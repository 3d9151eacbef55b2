import './compose.css';
import { Suspense, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ComposeRunInput } from '../../../shared/compose';
import type { ComposeProject } from '../../../shared/compose-projects';
import { api } from '../../app/api-client';
import { routeHref, useEngineId } from '../../app/route-store';
import { describeError, errorData } from '../../ui/api-error';
import { lazyComponent } from '../../ui/lazy-component';
import { notify } from '../../ui/notices-store';
import { Skeleton } from '../../ui/Skeleton';
import { Tabs } from '../../ui/Tabs';
import { CliNote } from './CliNote';
import { startRun, useProjectRun } from './compose-runs';
import { reloadOpened, useComposeProject } from './compose-store';
import { projectInput } from './project-input';
import { ProjectState } from './ProjectState';
import { RunPanel } from './RunPanel';
import { ServicesTable } from './ServicesTable';
import { useProjectConfig } from './use-project-config';

const UpDialog = lazyComponent(() => import('./UpDialog').then((m) => m.UpDialog));
const DownDialog = lazyComponent(() => import('./DownDialog').then((m) => m.DownDialog));
const FileTab = lazyComponent(() => import('./FileTab').then((m) => m.FileTab));

const TABS = ['services', 'file'] as const;
type Tab = (typeof TABS)[number];
type ProjectAction = 'start' | 'stop' | 'restart' | 'pull' | 'build';

/**
 * The services the user scaled (more than one container): Apply keeps them so, since a plain `up` would bring each
 * back to the file's count and so remove containers the edit did not touch.
 */
const keptScale = (project: ComposeProject): Record<string, number> =>
  Object.fromEntries(project.services.filter((s) => s.total > 1).map((s) => [s.name, s.total]));

/** One compose project: its state and files, project and per-service actions with their live output, and its file. */
export function ProjectPage({ name, tab }: { name: string; tab?: string }) {
  const { t } = useTranslation();
  const engine = useEngineId();
  const { project, loaded, install } = useComposeProject(name);
  const run = useProjectRun(engine, name);
  const [open, setOpen] = useState<'up' | 'down' | null>(null);
  const input = project ? projectInput(project) : null;
  // The config is read again after each save, so the services follow the file (a run does not change it).
  const [version, setVersion] = useState(0);
  const { config, error: configError } = useProjectConfig(input, version);
  if (!loaded) return <Skeleton lines={4} />;
  if (!project || !input) return <section className="screen"><p className="empty">{t('errors.NOT_FOUND')}</p><a href={routeHref({ screen: 'compose' })}>{t('compose.back')}</a></section>;
  const busy = run?.state === 'working';
  const hasFiles = input.files.length > 0 && !configError;
  const go = (label: string, runInput: ComposeRunInput['run']) => startRun(engine, label, { project: input, run: runInput });
  const act = (action: ProjectAction, services: string[] = []) => go(services.length ? `${t(`compose.a.${action}`)} ${services.join(', ')}` : t(`compose.a.${action}`), { action, services });
  const forget = () => api.compose.forget.mutate({ engine, name }).then(() => {
    reloadOpened(engine);
    notify('info', t('compose.forgotten', { name }));
  }, (err) => notify('error', describeError(t, errorData(err))));
  const current: Tab = tab === 'file' ? 'file' : 'services';
  return (
    <section className="screen" aria-labelledby="project-title">
      <header className="screen-header">
        <a href={routeHref({ screen: 'compose' })}>{t('compose.back')}</a>
        <h1 id="project-title">{name}</h1>
        <ProjectState project={project} />
      </header>
      <dl className="project-facts">
        {project.workingDir && <><dt>{t('compose.folder')}</dt><dd><code>{project.workingDir}</code></dd></>}
        {project.configFiles.length > 0 && <><dt>{t('compose.files')}</dt><dd><code>{project.configFiles.join(', ')}</code></dd></>}
        {input.envFile && <><dt>{t('compose.envFileShown')}</dt><dd><code>{input.envFile}</code></dd></>}
      </dl>
      <CliNote install={install?.found ? null : install} />
      {configError && <p className="form-error" role="alert">{configError}</p>}
      {!input.files.length && <p className="muted">{t('compose.notOpened')}</p>}
      <div className="project-actions" role="group" aria-label={t('compose.actionsFor', { name })}>
        <button type="button" className="primary" disabled={busy || !hasFiles} onClick={() => setOpen('up')}>{t('compose.a.up')}</button>
        <button type="button" disabled={busy || !project.total} onClick={() => act('start')}>{t('compose.a.start')}</button>
        <button type="button" disabled={busy || !project.running} onClick={() => act('stop')}>{t('compose.a.stop')}</button>
        <button type="button" disabled={busy || !project.total} onClick={() => act('restart')}>{t('compose.a.restart')}</button>
        <button type="button" disabled={busy || !hasFiles} onClick={() => act('pull')}>{t('compose.a.pull')}</button>
        {config?.services.some((s) => s.build) && <button type="button" disabled={busy || !hasFiles} onClick={() => act('build')}>{t('compose.a.build')}</button>}
        <a className="button" href={routeHref({ screen: 'projectLogs', id: name })} target="_blank" rel="noreferrer">{t('compose.a.logs')}</a>
        <button type="button" className="danger" disabled={busy || (!project.total && !hasFiles)} onClick={() => setOpen('down')}>{t('compose.a.down')}</button>
        {project.opened && <button type="button" disabled={busy} onClick={() => void forget()}>{t('compose.forget')}</button>}
      </div>
      {run && <RunPanel engine={engine} project={name} run={run} />}
      <Tabs label={name} tabs={TABS.map((id) => ({ id, label: t(`compose.${id}`) }))} value={current}
        onChange={(next) => { window.location.hash = routeHref({ screen: 'project', id: name, ...(next === 'file' ? { tab: 'file' } : {}) }); }}
        panel={(which) => (which === 'services'
          ? <ServicesTable project={project} config={config?.services ?? []} busy={busy} canRun={hasFiles}
              onAction={(action, service) => act(action, [service])}
              onScale={(service, count) => go(`${t('compose.a.scale')} ${service}=${count}`, { action: 'up', services: [service], build: false, pull: 'missing', forceRecreate: false, removeOrphans: false, scale: { [service]: count } })} />
          : <Suspense fallback={<Skeleton lines={6} />}>
              <FileTab project={input} busy={busy} onSaved={() => setVersion((v) => v + 1)}
                onApply={() => go(t('compose.editor.apply'), { action: 'up', services: [], build: false, pull: 'missing', forceRecreate: false, removeOrphans: false, scale: keptScale(project) })} />
            </Suspense>)} />
      <Suspense>
        {open === 'up' && <UpDialog project={input} services={config?.services ?? []} onClose={() => setOpen(null)}
          onUp={(choice) => go(t('compose.upSubmit'), { action: 'up', scale: {}, ...choice })} />}
        {open === 'down' && <DownDialog name={name} onClose={() => setOpen(null)} onDown={(choice) => go(t('compose.downSubmit'), { action: 'down', ...choice })} />}
      </Suspense>
    </section>
  );
}
