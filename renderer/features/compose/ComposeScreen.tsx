import './compose.css';
import { Suspense, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ComposeProject } from '../../../shared/compose-projects';
import { routeHref, useEngineId } from '../../app/route-store';
import { lazyComponent } from '../../ui/lazy-component';
import { Skeleton } from '../../ui/Skeleton';
import { CliNote } from './CliNote';
import { useComposeProjects } from './compose-store';
import { ProjectState } from './ProjectState';
import { QuickActions } from './QuickActions';

const OpenProjectDialog = lazyComponent(() => import('./OpenProjectDialog').then((m) => m.OpenProjectDialog));
const GenerateDialog = lazyComponent(() => import('./GenerateDialog').then((m) => m.GenerateDialog));

const matches = (p: ComposeProject, text: string): boolean => [p.name, ...p.services.map((s) => s.name), ...p.configFiles].some((s) => s.toLowerCase().includes(text));
const portText = (p: ComposeProject): string[] => [...new Set(p.services.flatMap((s) => s.ports.filter((port) => port.publicPort).map((port) => `${port.publicPort}→${port.privatePort}`)))];

/** Every compose project on the engine: from its containers' labels and the files opened here; open, generate, start, stop. */
export function ComposeScreen() {
  const { t } = useTranslation();
  const engine = useEngineId();
  const { projects, loaded, install } = useComposeProjects();
  const [query, setQuery] = useState('');
  const [open, setOpen] = useState<'open' | 'generate' | null>(null);
  const shown = useMemo(() => projects.filter((p) => !query.trim() || matches(p, query.trim().toLowerCase())), [projects, query]);
  return (
    <section className="screen" aria-labelledby="compose-title">
      <header className="screen-header">
        <h1 id="compose-title">{t('nav.compose')}</h1>
        <input type="search" className="filter" aria-label={t('compose.filter')} placeholder={t('compose.filter')} value={query} onChange={(e) => setQuery(e.target.value)} />
        <span className="muted">{t('compose.count', { count: shown.length })}</span>
        <div className="header-end">
          <button type="button" className="primary" onClick={() => setOpen('open')}>{t('compose.open')}</button>
          <button type="button" onClick={() => setOpen('generate')}>{t('compose.generate')}</button>
        </div>
      </header>
      <CliNote install={install} />
      {!loaded && <Skeleton lines={3} />}
      {loaded && !projects.length && <p className="empty">{t('compose.none')}</p>}
      {projects.length > 0 && (
        <div className="table-scroll">
          <table className="grid compose-table" aria-label={t('nav.compose')}>
            <thead>
              <tr>{(['name', 'state', 'services', 'ports', 'files', 'actions'] as const).map((c) => <th key={c} scope="col">{t(`compose.columns.${c}`)}</th>)}</tr>
            </thead>
            <tbody>
              {shown.map((p) => (
                <tr key={p.name} data-project={p.name}>
                  <td><a href={routeHref({ screen: 'project', id: p.name })}>{p.name}</a></td>
                  <td><ProjectState project={p} /></td>
                  <td>{p.services.map((s) => s.name).join(', ')}</td>
                  <td>{portText(p).join(', ')}</td>
                  <td className="files muted">{p.configFiles.join(', ')}</td>
                  <td><QuickActions engine={engine} project={p} /></td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <Suspense>
        {open === 'open' && <OpenProjectDialog onClose={() => setOpen(null)} />}
        {open === 'generate' && <GenerateDialog onClose={() => setOpen(null)} />}
      </Suspense>
    </section>
  );
}
