import { ArrowLeft } from 'lucide-react';
import { Suspense, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ContainerDetails } from '../../../shared/containers';
import { api } from '../../app/api-client';
import { currentEngine, routeHref } from '../../app/route-store';
import { describeError, errorData } from '../../ui/api-error';
import { MoreMenu } from '../../ui/MoreMenu';
import { Tabs } from '../../ui/Tabs';
import { ActionButtons } from './ActionButtons';
import { useContainers } from './containers-store';
import { InspectJson } from '../../ui/InspectJson';
import { OverviewTab } from './OverviewTab';
import { ProcessesTab } from './ProcessesTab';
import { CommitDialog } from './CommitDialog';
import { RenameDialog } from './RenameDialog';
import { RestartPolicyDialog } from './RestartPolicyDialog';
import { StateBadge } from './StateBadge';
import { StatsTab } from './StatsTab';
import { LogView } from '../logs/LogView';
import { ShellTab } from '../terminal/ShellTab';
import { ExportContainerDialog } from '../images/image-file-dialogs';
import { lazyComponent } from '../../ui/lazy-component';

const FilesTab = lazyComponent(() => import('./FilesTab').then((m) => m.FilesTab));
const ResourcesDialog = lazyComponent(() => import('./ResourcesDialog').then((m) => m.ResourcesDialog));
const RunLineDialog = lazyComponent(() => import('./RunLineDialog').then((m) => m.RunLineDialog));
const ChangesTab = lazyComponent(() => import('./ChangesTab').then((m) => m.ChangesTab));

const TABS = ['overview', 'logs', 'shell', 'files', 'changes', 'inspect', 'processes', 'stats'] as const;
type Tab = (typeof TABS)[number];

/** `tab`: the tab to open with (a link such as the command palette's "Logs of web" names it). */
export function ContainerPage({ id, tab: initialTab }: { id: string; tab?: string }) {
  const { t } = useTranslation();
  const summary = useContainers((s) => s.byId[id]);
  const loaded = useContainers((s) => s.loaded);
  const [details, setDetails] = useState<ContainerDetails | null>(null);
  const [error, setError] = useState('');
  const [tab, setTab] = useState<Tab>(TABS.find((name) => name === initialTab) ?? 'overview');
  const [dialog, setDialog] = useState<'rename' | 'restart' | 'resources' | 'commit' | 'export' | 'runLine' | null>(null);

  // Inspect again whenever the live list says this container changed (its health too: a health_status event changes
  // neither state nor start time, and the page stayed at "starting" until something else changed).
  const version = summary ? `${summary.state}|${summary.since}|${summary.name}|${summary.health}` : 'gone';
  useEffect(() => {
    if (version === 'gone') return;
    let current = true;
    api.containers.inspect.query({ engine: currentEngine(), id }).then(
      (d) => current && (setDetails(d), setError('')),
      (err) => current && setError(describeError(t, errorData(err))),
    );
    return () => {
      current = false;
    };
  }, [id, version, t]);

  if (loaded && !summary) {
    return (
      <section className="screen">
        <p className="empty">{t('details.removed')}</p>
        <a href={routeHref({ screen: 'containers' })}>{t('common.back')}</a>
      </section>
    );
  }
  return (
    <section className="screen" aria-labelledby="container-title">
      <header className="screen-header">
        <a href={routeHref({ screen: 'containers' })}><ArrowLeft aria-hidden="true" /> {t('common.back')}</a>
        <h1 id="container-title">{summary?.name ?? details?.name ?? id.slice(0, 12)}</h1>
        {summary && <StateBadge container={summary} />}
        {summary && <ActionButtons container={summary} withText />}
        <span className="header-end">
          <MoreMenu actions={([['rename', 'details.rename'], ['restart', 'details.changeRestart'], ['resources', 'resources.open'], ['commit', 'details.commit.open'], ['export', 'details.exportOpen'], ['runLine', 'details.runLine.open']] as const)
            .map(([dialog, label]) => ({ label: t(label), disabled: !details, onSelect: () => setDialog(dialog) }))} />
        </span>
      </header>
      {error && <p className="form-error" role="alert">{error}</p>}
      <Tabs<Tab> label={summary?.name ?? id} tabs={TABS.map((name) => ({ id: name, label: t(`details.tabs.${name}`) }))} value={tab} onChange={setTab}
        panelClassName="tab-panel" panel={(name) => (!details ? <p>{t('common.loading')}</p> : (
          <>
            {name === 'overview' && <OverviewTab details={details} />}
            {name === 'logs' && <LogView sources={[{ id: details.id, name: details.name }]} name={details.name} clearKey={details.id} popOutHash={routeHref({ screen: 'logs', id: details.id })} />}
            {name === 'shell' && <ShellTab details={details} />}
            {name === 'files' && <Suspense><FilesTab id={details.id} name={details.name} running={details.state === 'running'} /></Suspense>}
            {name === 'changes' && <Suspense><ChangesTab id={details.id} /></Suspense>}
            {name === 'inspect' && <InspectJson raw={details.raw} />}
            {name === 'processes' && <ProcessesTab id={id} running={details.state === 'running'} />}
            {name === 'stats' && <StatsTab id={id} running={details.state === 'running'} />}
          </>
        ))} />
      {dialog === 'rename' && details && <RenameDialog details={details} onClose={() => setDialog(null)} />}
      {dialog === 'restart' && details && <RestartPolicyDialog details={details} onClose={() => setDialog(null)} />}
      {dialog === 'commit' && details && <CommitDialog details={details} onClose={() => setDialog(null)} />}
      {dialog === 'resources' && details && <Suspense><ResourcesDialog details={details} onClose={() => setDialog(null)} /></Suspense>}
      {dialog === 'runLine' && details && <Suspense><RunLineDialog id={details.id} name={details.name} onClose={() => setDialog(null)} /></Suspense>}
      {dialog === 'export' && details && <ExportContainerDialog container={details.id} name={details.name} onClose={() => setDialog(null)} />}
    </section>
  );
}
