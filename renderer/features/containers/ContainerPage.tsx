import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ContainerDetails } from '../../../shared/containers';
import { api } from '../../app/api-client';
import { currentEngine, routeHref } from '../../app/route-store';
import { describeError, errorData } from '../../ui/api-error';
import { ActionButtons } from './ActionButtons';
import { useContainers } from './containers-store';
import { InspectTab } from './InspectTab';
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

const TABS = ['overview', 'logs', 'shell', 'inspect', 'processes', 'stats'] as const;
type Tab = (typeof TABS)[number];

export function ContainerPage({ id }: { id: string }) {
  const { t } = useTranslation();
  const summary = useContainers((s) => s.byId[id]);
  const loaded = useContainers((s) => s.loaded);
  const [details, setDetails] = useState<ContainerDetails | null>(null);
  const [error, setError] = useState('');
  const [tab, setTab] = useState<Tab>('overview');
  const [dialog, setDialog] = useState<'rename' | 'restart' | 'commit' | 'export' | null>(null);

  // Inspect again whenever the live list says this container changed.
  const version = summary ? `${summary.state}|${summary.since}|${summary.name}` : 'gone';
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
        <a href={routeHref({ screen: 'containers' })}>← {t('common.back')}</a>
        <h1 id="container-title">{summary?.name ?? details?.name ?? id.slice(0, 12)}</h1>
        {summary && <StateBadge container={summary} />}
        {summary && <ActionButtons container={summary} withText />}
        <button type="button" onClick={() => setDialog('rename')} disabled={!details}>{t('details.rename')}</button>
        <button type="button" onClick={() => setDialog('restart')} disabled={!details}>{t('details.changeRestart')}</button>
        <button type="button" onClick={() => setDialog('commit')} disabled={!details}>{t('details.commit.open')}</button>
        <button type="button" onClick={() => setDialog('export')} disabled={!details}>{t('details.exportOpen')}</button>
      </header>
      {error && <p className="form-error" role="alert">{error}</p>}
      <div role="tablist" aria-label={summary?.name ?? id} className="tabs">
        {TABS.map((name) => (
          <button key={name} role="tab" type="button" id={`tab-${name}`} aria-selected={tab === name} aria-controls={`panel-${name}`}
            onClick={() => setTab(name)}>
            {t(`details.tabs.${name}`)}
          </button>
        ))}
      </div>
      <div role="tabpanel" id={`panel-${tab}`} aria-labelledby={`tab-${tab}`} className="tab-panel">
        {!details ? <p>{t('common.loading')}</p> : (
          <>
            {tab === 'overview' && <OverviewTab details={details} />}
            {tab === 'logs' && <LogView sources={[{ id: details.id, name: details.name }]} name={details.name} clearKey={details.id} popOutHash={routeHref({ screen: 'logs', id: details.id })} />}
            {tab === 'shell' && <ShellTab details={details} />}
            {tab === 'inspect' && <InspectTab raw={details.raw} />}
            {tab === 'processes' && <ProcessesTab id={id} running={details.state === 'running'} />}
            {tab === 'stats' && <StatsTab id={id} running={details.state === 'running'} />}
          </>
        )}
      </div>
      {dialog === 'rename' && details && <RenameDialog details={details} onClose={() => setDialog(null)} />}
      {dialog === 'restart' && details && <RestartPolicyDialog details={details} onClose={() => setDialog(null)} />}
      {dialog === 'commit' && details && <CommitDialog details={details} onClose={() => setDialog(null)} />}
      {dialog === 'export' && details && <ExportContainerDialog container={details.id} name={details.name} onClose={() => setDialog(null)} />}
    </section>
  );
}
